import { describe, expect, it } from 'vitest';
import type { Namespace, Workload } from '../../model/kubernetes.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';
import { linkKubernetes } from './link.js';

const parse = (text: string) => parseInput('k8s.yaml', text);

/** The apiVersion of each workload kind outside the core group. */
const API_VERSIONS: Readonly<Record<string, string>> = {
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

const pod = (kind: string, spec: string) => {
  const indent = (s: string, n: number) => s.replace(/^/gm, ' '.repeat(n));
  const podSpec = `containers:\n  - name: app\n    image: app:1.0\n${spec}`;
  const wrapped =
    kind === 'Pod'
      ? `spec:\n${indent(podSpec, 2)}`
      : kind === 'CronJob'
        ? `spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(podSpec, 10)}`
        : `spec:\n  template:\n    spec:\n${indent(podSpec, 6)}`;
  return `apiVersion: ${API_VERSIONS[kind] ?? 'v1'}\nkind: ${kind}\nmetadata:\n  name: x\n  namespace: ns\n${wrapped}\n`;
};

describe('Kubernetes manifests', () => {
  it.each(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'])(
    'finds the pod spec of a %s',
    (kind) => {
      const { resources, format } = parse(pod(kind, 'hostPID: true\n'));
      expect(format).toBe('kubernetes');
      const w = resources[0] as Workload;
      expect(w).toMatchObject({
        kind: 'k8s.workload',
        workloadKind: kind,
        address: `${kind}/ns/x`,
        namespace: 'ns',
      });
      expect(w.pod.hostPID).toBe(true);
      expect(w.pod.containers.map((c) => [c.name, c.image])).toEqual([['app', 'app:1.0']]);
    },
  );

  it('reads every document of a stream and every item of a List, each with its own line', () => {
    const text = `${pod('Pod', '')}---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Namespace\n    metadata: { name: ns }\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: skipped }\n`;
    const { resources, issues } = parse(text);
    expect(resources.map((r) => [r.address, r.location.line])).toEqual([
      ['Pod/ns/x', 1],
      ['Namespace/ns', 15],
    ]);
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 'k8s.yaml', line: 18 },
        message: 'not checked: no check reads this resource (ConfigMap)',
      },
    ]);
  });

  it('collects init and ephemeral containers and their security contexts with lines', () => {
    const { resources } = parse(
      pod(
        'Pod',
        'initContainers:\n  - name: init\n    image: busybox\n    securityContext:\n      privileged: true\n      capabilities:\n        add: [SYS_ADMIN]\n',
      ),
    );
    const w = resources[0] as Workload;
    const init = w.pod.containers.find((c) => c.type === 'init')!;
    expect(init.securityContext).toMatchObject({ privileged: true, capabilitiesAdd: ['SYS_ADMIN'] });
    expect(init.attributeLines['securityContext.privileged']).toBe(14);
  });

  it('makes placeholders and missing namespaces Unknown, never a guess', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  hostNetwork: "{{ .Values.hostNetwork }}"\n  containers:\n    - name: a\n      image: $' +
      '{IMAGE}\n';
    const w = parse(text).resources[0] as Workload;
    expect(isUnknown(w.namespace)).toBe(true);
    expect(w.address).toBe('Pod/p');
    expect(isUnknown(w.pod.hostNetwork)).toBe(true);
    expect(isUnknown(w.pod.containers[0]!.image)).toBe(true);
  });

  it('links NetworkPolicies to namespaces and adds the namespaces workloads use', () => {
    const text = [
      'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny, namespace: shop }\nspec: { podSelector: {} }\n',
      pod('Deployment', ''),
    ].join('---\n');
    const linked = linkKubernetes(parse(text).resources);
    const namespaces = linked.filter((r): r is Namespace => r.kind === 'k8s.namespace');
    expect(namespaces.map((n) => [n.name, n.declared, n.networkPolicies])).toEqual([
      ['shop', true, ['NetworkPolicy/shop/deny']],
      ['ns', false, []],
    ]);
    expect(linked.find((r) => r.kind === 'k8s.network-policy')).toMatchObject({ selectsAllPods: true });
  });

  it('skips YAML that is neither a template nor a manifest', () => {
    expect(parse('services:\n  web:\n    image: nginx\n')).toMatchObject({
      format: 'unrecognized',
      resources: [],
    });
  });
});
