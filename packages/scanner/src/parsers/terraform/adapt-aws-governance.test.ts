import { describe, expect, it } from 'vitest';
import { adaptTerraform, SUPPORTED_TF_TYPES } from './adapt-terraform.js';
import { tfResource } from './test-support.js';
import { TfReference } from './tf-resource.js';

const POLICY = '{"Statement": []}';

describe('the GuardDuty, Config, IAM, EKS and network ACL types in adaptTerraform', () => {
  it('adapts each type into its kind: one-to-one types in order, then role policies and ACLs', () => {
    const { resources, issues } = adaptTerraform([
      tfResource('aws_iam_role.app', { inline_policy: [{ name: 'app', policy: POLICY }] }),
      tfResource('aws_guardduty_detector.main'),
      tfResource('aws_config_configuration_recorder.main'),
      tfResource('aws_eks_cluster.main', { vpc_config: [{}] }),
      tfResource('aws_iam_policy.a', { policy: POLICY }),
      tfResource('aws_iam_role_policy.b', { policy: POLICY }),
      tfResource('aws_iam_user_policy.c', { policy: POLICY }),
      tfResource('aws_iam_group_policy.d', { policy: POLICY }),
      tfResource('aws_network_acl.a'),
      tfResource('aws_default_network_acl.default'),
      tfResource('aws_network_acl_rule.r', { network_acl_id: new TfReference('aws_network_acl.a', 'id') }),
    ]);
    expect(issues).toEqual([]);
    expect(resources.map((r) => [r.kind, r.address])).toEqual([
      ['aws.guardduty.detector', 'aws_guardduty_detector.main'],
      ['aws.config.recorder', 'aws_config_configuration_recorder.main'],
      ['aws.eks.cluster', 'aws_eks_cluster.main'],
      ['aws.iam.policy', 'aws_iam_policy.a'],
      ['aws.iam.policy', 'aws_iam_role_policy.b'],
      ['aws.iam.policy', 'aws_iam_user_policy.c'],
      ['aws.iam.policy', 'aws_iam_group_policy.d'],
      ['aws.iam.policy', 'aws_iam_role.app policy app'],
      ['aws.ec2.network-acl', 'aws_network_acl.a'],
      ['aws.ec2.network-acl', 'aws_default_network_acl.default'],
    ]);
  });

  it('names every type it reads', () => {
    expect(SUPPORTED_TF_TYPES).toEqual(
      expect.arrayContaining([
        'aws_guardduty_detector',
        'aws_config_configuration_recorder',
        'aws_eks_cluster',
        'aws_iam_policy',
        'aws_iam_role_policy',
        'aws_iam_user_policy',
        'aws_iam_group_policy',
        'aws_iam_role',
        'aws_network_acl',
        'aws_default_network_acl',
        'aws_network_acl_rule',
      ]),
    );
  });
});
