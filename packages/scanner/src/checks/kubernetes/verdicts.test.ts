import { describe, expect, it } from 'vitest';
import type { Container, Role, Workload } from '../../model/kubernetes.js';
import { unknown } from '../../model/value.js';
import type { Finding } from '../check.js';
import { check as noWildcards } from './rbac/k8s-no-wildcard-rbac-rules/index.js';
import { check as noCapabilities } from './workload/k8s-no-dangerous-capabilities/index.js';
import { check as noHostPorts } from './workload/k8s-no-host-ports/index.js';
import { check as noSecretsInEnv } from './workload/k8s-no-secrets-in-env/index.js';

// The checks whose verdict is "some item does it": a known item decides over an unresolved one, and the finding
// points at the item that decided.

const placeholder = unknown('{{ .Values.port }} is a Helm placeholder');

const container = (fields: Partial<Container>): Container => ({
  name: 'api',
  type: 'container',
  securityContext: { capabilitiesAdd: [], capabilitiesDrop: [] },
  limits: {},
  line: 10,
  attributeLines: {},
  ...fields,
});

const workload = (c: Container): Workload => ({
  kind: 'k8s.workload',
  provider: 'kubernetes',
  address: 'Deployment/payments/api',
  location: { file: 'api.yaml', line: 1 },
  attributeLines: {},
  workloadKind: 'Deployment',
  name: 'api',
  namespace: 'payments',
  pod: { securityContext: {}, containers: [c] },
});

const findings = (out: Finding | readonly Finding[] | undefined): readonly Finding[] =>
  out === undefined ? [] : Array.isArray(out) ? out : [out as Finding];

const only = (out: Finding | readonly Finding[] | undefined): Finding => {
  const [first, ...rest] = findings(out);
  if (!first || rest.length > 0) throw new Error(`expected one finding, got ${JSON.stringify(out)}`);
  return first;
};

describe('k8s-no-host-ports', () => {
  it('fails on a bound host port even after an unresolved one, pointing at its line', () => {
    const ports = [
      { containerPort: 80, hostPort: placeholder, line: 14 },
      { containerPort: 443, hostPort: 0, line: 16 },
      { containerPort: 8443, hostPort: 8443, line: 18 },
    ];
    expect(only(noHostPorts.evaluate(workload(container({ ports }))))).toMatchObject({
      status: 'fail',
      message: 'container "api" binds host port 8443',
      line: 18,
    });
  });

  it('is unknown at the first unresolved host port when none is surely bound, and passes otherwise', () => {
    const unbound = { containerPort: 443, hostPort: 0, line: 16 };
    const ports = [unbound, { containerPort: 80, hostPort: placeholder, line: 14 }];
    expect(only(noHostPorts.evaluate(workload(container({ ports }))))).toMatchObject({
      status: 'unknown',
      line: 14,
    });
    expect(only(noHostPorts.evaluate(workload(container({ ports: [unbound] }))))).toMatchObject({
      status: 'pass',
    });
  });
});

describe('k8s-no-secrets-in-env', () => {
  it('fails on a literal credential even after a placeholder, and doubts the placeholder alone', () => {
    const unresolved = { name: 'DB_PASSWORD', value: placeholder, fromReference: false, line: 20 };
    const env = [unresolved, { name: 'API_TOKEN', value: 's3cr3t', fromReference: false, line: 22 }];
    expect(only(noSecretsInEnv.evaluate(workload(container({ env }))))).toMatchObject({
      status: 'fail',
      message: 'container "api" sets API_TOKEN to a literal value',
      line: 22,
    });
    expect(only(noSecretsInEnv.evaluate(workload(container({ env: [unresolved] }))))).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/^whether container "api" writes DB_PASSWORD into the manifest/),
      line: 20,
    });
  });

  it('passes an empty value and a value read from a reference', () => {
    const env = [
      { name: 'DB_PASSWORD', value: '', fromReference: false, line: 20 },
      { name: 'API_TOKEN', fromReference: true, line: 22 },
    ];
    expect(only(noSecretsInEnv.evaluate(workload(container({ env }))))).toMatchObject({ status: 'pass' });
  });
});

describe('k8s-no-dangerous-capabilities', () => {
  it('fails naming every capability outside the baseline, even with an unresolved one among them', () => {
    const securityContext = {
      capabilitiesAdd: [placeholder, 'NET_BIND_SERVICE', 'cap_sys_admin', 'NET_ADMIN', 'NET_ADMIN'],
      capabilitiesDrop: [],
    };
    expect(only(noCapabilities.evaluate(workload(container({ securityContext }))))).toMatchObject({
      status: 'fail',
      message:
        'container "api" adds cap_sys_admin and NET_ADMIN, outside the Pod Security Standards baseline: remove ' +
        'them from the added capabilities, or review the workload as an exception',
    });
  });

  it('fails any capability the baseline does not list (SYS_TIME, NET_RAW, ALL), in any spelling', () => {
    for (const cap of ['SYS_TIME', 'cap_sys_time', 'NET_RAW', 'ALL', 'all', 'SYSLOG']) {
      const securityContext = { capabilitiesAdd: [cap], capabilitiesDrop: [] };
      expect(only(noCapabilities.evaluate(workload(container({ securityContext })))), cap).toMatchObject({
        status: 'fail',
        message: expect.stringContaining(
          `adds ${cap}, outside the Pod Security Standards baseline: remove it`,
        ),
      });
    }
  });

  it('passes the capabilities of the baseline, in any case and with or without CAP_', () => {
    const securityContext = {
      capabilitiesAdd: [
        'AUDIT_WRITE',
        'cap_chown',
        'Dac_Override',
        'CAP_KILL',
        ' NET_BIND_SERVICE ',
        'SYS_CHROOT',
      ],
      capabilitiesDrop: ['ALL'],
    };
    expect(only(noCapabilities.evaluate(workload(container({ securityContext }))))).toMatchObject({
      status: 'pass',
      message: 'container "api" adds no capability outside the Pod Security Standards baseline',
    });
  });

  it('is unknown when only an unresolved capability could be dangerous', () => {
    const securityContext = { capabilitiesAdd: ['NET_BIND_SERVICE', placeholder], capabilitiesDrop: [] };
    expect(only(noCapabilities.evaluate(workload(container({ securityContext }))))).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('Helm placeholder'),
    });
  });
});

describe('k8s-no-wildcard-rbac-rules', () => {
  const role = (rules: Role['rules']): Role => ({
    kind: 'k8s.role',
    provider: 'kubernetes',
    address: 'ClusterRole/ops',
    location: { file: 'rbac.yaml', line: 1 },
    attributeLines: {},
    roleKind: 'ClusterRole',
    name: 'ops',
    rules,
    aggregated: false,
  });
  const rule = (
    verbs: Role['rules'][number]['verbs'],
    resources: Role['rules'][number]['resources'],
    line: number,
  ) => ({
    apiGroups: [''],
    verbs,
    resources,
    nonResourceURLs: [],
    line,
  });

  it('fails a wildcard whatever else is unresolved, and is unknown for a rule only a placeholder could widen', () => {
    const out = findings(
      noWildcards.evaluate(
        role([
          rule([placeholder, '*'], ['pods'], 5),
          rule(['get'], ['pods', placeholder], 9),
          rule(['get'], ['pods'], 12),
        ]),
      ),
    );
    expect(out.map((f) => [f.status, f.line, f.subject])).toEqual([
      ['fail', 5, 'rules[0]'],
      ['unknown', 9, 'rules[1]'],
    ]);
    expect(out[0]?.message).toBe('rules[0] grants every verb');
  });
});
