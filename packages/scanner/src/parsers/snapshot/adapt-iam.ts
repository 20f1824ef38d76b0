import type { IamPolicy } from '../../model/aws.js';
import { type Unknown, unknown } from '../../model/value.js';
import { textStatements } from '../terraform/iam-policy-document.js';
import { mapItems } from './read-snapshot.js';
import type { SnapshotContext } from './snapshot-context.js';

/**
 * The JSON text of a policy document. IAM's API returns documents URL-encoded (`%7B%22Version%22...`); the
 * collector decodes them, and text still encoded is decoded here.
 */
export const decodeDocument = (text: string): string | Unknown => {
  if (text.trimStart().startsWith('{')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return unknown('the policy document is neither JSON nor URL-encoded JSON');
  }
};

const statementsOf = (document: string, line: number): IamPolicy['statements'] => {
  const text = decodeDocument(document);
  return typeof text === 'string' ? textStatements(text, line) : text;
};

/** Customer managed policies (ListPolicies Scope=Local), read from the document of their default version. */
export const adaptIamPolicies = (ctx: SnapshotContext): IamPolicy[] =>
  mapItems(ctx.contents, 'iam', 'policies', (ref) => {
    const { data, lines } = ref;
    const document = data.GetPolicyVersion?.PolicyVersion?.Document;
    const line = lines.lineAt(['GetPolicyVersion', 'PolicyVersion', 'Document']);
    return ctx.resource(
      'aws.iam.policy',
      lines,
      data.Arn,
      { name: ['PolicyName'], statements: ['GetPolicyVersion', 'PolicyVersion', 'Document'] },
      {
        policyType: 'managed' as const,
        name: data.PolicyName,
        statements:
          document === undefined
            ? data.GetPolicyVersion === undefined
              ? ctx.callMissing('iam', ref.region, 'GetPolicyVersion', data.Arn)
              : unknown(`GetPolicyVersion returned no document for ${data.Arn}`)
            : statementsOf(document, line),
      },
    );
  });

const GET_OPERATION = { role: 'GetRolePolicy', user: 'GetUserPolicy', group: 'GetGroupPolicy' } as const;

/** Inline policies of roles, users and groups, addressed by the principal's ARN and the policy name. */
export const adaptIamInlinePolicies = (ctx: SnapshotContext): IamPolicy[] =>
  mapItems(ctx.contents, 'iam', 'inlinePolicies', (ref) => {
    const { data, lines } = ref;
    const address = `${data.PrincipalArn} policy ${data.PolicyName}`;
    return ctx.resource(
      'aws.iam.policy',
      lines,
      address,
      { name: ['PolicyName'], statements: ['PolicyDocument'] },
      {
        policyType: 'inline' as const,
        name: data.PolicyName,
        statements:
          data.PolicyDocument === undefined
            ? ctx.callMissing('iam', ref.region, GET_OPERATION[data.PrincipalType], address)
            : statementsOf(data.PolicyDocument, lines.lineAt(['PolicyDocument'])),
      },
    );
  });
