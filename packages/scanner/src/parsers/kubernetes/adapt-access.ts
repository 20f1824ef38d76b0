import type { PolicyRule, Role, ServiceAccount } from '../../model/kubernetes.js';
import { unknown } from '../../model/value.js';
import type { TreeNode } from '../yaml/tree.js';
import { base, type Meta } from './manifest-meta.js';
import { ManifestReader } from './values.js';

// RBAC roles and service accounts: who may do what in the cluster, and which pods carry a token.

const strings = (r: ManifestReader, node: TreeNode | undefined, what: string) =>
  r.list(node).map((n) => r.str(n) ?? unknown(`an empty entry in ${what}`));

/** A ClusterRole or Role with its rules, each on its own line. */
export const adaptRole = (tree: TreeNode, m: Meta): Role => {
  const r = new ManifestReader();
  const cluster = m.kind === 'ClusterRole';
  const rules = r.list(r.at(tree, 'rules', 'rules')).map(
    (rule): PolicyRule => ({
      apiGroups: strings(r, r.at(rule, 'apiGroups'), 'apiGroups'),
      resources: strings(r, r.at(rule, 'resources'), 'resources'),
      verbs: strings(r, r.at(rule, 'verbs'), 'verbs'),
      nonResourceURLs: strings(r, r.at(rule, 'nonResourceURLs'), 'nonResourceURLs'),
      line: rule.line,
    }),
  );
  return {
    ...base('k8s.role', m, !cluster, r.lines),
    roleKind: cluster ? 'ClusterRole' : 'Role',
    name: m.name,
    ...(cluster ? {} : { namespace: m.namespace }),
    rules,
    aggregated: cluster && r.at(tree, 'aggregationRule', 'aggregationRule') !== undefined,
  };
};

export const adaptServiceAccount = (tree: TreeNode, m: Meta): ServiceAccount => {
  const r = new ManifestReader();
  return {
    ...base('k8s.service-account', m, true, r.lines),
    name: m.name,
    namespace: m.namespace,
    automountServiceAccountToken: r.bool(
      r.at(tree, 'automountServiceAccountToken', 'automountServiceAccountToken'),
    ),
  };
};
