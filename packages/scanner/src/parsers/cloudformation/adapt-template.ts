import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/value.js';
import type { TreeMap } from '../yaml/tree.js';
import type { AdaptContext } from './adapt-context.js';
import { adaptInstance, adaptLaunchConfiguration, adaptLaunchTemplate, adaptVolume } from './adapt-ec2.js';
import { adaptOrphanIngress, adaptSecurityGroup, adaptSubnet, adaptVpc } from './adapt-network.js';
import { adaptBucket, adaptDbCluster, adaptDbInstance, adaptKmsKey, adaptTrail } from './adapt-services.js';
import { cfnAddress, PropertyReader } from './fields.js';
import { CfnResolver } from './resolver.js';
import { type CfnResource, readTemplate } from './template.js';

type Adapter = (resource: CfnResource, ctx: AdaptContext) => Resource | undefined;

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
  'AWS::CloudTrail::Trail': adaptTrail,
  'AWS::KMS::Key': adaptKmsKey,
};

export const SUPPORTED_CFN_TYPES = Object.keys(ADAPTERS);

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
  for (const resource of template.resources) {
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
    if (adapted) resources.push(adapted);
  }
  return { resources, issues };
};
