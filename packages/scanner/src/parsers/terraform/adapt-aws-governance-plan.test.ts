import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import type { EksCluster, IamPolicy, NetworkAcl } from '../../model/aws.js';
import { runChecks } from '../../runner/run-checks.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { adaptPlan, isTerraformPlan } from './plan.js';

// A plan as `terraform show -json` prints it for the AWS provider: every argument present, unset strings as ""
// and unset lists as [], values known only after apply marked in after_unknown and linked through the
// configuration (a KMS key's ARN, an ACL's id, a policy document read at apply time).

const parts = (address: string) => {
  const data = address.startsWith('data.');
  const [type = '', name = ''] = (data ? address.slice(5) : address).split('.');
  return { address, mode: data ? 'data' : 'managed', type, name };
};

const resource = (address: string, values: Record<string, unknown>) => ({
  ...parts(address),
  provider_name: 'registry.terraform.io/hashicorp/aws',
  values,
});

const change = (address: string, afterUnknown: Record<string, unknown> = {}) => ({
  ...parts(address),
  change: {
    actions: [address.startsWith('data.') ? 'read' : 'create'],
    after_unknown: { id: true, ...afterUnknown },
  },
});

const configured = (address: string, expressions: Record<string, unknown>) => ({
  ...parts(address),
  expressions,
});

const refs = (...references: string[]) => ({ references });

const PLAN = JSON.stringify(
  {
    format_version: '1.2',
    terraform_version: '1.9.5',
    planned_values: {
      root_module: {
        resources: [
          resource('aws_guardduty_detector.main', {
            enable: true,
            finding_publishing_frequency: 'SIX_HOURS',
          }),
          resource('aws_config_configuration_recorder.main', {
            name: 'default',
            role_arn: 'arn:aws:iam::111122223333:role/config',
            recording_group: [
              {
                all_supported: true,
                include_global_resource_types: false,
                exclusion_by_resource_types: [],
                recording_strategy: [{ use_only: 'ALL_SUPPORTED_RESOURCE_TYPES' }],
                resource_types: [],
              },
            ],
          }),
          resource('aws_kms_key.eks', { enable_key_rotation: true, deletion_window_in_days: 30 }),
          resource('aws_eks_cluster.main', {
            name: 'main',
            enabled_cluster_log_types: ['api', 'audit', 'authenticator'],
            vpc_config: [
              {
                endpoint_private_access: true,
                endpoint_public_access: false,
                security_group_ids: [],
                subnet_ids: ['subnet-0aaa1111bbbb22223'],
              },
            ],
            encryption_config: [{ provider: [{}], resources: ['secrets'] }],
          }),
          resource('aws_s3_bucket.logs', { bucket: 'acme-logs', force_destroy: false }),
          resource('aws_iam_policy.admin', {
            name: 'admin',
            policy: '{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}',
          }),
          resource('aws_iam_role.deploy', {
            name: 'deploy',
            assume_role_policy: '{"Statement":[],"Version":"2012-10-17"}',
            inline_policy: [
              {
                name: 'deploy',
                policy:
                  '{"Statement":[{"Action":"ecs:UpdateService","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}',
              },
            ],
          }),
          resource('aws_iam_role_policy.read_logs', { name: 'read-logs', role: 'deploy' }),
          resource('data.aws_iam_policy_document.read_logs', {
            statement: [
              {
                actions: ['s3:GetObject'],
                condition: [],
                effect: 'Allow',
                not_actions: [],
                not_principals: [],
                not_resources: [],
                principals: [],
                resources: [],
                sid: '',
              },
            ],
          }),
          resource('aws_network_acl.public', {
            vpc_id: 'vpc-0123456789abcdef0',
            egress: [],
            ingress: [
              {
                action: 'allow',
                cidr_block: '0.0.0.0/0',
                from_port: 22,
                icmp_code: 0,
                icmp_type: 0,
                ipv6_cidr_block: '',
                protocol: 'tcp',
                rule_no: 100,
                to_port: 22,
              },
            ],
          }),
          resource('aws_network_acl_rule.rdp', {
            rule_number: 110,
            egress: false,
            protocol: 'tcp',
            rule_action: 'allow',
            cidr_block: '0.0.0.0/0',
            ipv6_cidr_block: null,
            from_port: 3389,
            to_port: 3389,
          }),
        ],
      },
    },
    resource_changes: [
      change('aws_guardduty_detector.main', { arn: true, account_id: true }),
      change('aws_config_configuration_recorder.main'),
      change('aws_kms_key.eks', { arn: true, key_id: true }),
      change('aws_eks_cluster.main', {
        arn: true,
        encryption_config: [{ provider: [{ key_arn: true }] }],
        vpc_config: [{ cluster_security_group_id: true, public_access_cidrs: true, vpc_id: true }],
      }),
      change('aws_s3_bucket.logs', { arn: true }),
      change('aws_iam_policy.admin', { arn: true }),
      change('aws_iam_role.deploy', { arn: true }),
      change('aws_iam_role_policy.read_logs', { policy: true }),
      change('data.aws_iam_policy_document.read_logs', {
        json: true,
        minified_json: true,
        statement: [{ resources: [true] }],
      }),
      change('aws_network_acl.public', { arn: true }),
      change('aws_network_acl_rule.rdp', { network_acl_id: true }),
    ],
    configuration: {
      root_module: {
        resources: [
          configured('aws_eks_cluster.main', {
            name: { constant_value: 'main' },
            encryption_config: [
              {
                provider: [{ key_arn: refs('aws_kms_key.eks.arn', 'aws_kms_key.eks') }],
                resources: { constant_value: ['secrets'] },
              },
            ],
            vpc_config: [{ endpoint_public_access: { constant_value: false } }],
          }),
          configured('aws_iam_role_policy.read_logs', {
            policy: refs(
              'data.aws_iam_policy_document.read_logs.json',
              'data.aws_iam_policy_document.read_logs',
            ),
          }),
          configured('data.aws_iam_policy_document.read_logs', {
            statement: [
              {
                actions: { constant_value: ['s3:GetObject'] },
                resources: refs('aws_s3_bucket.logs.arn', 'aws_s3_bucket.logs'),
              },
            ],
          }),
          configured('aws_network_acl_rule.rdp', {
            network_acl_id: refs('aws_network_acl.public.id', 'aws_network_acl.public'),
          }),
        ],
      },
    },
  },
  null,
  2,
);

