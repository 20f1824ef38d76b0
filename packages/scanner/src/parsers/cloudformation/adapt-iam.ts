import type { IamPolicy } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { type AdaptContext, begin } from './adapt-context.js';
import { PropertyReader } from './fields.js';
import { readPolicyStatements } from './policy-document.js';
import type { CfnResource } from './template.js';

/** AWS::IAM::ManagedPolicy and AWS::IAM::Policy: one document each. */
export const adaptPolicy = (resource: CfnResource, ctx: AdaptContext): IamPolicy => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.iam.policy');
  const managed = resource.type === 'AWS::IAM::ManagedPolicy';
  return {
    ...base,
    policyType: managed ? 'managed' : 'standalone',
    name: r.str(r.at(props, managed ? 'ManagedPolicyName' : 'PolicyName', 'name')),
    statements: readPolicyStatements(r, r.at(props, 'PolicyDocument', 'statements')),
  };
};

/**
 * The inline policies (Policies) of an AWS::IAM::Role, User or Group: one model policy each, addressed by the
 * identity and the policy name (`AWS::IAM::Role Deployer policy deploy`) and located at the policy's entry.
 */
export const adaptInlinePolicies = (resource: CfnResource, ctx: AdaptContext): IamPolicy[] => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.iam.policy');
  const list = r.list(r.at(props, 'Policies'));
  if (list === undefined) return [];
  if (isUnknown(list)) return [{ ...base, policyType: 'inline', statements: list }];
  return list.map((item, i) => {
    const own = new PropertyReader(ctx.resolver);
    const entry = own.map(item);
    const props = entry && !isUnknown(entry) ? entry : undefined;
    const name = own.str(own.at(props, 'PolicyName', 'name'));
    const label = typeof name === 'string' ? name : `[${i}]`;
    return {
      ...base,
      address: `${base.address} policy ${label}`,
      location: { file: ctx.file, line: item.line },
      attributeLines: own.lines,
      policyType: 'inline',
      name,
      statements:
        entry === undefined
          ? []
          : isUnknown(entry)
            ? entry
            : readPolicyStatements(own, own.at(props, 'PolicyDocument', 'statements')),
    };
  });
};
