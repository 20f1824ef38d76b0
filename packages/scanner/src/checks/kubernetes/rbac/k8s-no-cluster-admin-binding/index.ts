import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-no-cluster-admin-binding',
  title: 'No binding grants the cluster-admin role',
  description:
    'Fails for each ClusterRoleBinding or RoleBinding whose roleRef is the ClusterRole cluster-admin (in a ' +
    'RoleBinding it still gives full control of the namespace); passes for other bindings.',
  rationale:
    'cluster-admin is unrestricted superuser access: every secret, every workload and the RBAC rules themselves. ' +
    'Bound to a user, group or service account it turns one stolen token into control of every tenant; ' +
    'privileged access should be narrow, reviewed and time-limited.',
  severity: 'high',
  provider: 'kubernetes',
  service: 'rbac',
  resourceKinds: ['k8s.role-binding'],
  remediation: {
    summary:
      'Bind a role that grants only the verbs and resources needed; keep cluster-admin for break-glass access through your identity provider.',
    terraform:
      'resource "kubernetes_role_binding_v1" "deployers" {\n  metadata {\n    name      = "deployers"\n    namespace = "payments"\n  }\n  role_ref {\n    api_group = "rbac.authorization.k8s.io"\n    kind      = "ClusterRole"\n    name      = "edit"\n  }\n  subject {\n    kind      = "Group"\n    name      = "payments-deployers"\n    api_group = "rbac.authorization.k8s.io"\n  }\n}',
    cli: 'kubectl delete clusterrolebinding ci-admin && kubectl create rolebinding ci-deploy -n payments --clusterrole=edit --serviceaccount=ci:deployer',
  },
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles'],
  evaluate(binding) {
    const { kind, name } = binding.roleRef;
    if (isUnknown(name)) return unresolved('the bound role', name, { attribute: 'roleRef' });
    if (isUnknown(kind)) return unresolved('the kind of the bound role', kind, { attribute: 'roleRef' });
    if (kind === 'ClusterRole' && name === 'cluster-admin') {
      const who = binding.subjects.map(
        (s) => `${isUnknown(s.kind) ? '?' : s.kind} ${isUnknown(s.name) ? '?' : s.name}`,
      );
      return fail(`grants cluster-admin to ${who.length ? who.join(', ') : 'no subject yet'}`, {
        attribute: 'roleRef',
      });
    }
    return pass(`binds ${kind} ${name}`, { attribute: 'roleRef' });
  },
});
