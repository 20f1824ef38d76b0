import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import type { Workload } from '../../model/kubernetes.js';
import { parseInput } from '../parse-input.js';
import { KIND_GROUPS, kindLabel } from './api-groups.js';

const parse = (text: string) => parseInput('k8s.yaml', text);

const workload = (apiVersion: string, kind: string) =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: x, namespace: ns }\nspec:\n  template:\n    spec:\n      containers: [{ name: app, image: app:1.0 }]\n`;

/** Model kinds no check names, read through the kind they are linked into (link.ts). */
const LINKED_INTO: Readonly<Record<string, string>> = {
  'k8s.network-policy': 'k8s.namespace',
  'k8s.service-account': 'k8s.workload',
};

describe('Kubernetes API groups', () => {
  it.each([
    ['extensions/v1beta1', 'DaemonSet'],
    ['extensions/v1beta1', 'Deployment'],
    ['apps/v1beta1', 'Deployment'],
    ['apps/v1beta2', 'StatefulSet'],
    ['batch/v1beta1', 'Job'],
  ])('reads a %s %s of an old manifest as a workload', (apiVersion, kind) => {
    const { resources, issues } = parse(workload(apiVersion, kind));
    expect(issues).toEqual([]);
    expect(resources).toEqual([expect.objectContaining({ kind: 'k8s.workload', workloadKind: kind })]);
    expect((resources[0] as Workload).pod.containers.map((c) => c.image)).toEqual(['app:1.0']);
  });

  it('reads a kind only in the groups that define it: a custom Deployment or Job is not a workload', () => {
    const text = [
      workload('example.com/v1', 'Deployment'),
      workload('example.com/v1', 'Job'),
      'apiVersion: apps/v1\nkind: Pod\nmetadata: { name: p }\n',
      'apiVersion: v1\nkind: Deployment\nmetadata: { name: d }\n',
    ].join('---\n');
    const { resources, issues, format } = parse(text);
    expect(format).toBe('kubernetes');
    expect(resources).toEqual([]);
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 'k8s.yaml', line: 1 },
        message:
          'not checked: no check reads 4 resources here (Deployment (example.com/v1), Deployment (v1), Job (example.com/v1), Pod (apps/v1))',
      },
    ]);
    expect(kindLabel('apps/v1', 'Deployment')).toBe('Deployment');
    expect(kindLabel('example.com/v1', 'Certificate')).toBe('Certificate');
  });

  it('names, once per file and at the first of them, the kinds no check reads', () => {
    const text = [
      'apiVersion: v1\nkind: Namespace\nmetadata: { name: ingress }\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: config, namespace: ingress }\n',
      'apiVersion: v1\nkind: Service\nmetadata: { name: a, namespace: ingress }\n',
      'apiVersion: v1\nkind: Service\nmetadata: { name: b, namespace: ingress }\n',
      'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: { name: nginx }\n',
      'apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nmetadata: { name: w }\n',
      'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: { name: psp }\n',
    ].join('---\n');
    const { resources, issues } = parse(text);
    expect(resources.map((r) => r.address)).toEqual(['Namespace/ingress']);
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 'k8s.yaml', line: 5 },
        message:
          'not checked: no check reads 6 resources here (ConfigMap, IngressClass, PodSecurityPolicy, Service ×2, ValidatingWebhookConfiguration)',
      },
    ]);
    expect(parse('apiVersion: v1\nkind: Namespace\nmetadata: { name: a }\n').issues).toEqual([]);
  });

  it('gives every kind it reads, in each of its groups, a resource that some check reads', () => {
    const read = new Set(builtinChecks().flatMap((c) => c.resourceKinds as readonly string[]));
    for (const [kind, groups] of Object.entries(KIND_GROUPS))
      for (const group of groups) {
        const apiVersion = group ? `${group}/v1` : 'v1';
        const { resources } = parse(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: { name: x }\n`);
        expect(resources, `${apiVersion} ${kind}`).toHaveLength(1);
        const modelKind = resources[0]!.kind;
        expect(read.has(LINKED_INTO[modelKind] ?? modelKind), `${kind} gives ${modelKind}`).toBe(true);
      }
  });
});
