import { describe, expect, it } from 'vitest';
import type { Role, ServiceAccount } from '../../model/kubernetes.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const parse = (text: string) => parseInput('rbac.yaml', text).resources;

describe('Roles and ClusterRoles', () => {
  it('reads each rule with its line; ClusterRoles have no namespace and may be aggregated', () => {
    const [role, cluster] = parse(
      [
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: Role',
        'metadata: { name: reader, namespace: shop }',
        'rules:',
        '  - apiGroups: [""]',
        '    resources: [pods, pods/log]',
        '    verbs: [get, list]',
        '---',
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: ClusterRole',
        'metadata: { name: monitoring }',
        'aggregationRule:',
        '  clusterRoleSelectors: [{ matchLabels: { rbac.acme.example/aggregate-to-monitoring: "true" } }]',
        'rules:',
        '  - nonResourceURLs: [/metrics]',
        '    verbs: [get]',
        '',
      ].join('\n'),
    ) as Role[];
    expect(role).toMatchObject({
      kind: 'k8s.role',
      roleKind: 'Role',
      address: 'Role/shop/reader',
      namespace: 'shop',
      aggregated: false,
      rules: [
        {
          apiGroups: [''],
          resources: ['pods', 'pods/log'],
          verbs: ['get', 'list'],
          nonResourceURLs: [],
          line: 5,
        },
      ],
    });
    expect(cluster).toMatchObject({
      roleKind: 'ClusterRole',
      address: 'ClusterRole/monitoring',
      aggregated: true,
    });
    expect(cluster?.namespace).toBeUndefined();
    expect(cluster?.rules[0]).toMatchObject({ nonResourceURLs: ['/metrics'], resources: [], line: 15 });
  });

  it('keeps placeholders Unknown and tolerates rules that are not lists', () => {
    const [role] = parse(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: { name: x, namespace: a }\nrules:\n  - verbs: "{{ .Values.verbs }}"\n    resources: ["{{ .Values.resource }}", null]\n',
    ) as Role[];
    const rule = role?.rules[0];
    expect(rule?.verbs).toEqual([]);
    expect(rule?.resources.map(isUnknown)).toEqual([true, true]);
    expect(
      (
        parse(
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: y }\nrules: oops\n',
        )[0] as Role
      ).rules,
    ).toEqual([]);
  });
});

describe('ServiceAccounts', () => {
  it('reads automountServiceAccountToken with its line', () => {
    const [sa, plain] = parse(
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: api, namespace: shop }\nautomountServiceAccountToken: false\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata: { name: default }\n',
    ) as ServiceAccount[];
    expect(sa).toMatchObject({
      kind: 'k8s.service-account',
      address: 'ServiceAccount/shop/api',
      name: 'api',
      namespace: 'shop',
      automountServiceAccountToken: false,
    });
    expect(sa?.attributeLines.automountServiceAccountToken).toBe(4);
    expect(plain?.automountServiceAccountToken).toBeUndefined();
    expect(isUnknown(plain?.namespace)).toBe(true);
  });
});