const adapt = () => {
  const { documents, issues } = parseYaml(PLAN);
  expect(issues).toEqual([]);
  const tree = documents[0]?.tree;
  if (!isTerraformPlan(tree)) throw new Error('not a plan');
  return adaptPlan('plan.json', tree);
};

describe('GuardDuty, Config, IAM, EKS and network ACLs from a plan', () => {
  it('links what is known only after apply through the configuration', () => {
    const { resources, issues } = adapt();
    expect(issues).toEqual([]);
    const cluster = resources.find((r): r is EksCluster => r.kind === 'aws.eks.cluster');
    expect(cluster).toMatchObject({
      endpointPublicAccess: false,
      publicAccessCidrs: undefined,
      encryption: [{ resources: ['secrets'], keyArn: 'aws_kms_key.eks' }],
    });
    const acl = resources.find((r): r is NetworkAcl => r.kind === 'aws.ec2.network-acl');
    expect(acl?.entries.map((e) => [e.address, e.cidrIpv6])).toEqual([
      ['aws_network_acl.public ingress[0]', undefined],
      ['aws_network_acl_rule.rdp', undefined],
    ]);
    const policies = resources.filter((r): r is IamPolicy => r.kind === 'aws.iam.policy');
    expect(policies.map((p) => p.address)).toEqual([
      'aws_iam_policy.admin',
      'aws_iam_role_policy.read_logs',
      'aws_iam_role.deploy policy deploy',
    ]);
    // The document is read at apply time: its statements come from the data source's planned values.
    expect(policies[1]?.statements).toMatchObject([
      { effect: 'Allow', actions: ['s3:GetObject'], resources: [{ address: 'aws_s3_bucket.logs' }] },
    ]);
  });

  it('gives the checks their results, located in the plan', () => {
    const ids = [
      'aws-guardduty-detector-enabled',
      'aws-config-recorder-all-resources',
      'aws-eks-control-plane-logging',
      'aws-eks-endpoint-not-public',
      'aws-eks-secrets-encrypted',
      'aws-iam-no-wildcard-admin-policy',
      'aws-vpc-nacl-no-admin-ports-from-internet',
    ];
    const { resources } = adapt();
    const { results } = runChecks(
      resources,
      builtinChecks().filter((c) => ids.includes(c.id)),
    );
    const of = (id: string) =>
      results
        .filter((r) => r.checkId === id)
        .map((r) => `${r.resource?.address}${r.subject ? ` ${r.subject}` : ''}: ${r.status}`)
        .sort();
    expect(of('aws-guardduty-detector-enabled')).toEqual(['aws_guardduty_detector.main: pass']);
    expect(of('aws-config-recorder-all-resources')).toEqual(['aws_config_configuration_recorder.main: fail']);
    expect(of('aws-eks-control-plane-logging')).toEqual(['aws_eks_cluster.main: pass']);
    expect(of('aws-eks-endpoint-not-public')).toEqual(['aws_eks_cluster.main: pass']);
    expect(of('aws-eks-secrets-encrypted')).toEqual(['aws_eks_cluster.main: pass']);
    expect(of('aws-iam-no-wildcard-admin-policy')).toEqual([
      'aws_iam_policy.admin statement [0]: fail',
      'aws_iam_role.deploy policy deploy: pass',
      'aws_iam_role_policy.read_logs: pass',
    ]);
    expect(of('aws-vpc-nacl-no-admin-ports-from-internet')).toEqual([
      'aws_network_acl.public aws_network_acl.public ingress[0]: fail',
      'aws_network_acl.public aws_network_acl_rule.rdp: fail',
    ]);
    expect(results.every((r) => r.location.file === 'plan.json')).toBe(true);
  });
});
