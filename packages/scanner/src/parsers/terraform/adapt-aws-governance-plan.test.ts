import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import { runChecks } from '../../runner/run-checks.js';
import {
  adaptPlanJson,
  configuredResource,
  ofKind,
  planJson,
  plannedChange,
  plannedResource,
  references,
} from './test-support.js';

// A plan as `terraform show -json` prints it for the AWS provider: every argument present, unset strings as ""
// and unset lists as [], values known only after apply marked in after_unknown and linked through the
// configuration (a KMS key's ARN, an ACL's id, a policy document read at apply time).

const resource = (address: string, values: Record<string, unknown>) =>
  plannedResource('aws', address, values);

const PLAN = planJson({
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
    plannedChange('aws_guardduty_detector.main', { arn: true, account_id: true }),
    plannedChange('aws_config_configuration_recorder.main'),
    plannedChange('aws_kms_key.eks', { arn: true, key_id: true }),
    plannedChange('aws_eks_cluster.main', {
      arn: true,
      encryption_config: [{ provider: [{ key_arn: true }] }],
      vpc_config: [{ cluster_security_group_id: true, public_access_cidrs: true, vpc_id: true }],
    }),
    plannedChange('aws_s3_bucket.logs', { arn: true }),
    plannedChange('aws_iam_policy.admin', { arn: true }),
    plannedChange('aws_iam_role.deploy', { arn: true }),
    plannedChange('aws_iam_role_policy.read_logs', { policy: true }),
    plannedChange('data.aws_iam_policy_document.read_logs', {
      json: true,
      minified_json: true,
      statement: [{ resources: [true] }],
    }),
    plannedChange('aws_network_acl.public', { arn: true }),
    plannedChange('aws_network_acl_rule.rdp', { network_acl_id: true }),
  ],
  configuration: {
    root_module: {
      resources: [
        configuredResource('aws_eks_cluster.main', {
          name: { constant_value: 'main' },
          encryption_config: [
            {
              provider: [{ key_arn: references('aws_kms_key.eks.arn', 'aws_kms_key.eks') }],
              resources: { constant_value: ['secrets'] },
            },
          ],
          vpc_config: [{ endpoint_public_access: { constant_value: false } }],
        }),
        configuredResource('aws_iam_role_policy.read_logs', {
          policy: references(
            'data.aws_iam_policy_document.read_logs.json',
            'data.aws_iam_policy_document.read_logs',
          ),
        }),
        configuredResource('data.aws_iam_policy_document.read_logs', {
          statement: [
            {
              actions: { constant_value: ['s3:GetObject'] },
              resources: references('aws_s3_bucket.logs.arn', 'aws_s3_bucket.logs'),
            },
          ],
        }),
        configuredResource('aws_network_acl_rule.rdp', {
          network_acl_id: references('aws_network_acl.public.id', 'aws_network_acl.public'),
        }),
      ],
    },
  },
});

const adapt = () => {
  const { parseIssues, ...adapted } = adaptPlanJson(PLAN);
  expect(parseIssues).toEqual([]);
  return adapted;
};

describe('GuardDuty, Config, IAM, EKS and network ACLs from a plan', () => {
  it('links what is known only after apply through the configuration', () => {
    const { resources, issues } = adapt();
    expect(issues).toEqual([]);
    const [cluster] = ofKind(resources, 'aws.eks.cluster');
    expect(cluster).toMatchObject({
      endpointPublicAccess: false,
      publicAccessCidrs: undefined,
      encryption: [{ resources: ['secrets'], keyArn: 'aws_kms_key.eks' }],
    });
    const [acl] = ofKind(resources, 'aws.ec2.network-acl');
    expect(acl?.entries.map((e) => [e.address, e.cidrIpv6])).toEqual([
      ['aws_network_acl.public ingress[0]', undefined],
      ['aws_network_acl_rule.rdp', undefined],
    ]);
    const policies = ofKind(resources, 'aws.iam.policy');
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
