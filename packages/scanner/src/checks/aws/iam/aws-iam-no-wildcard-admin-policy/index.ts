import {
  type Attr,
  anyOf,
  defineCheck,
  type Finding,
  fail,
  isUnknown,
  type PolicyStatement,
  pass,
  unresolved,
} from '../../kit.js';

const ANY_ACTION = new Set(['*', '*:*']);

/** True when the list names `match`, Unknown when an unresolved entry might, false otherwise. */
const names = (
  list: Attr<readonly Attr<string>[]> | undefined,
  match: (v: string) => boolean,
): Attr<boolean> => {
  if (list === undefined) return false;
  if (isUnknown(list)) return list;
  return anyOf(list, match).value;
};

/** True when the statement allows every action on every resource. */
const grantsEverything = (s: PolicyStatement): Attr<boolean> => {
  if (isUnknown(s.effect)) return s.effect;
  if (s.effect !== 'Allow') return false;
  const action = names(s.actions, (v) => ANY_ACTION.has(v));
  if (action === false) return false;
  const resource = names(s.resources, (v) => v === '*');
  if (resource === false) return false;
  if (action === true && resource === true) return true;
  return isUnknown(action) ? action : resource;
};

const label = (s: PolicyStatement, i: number) =>
  typeof s.sid === 'string' && s.sid !== '' ? `statement ${s.sid}` : `statement [${i}]`;

export const check = defineCheck(import.meta.url, {
  id: 'aws-iam-no-wildcard-admin-policy',
  title: 'IAM policies do not grant every action on every resource',
  description:
    'Looks at customer managed policies, AWS::IAM::Policy resources and the inline policies of roles, users and ' +
    'groups. Fails for each statement with Effect Allow, Action "*" (or "*:*") and Resource "*", whatever its ' +
    'Condition; passes when no statement does. Unknown when the document, or an action or resource that could be ' +
    'a wildcard, comes from an unresolved parameter. NotAction statements are not judged here.',
  rationale:
    'A statement that allows everything everywhere is full administrator access: it can read any data, turn off ' +
    'logging, create new credentials and delete backups. Handed to a workload or a person for convenience, it ' +
    'turns any leaked credential into control of the whole account; administrative rights should be scoped to ' +
    'the services and resources a role manages.',
  severity: 'high',
  provider: 'aws',
  service: 'iam',
  resourceKinds: ['aws.iam.policy'],
  remediation: {
    summary:
      'Replace the wildcard statement with the actions and resources the identity needs; keep full administrator access for a few break-glass roles behind MFA.',
    terraform:
      'data "aws_iam_policy_document" "deploy" {\n  statement {\n    actions   = ["ecs:UpdateService", "ecs:DescribeServices"]\n    resources = [aws_ecs_service.api.id]\n  }\n}',
    cli: 'aws iam create-policy-version --policy-arn arn:aws:iam::111122223333:policy/deploy --policy-document file://least-privilege.json --set-as-default',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
  ],
  evaluate(policy) {
    const statements = policy.statements;
    if (isUnknown(statements))
      return unresolved('the policy document', statements, { attribute: 'statements' });
    const findings: Finding[] = [];
    statements.forEach((s, i) => {
      const everything = grantsEverything(s);
      const extra = { line: s.line, subject: label(s, i) };
      if (everything === true)
        findings.push(
          fail(
            `${label(s, i)} allows every action on every resource${s.conditional ? ' (under a condition)' : ''}`,
            extra,
          ),
        );
      else if (isUnknown(everything))
        findings.push(unresolved(`whether ${label(s, i)} grants full access`, everything, extra));
    });
    return findings.length > 0
      ? findings
      : pass('no statement allows every action on every resource', { attribute: 'statements' });
  },
});
