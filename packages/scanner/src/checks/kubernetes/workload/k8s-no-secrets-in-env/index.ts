import {
  anyOf,
  defineCheck,
  type EnvVar,
  eachContainer,
  fail,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

/** Names that end like a credential: DB_PASSWORD, GITHUB_TOKEN, STRIPE_API_KEY, AWS_SECRET_ACCESS_KEY. */
const SECRET_NAME =
  /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CLIENT_?SECRET|CREDENTIALS?)$/i;

const looksSecret = (v: EnvVar) => !isUnknown(v.name) && SECRET_NAME.test(v.name);

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-secrets-in-env',
  title: 'Credentials are not written as literal environment values',
  description:
    'Fails for each environment variable whose name ends like a credential (PASSWORD, SECRET, TOKEN, API_KEY, ' +
    'ACCESS_KEY, PRIVATE_KEY, CREDENTIALS, ...) and that carries a non-empty literal value in the manifest; passes ' +
    'when such variables read their value with valueFrom (a Secret) or none exist. Unknown for a placeholder value ' +
    'filled in at deploy time, which puts the credential into the applied manifest.',
  rationale:
    'A password written into a manifest is stored in version control, copied into CI logs and readable by anyone ' +
    'who can view the workload object, and it cannot be rotated without a code change. Kept in a Secret, it sits ' +
    'behind its own access rules, can be encrypted at rest and rotated on its own schedule.',
  severity: 'high',
  provider: 'kubernetes',
  service: 'workload',
  resourceKinds: ['k8s.workload'],
  remediation: {
    summary:
      'Move the value into a Secret (or an external secret store) and reference it with valueFrom.secretKeyRef; rotate the exposed credential.',
    terraform:
      'resource "kubernetes_deployment_v1" "api" {\n  # ...\n  spec {\n    template {\n      spec {\n        container {\n          name = "api"\n          env {\n            name = "DB_PASSWORD"\n            value_from {\n              secret_key_ref {\n                name = "api-db"\n                key  = "password"\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}',
    cli: 'kubectl create secret generic api-db -n payments --from-literal=password="$(pass show payments/db)"',
  },
  references: [
    'https://kubernetes.io/docs/concepts/configuration/secret/',
    'https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/',
  ],
  evaluate: (workload) =>
    eachContainer(workload, (c, label) => {
      const suspects = (c.env ?? []).filter(
        (v) => looksSecret(v) && !v.fromReference && v.value !== undefined,
      );
      // A literal value writes the credential into the manifest; a placeholder may.
      const literal = anyOf(suspects, (v) => (isUnknown(v.value) ? v.value : v.value !== ''));
      if (literal.value === true)
        return fail(`${label} sets ${String(literal.item.name)} to a literal value`, {
          line: literal.item.line,
        });
      if (literal.value !== false)
        return unresolved(
          `whether ${label} writes ${String(literal.item.name)} into the manifest`,
          literal.value,
          {
            line: literal.item.line,
          },
        );
      return pass(`${label} writes no credential into its environment`);
    }),
});
