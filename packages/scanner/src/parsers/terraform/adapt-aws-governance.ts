import type { Resource } from '../../model/resource.js';
import type { TfContext } from './adapt-aws-context.js';
import { adaptEksCluster } from './adapt-aws-eks.js';
import { adaptIamPolicy, adaptRoleInlinePolicies, IAM_POLICY_TYPES } from './adapt-aws-iam.js';
import { adaptConfigRecorder, adaptGuardDutyDetector } from './adapt-aws-monitoring.js';
import { ACL_RULE_TYPE, ACL_TYPES, adaptNetworkAcls } from './adapt-aws-nacl.js';
import type { TfResource } from './tf-resource.js';

// The AWS kinds added after the first Terraform adapters (GuardDuty, AWS Config, IAM policies, EKS, network
// ACLs), gathered for adapt-terraform.ts: one-to-one adapters, and what is adapted across resources.

/** Types adapted one resource to one model resource. */
export const AWS_GOVERNANCE_ADAPTERS: Readonly<Record<string, (r: TfResource, ctx: TfContext) => Resource>> =
  {
    aws_guardduty_detector: adaptGuardDutyDetector,
    aws_config_configuration_recorder: adaptConfigRecorder,
    aws_eks_cluster: adaptEksCluster,
    ...Object.fromEntries(IAM_POLICY_TYPES.map((t) => [t, adaptIamPolicy])),
  };

/** Types read by `adaptAwsGovernance` (roles for their inline policies, ACLs with their rules). */
export const AWS_GOVERNANCE_TYPES = ['aws_iam_role', ...ACL_TYPES, ACL_RULE_TYPE] as const;

/** The inline policies of roles, then network ACLs with their entries. */
export const adaptAwsGovernance = (ctx: TfContext): Resource[] => [
  ...ctx.ofType('aws_iam_role').flatMap((role) => adaptRoleInlinePolicies(role, ctx)),
  ...adaptNetworkAcls(ctx),
];
