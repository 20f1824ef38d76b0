import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/value.js';
import { uncheckedTypes } from '../unchecked-types.js';
import type { TreeMap } from '../yaml/tree.js';
import type { AdaptContext } from './adapt-context.js';
import { adaptInstance, adaptLaunchConfiguration, adaptLaunchTemplate, adaptVolume } from './adapt-ec2.js';
import { adaptEksCluster } from './adapt-eks.js';
import { adaptInlinePolicies, adaptPolicy } from './adapt-iam.js';
import { adaptConfigRecorder, adaptGuardDutyDetector } from './adapt-monitoring.js';
import { adaptOrphanIngress, adaptSecurityGroup, adaptSubnet, adaptVpc } from './adapt-network.js';
import { adaptNetworkAcl, adaptOrphanAclEntry } from './adapt-network-acl.js';
import { adaptBucket, adaptDbCluster, adaptDbInstance, adaptKmsKey, adaptTrail } from './adapt-services.js';
import { cfnAddress, PropertyReader } from './fields.js';
import { CfnResolver } from './resolver.js';
import { type CfnResource, readTemplate } from './template.js';

/** One template resource gives no model resource, one, or several (the inline policies of an IAM role). */
type Adapter = (resource: CfnResource, ctx: AdaptContext) => Resource | readonly Resource[] | undefined;

/** CloudFormation resource types the model knows; other types are skipped (counted, not errors). */
const ADAPTERS: Readonly<Record<string, Adapter>> = {
  'AWS::EC2::Instance': adaptInstance,
  'AWS::EC2::LaunchTemplate': adaptLaunchTemplate,
  'AWS::AutoScaling::LaunchConfiguration': adaptLaunchConfiguration,
  'AWS::EC2::Volume': adaptVolume,
  'AWS::EC2::SecurityGroup': adaptSecurityGroup,
  'AWS::EC2::SecurityGroupIngress': adaptOrphanIngress,
  'AWS::EC2::Subnet': adaptSubnet,
  'AWS::EC2::VPC': adaptVpc,
  'AWS::S3::Bucket': adaptBucket,
  'AWS::RDS::DBInstance': adaptDbInstance,
  'AWS::RDS::DBCluster': adaptDbCluster,
  'AWS::Neptune::DBCluster': adaptDbCluster,
  'AWS::DocDB::DBCluster': adaptDbCluster,
  'AWS::CloudTrail::Trail': adaptTrail,
  'AWS::KMS::Key': adaptKmsKey,
  'AWS::GuardDuty::Detector': adaptGuardDutyDetector,
  'AWS::Config::ConfigurationRecorder': adaptConfigRecorder,
  'AWS::IAM::ManagedPolicy': adaptPolicy,
  'AWS::IAM::Policy': adaptPolicy,
  'AWS::IAM::Role': adaptInlinePolicies,
  'AWS::IAM::User': adaptInlinePolicies,
  'AWS::IAM::Group': adaptInlinePolicies,
  'AWS::EKS::Cluster': adaptEksCluster,
  'AWS::EC2::NetworkAcl': adaptNetworkAcl,
  'AWS::EC2::NetworkAclEntry': adaptOrphanAclEntry,
};

export const SUPPORTED_CFN_TYPES = Object.keys(ADAPTERS);

/**
 * Types read, companions included (flow logs, network interfaces and Elastic IPs are read through what they attach
 * to).
 */
const READ_TYPES: ReadonlySet<string> = new Set([
  ...SUPPORTED_CFN_TYPES,
  'AWS::EC2::FlowLog',
  'AWS::EC2::NetworkInterface',
  'AWS::EC2::EIP',
  'AWS::EC2::EIPAssociation',
]);

/** Adapts one CloudFormation template (YAML or JSON, already parsed) into model resources. */
export const adaptTemplate = (
  tree: TreeMap,
  file: string,
): { resources: Resource[]; issues: InputIssue[] } => {
  const { template, problems } = readTemplate(tree);
  const ctx: AdaptContext = { file, resolver: new CfnResolver(template) };
  const issues: InputIssue[] = problems.map((p) => ({
    level: 'warning',
    location: { file, line: p.line },
    message: p.message,
  }));
  const resources: Resource[] = [];
  // Only the resources created under the parameter defaults: one whose own Condition is false is not created.
  for (const resource of ctx.resolver.resources) {
    const adapt = ADAPTERS[resource.type];
    if (!adapt) continue;
    const props = new PropertyReader(ctx.resolver).map(resource.properties);
    if (isUnknown(props)) {
      // Judging a resource whose whole property set is unresolved would be guessing: say so and skip it.
      issues.push({
        level: 'warning',
        location: { file, line: resource.line },
        message: `${cfnAddress(resource)} is not checked: its Properties cannot be resolved (${props.reason})`,
      });
      continue;
    }
    const adapted = adapt(resource, ctx);
    if (adapted === undefined) continue;
    if ('kind' in adapted) resources.push(adapted);
    else resources.push(...adapted);
  }
  issues.push(
    ...uncheckedTypes(
      ctx.resolver.resources.map((r) => ({ type: r.type, file, line: r.line })),
      READ_TYPES,
    ),
  );
  return { resources, issues };
};
