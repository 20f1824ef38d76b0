import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource } from '../../model/resource.js';
import { uncheckedTypes } from '../unchecked-types.js';
import { TfContext } from './adapt-aws-context.js';
import {
  adaptInstance,
  adaptLaunchConfiguration,
  adaptLaunchTemplate,
  adaptVolume,
} from './adapt-aws-ec2.js';
import { AWS_GOVERNANCE_ADAPTERS, AWS_GOVERNANCE_TYPES, adaptAwsGovernance } from './adapt-aws-governance.js';
import {
  adaptOrphanRule,
  adaptSecurityGroup,
  adaptSubnet,
  adaptVpc,
  standaloneRules,
} from './adapt-aws-network.js';
import { adaptBucket } from './adapt-aws-s3.js';
import { adaptDbCluster, adaptDbInstance, adaptKmsKey } from './adapt-aws-services.js';
import { adaptTrail } from './adapt-aws-trail.js';
import { AZURE_TF_TYPES, adaptAzure } from './adapt-azure.js';
import { GOOGLE_ADAPTERS, GOOGLE_COMPANION_TYPES } from './adapt-google.js';
import type { TfResource } from './tf-resource.js';

export interface AdaptedTerraform {
  readonly resources: readonly Resource[];
  readonly issues: readonly InputIssue[];
}

type Adapter = (resource: TfResource, ctx: TfContext) => Resource;

/**
 * Terraform resource types adapted one to one. Security groups and their standalone rules are adapted
 * together below; companions (flow logs, Elastic IPs, S3 bucket settings) are read by the resource they configure.
 */
const ADAPTERS: Readonly<Record<string, Adapter>> = {
  aws_instance: adaptInstance,
  aws_launch_template: adaptLaunchTemplate,
  aws_launch_configuration: adaptLaunchConfiguration,
  aws_ebs_volume: adaptVolume,
  aws_subnet: adaptSubnet,
  aws_default_subnet: adaptSubnet,
  aws_vpc: adaptVpc,
  aws_default_vpc: adaptVpc,
  aws_cloudtrail: adaptTrail,
  aws_s3_bucket: adaptBucket,
  aws_db_instance: adaptDbInstance,
  aws_rds_cluster_instance: adaptDbInstance,
  aws_rds_cluster: adaptDbCluster,
  // Neptune and DocumentDB clusters run on RDS and take the same encryption, backup and deletion arguments.
  aws_neptune_cluster: adaptDbCluster,
  aws_docdb_cluster: adaptDbCluster,
  aws_kms_key: adaptKmsKey,
  ...GOOGLE_ADAPTERS,
  ...AWS_GOVERNANCE_ADAPTERS,
};

const GROUP_TYPES = new Set(['aws_security_group', 'aws_default_security_group']);

/** Every Terraform type the adapters read, companions included. */
export const SUPPORTED_TF_TYPES = [
  ...Object.keys(ADAPTERS),
  ...GROUP_TYPES,
  'aws_security_group_rule',
  'aws_vpc_security_group_ingress_rule',
  'aws_flow_log',
  // Read through the instances they attach to (adapt-aws-eip.ts, adapt-aws-ec2.ts).
  'aws_eip',
  'aws_eip_association',
  'aws_network_interface',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_lifecycle_configuration',
  ...GOOGLE_COMPANION_TYPES,
  ...AWS_GOVERNANCE_TYPES,
  ...AZURE_TF_TYPES,
].sort();

const READ_TYPES: ReadonlySet<string> = new Set(SUPPORTED_TF_TYPES);

/**
 * Adapts the resources of one Terraform configuration (a root module with its local modules, or a plan) into
 * the model. Resources are adapted together so that companion resources link to what they configure (a
 * public-access block to its bucket, a flow log to its VPC). Types the model does not cover are ignored;
 * data sources are never checked but may be what a resource links to.
 */
export const adaptTerraform = (resources: readonly TfResource[]): AdaptedTerraform => {
  const ctx = new TfContext(resources);
  const rules = standaloneRules(ctx);
  const adapted: Resource[] = [];
  for (const resource of resources) {
    if (resource.mode !== 'managed') continue;
    if (GROUP_TYPES.has(resource.type)) {
      adapted.push(adaptSecurityGroup(resource, rules.byGroup.get(resource.address) ?? []));
      continue;
    }
    const adapt = ADAPTERS[resource.type];
    if (adapt) adapted.push(adapt(resource, ctx));
  }
  for (const orphan of rules.orphans) adapted.push(adaptOrphanRule(orphan.resource, orphan.rules));
  adapted.push(...adaptAwsGovernance(ctx));
  adapted.push(...adaptAzure(ctx));
  const unchecked = uncheckedTypes(
    resources
      .filter((r) => r.mode === 'managed')
      .map((r) => ({ type: r.type, file: r.location.file, line: r.location.line })),
    READ_TYPES,
  );
  return { resources: adapted, issues: [...ctx.issues, ...unchecked] };
};
