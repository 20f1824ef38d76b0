import type { IamPolicy } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import { policyStatements } from './iam-policy-document.js';
import type { TfResource } from './tf-resource.js';
import { blocks, get, lineOf, str } from './tf-values.js';

// IAM permissions policies: customer managed policies (aws_iam_policy), the inline policies of a role, user or
// group declared as their own resources (aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy), and
// the `inline_policy` blocks of aws_iam_role. Inline blocks are addressed like the CloudFormation adapter
// addresses a role's Policies: `aws_iam_role.deployer policy deploy`.

export const IAM_POLICY_TYPES = [
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
] as const;

/** aws_iam_policy (managed) and the per-identity inline policy resources. */
export const adaptIamPolicy = (r: TfResource, ctx: TfContext): IamPolicy => ({
  ...resourceBase('aws', r, 'aws.iam.policy', { name: 'name', name_prefix: 'name', policy: 'statements' }),
  policyType: r.type === 'aws_iam_policy' ? 'managed' : 'inline',
  name: str(r.values, 'name'),
  statements: policyStatements(ctx, r, get(r.values, 'policy'), partLine(r, 'policy')),
});

/**
 * The `inline_policy` blocks of an aws_iam_role, one model policy each. A block without a policy (the empty
 * block that tells Terraform to remove every inline policy, or a plan's placeholder) declares none.
 */
export const adaptRoleInlinePolicies = (r: TfResource, ctx: TfContext): IamPolicy[] => {
  const base = resourceBase('aws', r, 'aws.iam.policy');
  const list = blocks(r.values, 'inline_policy');
  if (isUnknown(list)) return [{ ...base, policyType: 'inline', statements: list }];
  return list.flatMap((b, i): IamPolicy[] => {
    const at = `inline_policy.${i}`;
    const location = { file: r.location.file, line: partLine(r, at) };
    if (isUnknown(b))
      return [
        { ...base, address: `${r.address} policy [${i}]`, location, policyType: 'inline', statements: b },
      ];
    const policy = get(b, 'policy');
    if (policy === undefined) return [];
    const name = str(b, 'name');
    const label = typeof name === 'string' && name !== '' ? name : `[${i}]`;
    const attributeLines: Record<string, number> = {};
    const nameLine = lineOf(r, `${at}.name`);
    const policyLine = lineOf(r, `${at}.policy`);
    if (nameLine !== undefined) attributeLines.name = nameLine;
    if (policyLine !== undefined) attributeLines.statements = policyLine;
    return [
      {
        ...base,
        address: `${r.address} policy ${label}`,
        location,
        attributeLines,
        policyType: 'inline',
        name,
        statements: policyStatements(ctx, r, policy, policyLine ?? location.line),
      },
    ];
  });
};
