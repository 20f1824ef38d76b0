import {
  type Attr,
  anyOf,
  defineCheck,
  type Finding,
  fail,
  firstUnknown,
  pass,
  unresolved,
} from '../../kit.js';

/** True when the list holds `*`, Unknown when an unresolved entry might, else false. */
const wildcard = (list: readonly Attr<string>[]): Attr<boolean> => anyOf(list, (v) => v === '*').value;

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-wildcard-rbac-rules',
  title: 'Roles do not grant wildcard verbs or resources',
  description:
    'Fails for each rule of a Role or ClusterRole whose verbs or resources contain "*"; passes when every rule ' +
    'names its verbs and resources. Unknown for a rule with a placeholder where a wildcard could be. An aggregated ' +
    'ClusterRole is judged on the rules its manifest declares.',
  rationale:
    'A wildcard grants every verb or every resource type, including those added later by new API versions and ' +
    'custom resources: "*" on resources covers secrets, and "*" on verbs covers escalate, bind and impersonate. ' +
    'Such rules turn an ordinary administrative role into a cluster or namespace superuser without anyone ' +
    'reviewing that outcome.',
  severity: 'high',
  provider: 'kubernetes',
  service: 'rbac',
  resourceKinds: ['k8s.role'],
  remediation: {
    summary: 'List the exact verbs and resources the role needs; use separate roles for separate duties.',
    terraform:
      'resource "kubernetes_role_v1" "deployer" {\n  metadata {\n    name      = "deployer"\n    namespace = "payments"\n  }\n  rule {\n    api_groups = ["apps"]\n    resources  = ["deployments"]\n    verbs      = ["get", "list", "patch", "update"]\n  }\n}',
    cli: 'kubectl create role deployer -n payments --verb=get,list,patch,update --resource=deployments.apps',
  },
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
  evaluate(role) {
    const findings: Finding[] = [];
    role.rules.forEach((rule, i) => {
      const extra = { line: rule.line, subject: `rules[${i}]` };
      const verbs = wildcard(rule.verbs);
      const resources = wildcard(rule.resources);
      const what = [verbs === true && 'every verb', resources === true && 'every resource'].filter(Boolean);
      const doubt = firstUnknown(verbs, resources);
      if (what.length > 0) findings.push(fail(`rules[${i}] grants ${what.join(' on ')}`, extra));
      else if (doubt) findings.push(unresolved(`whether rules[${i}] uses a wildcard`, doubt, extra));
    });
    return findings.length > 0
      ? findings
      : pass('every rule names its verbs and resources', { attribute: 'rules' });
  },
});
