// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import { isUnknown, unknown } from '../../model/value.js';
import { runChecks } from '../../runner/run-checks.js';
import { TfContext } from './adapt-aws-context.js';
import { adaptIamPolicy, adaptRoleInlinePolicies } from './adapt-aws-iam.js';
import { adaptTerraform } from './adapt-terraform.js';
import { loadFolder, ofKind, planResource, tfResourceBuilder, writeTempTree } from './test-support.js';

const res = tfResourceBuilder({ file: 'iam.tf' });

const ADMIN = '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}';

describe('aws_iam_policy and the inline policy resources', () => {
  it('reads a managed policy: its name, its statements at the line of its document', () => {
    const r = res('aws_iam_policy.admin', { name: 'admin', policy: ADMIN }, { name: 2, policy: 3 });
    expect(adaptIamPolicy(r, new TfContext([r]))).toEqual({
      kind: 'aws.iam.policy',
      provider: 'aws',
      address: 'aws_iam_policy.admin',
      location: { file: 'iam.tf', line: 1 },
      attributeLines: { name: 2, statements: 3 },
      policyType: 'managed',
      name: 'admin',
      statements: [
        {
          sid: undefined,
          effect: 'Allow',
          actions: ['*'],
          notActions: undefined,
          resources: ['*'],
          notResources: undefined,
          conditional: false,
          line: 3,
        },
      ],
    });
  });

  it('makes role, user and group policy resources inline policies', () => {
    for (const type of ['aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy']) {
      const r = res(`${type}.p`, { name: 'p', policy: ADMIN });
      expect(adaptIamPolicy(r, new TfContext([r]))).toMatchObject({ policyType: 'inline', name: 'p' });
    }
  });

  it('keeps an unresolvable document Unknown and a missing one too, never guessing', () => {
    const why = unknown('templatefile() is not evaluated');
    const r = res('aws_iam_policy.t', { policy: why, name_prefix: 'deploy-' });
    const adapted = adaptIamPolicy(r, new TfContext([r]));
    expect(adapted.statements).toBe(why);
    expect(adapted.name).toBeUndefined();
    const none = res('aws_iam_policy.none');
    expect(isUnknown(adaptIamPolicy(none, new TfContext([none])).statements)).toBe(true);
  });
});

describe('aws_iam_role inline_policy blocks', () => {
  it('makes one policy per block, addressed by the role and the policy name, located at the block', () => {
    const role = res(
      'aws_iam_role.ops',
      {
        name: 'ops',
        inline_policy: [{ name: 'everything', policy: ADMIN }, { policy: '{"Statement": []}' }],
      },
      {
        'inline_policy.0': 8,
        'inline_policy.0.name': 9,
        'inline_policy.0.policy': 10,
        'inline_policy.1': 14,
      },
    );
    const [first, second] = adaptRoleInlinePolicies(role, new TfContext([role]));
    expect(first).toMatchObject({
      kind: 'aws.iam.policy',
      address: 'aws_iam_role.ops policy everything',
      location: { file: 'iam.tf', line: 8 },
      attributeLines: { name: 9, statements: 10 },
      policyType: 'inline',
      name: 'everything',
      statements: [{ effect: 'Allow', actions: ['*'], line: 10 }],
    });
    expect(second).toMatchObject({
      address: 'aws_iam_role.ops policy [1]',
      location: { line: 14 },
      name: undefined,
      statements: [],
    });
  });

  it('declares nothing for a role without blocks, with the empty block that removes inline policies, or with the placeholder block of a plan', () => {
    const plain = res('aws_iam_role.plain', { name: 'plain' });
    expect(adaptRoleInlinePolicies(plain, new TfContext([plain]))).toEqual([]);
    const empty = res('aws_iam_role.empty', { inline_policy: [{}] });
    expect(adaptRoleInlinePolicies(empty, new TfContext([empty]))).toEqual([]);
    const planned = planResource('aws_iam_role.planned', { inline_policy: [{ name: '', policy: '' }] });
    expect(adaptRoleInlinePolicies(planned, new TfContext([planned]))).toEqual([]);
  });

  it('gives one Unknown policy for blocks that cannot be resolved', () => {
    const why = unknown('dynamic "inline_policy" over an unknown collection');
    const whole = res('aws_iam_role.d', { inline_policy: why });
    expect(adaptRoleInlinePolicies(whole, new TfContext([whole]))).toMatchObject([
      { address: 'aws_iam_role.d', policyType: 'inline', statements: why },
    ]);
    const item = res('aws_iam_role.i', { inline_policy: [why] });
    expect(adaptRoleInlinePolicies(item, new TfContext([item]))).toMatchObject([
      { address: 'aws_iam_role.i policy [0]', statements: why },
    ]);
  });
});

describe('IAM policies of a Terraform configuration', () => {
  const dir = writeTempTree(
    {
      'main.tf': `resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_iam_policy" "read_logs" {
  name = "read-logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:GetObject"], Resource = "\${aws_s3_bucket.logs.arn}/*" },
      { Effect = "Allow", Action = "*", Resource = aws_s3_bucket.logs.arn },
    ]
  })
}

data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "admin" {
  name               = "admin"
  assume_role_policy = "{}"

  inline_policy {
    name   = "admin"
    policy = data.aws_iam_policy_document.admin.json
  }
}
`,
    },
    'nimbus-tf-iam-',
  );

  it('reads jsonencode documents with unknown parts and data source documents, and the check judges them', async () => {
    const loaded = await loadFolder(dir);
    expect(loaded.issues).toEqual([]);
    const { resources } = adaptTerraform(loaded.resources);
    const policies = ofKind(resources, 'aws.iam.policy');
    expect(policies.map((p) => [p.address, p.policyType])).toEqual([
      ['aws_iam_policy.read_logs', 'managed'],
      ['aws_iam_role.admin policy admin', 'inline'],
    ]);
    const check = builtinChecks().filter((c) => c.id === 'aws-iam-no-wildcard-admin-policy');
    const results = runChecks(resources, check).results.map((r) => [
      r.resource?.address,
      r.status,
      r.location?.line,
    ]);
    expect(results).toEqual([
      // Action "*" on the bucket's ARN, unknown before apply: it is not "*", but cannot be shown not to be.
      ['aws_iam_policy.read_logs', 'unknown', 7],
      ['aws_iam_role.admin policy admin', 'fail', 17],
    ]);
  });
});
