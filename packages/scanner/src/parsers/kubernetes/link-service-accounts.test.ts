import { describe, expect, it } from 'vitest';
import type { Workload } from '../../model/kubernetes.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';
import { linkKubernetes } from './link.js';

const sa = (name: string, ns: string | undefined, automount?: string) =>
  `apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${name}${ns ? `, namespace: ${ns}` : ''} }\n${automount ? `automountServiceAccountToken: ${automount}\n` : ''}`;
const pod = (name: string, ns: string | undefined, account?: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}${ns ? `, namespace: ${ns}` : ''} }\nspec:\n${account ? `  serviceAccountName: ${account}\n` : ''}  containers: [{ name: c, image: c:1 }]\n`;

const linked = (...docs: string[]) =>
  linkKubernetes(parseInput('k8s.yaml', docs.join('---\n')).resources).filter(
    (r): r is Workload => r.kind === 'k8s.workload',
  );

describe('linking workloads to their service accounts', () => {
  it('links by name and namespace, using "default" when the pod names none', () => {
    const [a, b, c] = linked(
      sa('api', 'shop', 'false'),
      sa('default', 'shop'),
      pod('a', 'shop', 'api'),
      pod('b', 'shop'),
      pod('c', 'other', 'api'),
    );
    expect(a?.serviceAccount).toEqual({
      address: 'ServiceAccount/shop/api',
      automountServiceAccountToken: false,
    });
    expect(b?.serviceAccount).toEqual({ address: 'ServiceAccount/shop/default' });
    expect(c?.serviceAccount).toBeUndefined();
  });

  it('pairs manifests that both leave the namespace to apply time, and skips placeholders', () => {
    const [a, b] = linked(
      sa('api', undefined, 'true'),
      pod('a', undefined, 'api'),
      pod('b', undefined, '"{{ .Values.account }}"'),
    );
    expect(a?.serviceAccount).toEqual({ address: 'ServiceAccount/api', automountServiceAccountToken: true });
    expect(isUnknown(b?.pod.serviceAccountName)).toBe(true);
    expect(b?.serviceAccount).toBeUndefined();
  });

  it('leaves workloads unlinked when no ServiceAccount is scanned', () => {
    expect(linked(pod('a', 'shop', 'api'))[0]?.serviceAccount).toBeUndefined();
  });
});
