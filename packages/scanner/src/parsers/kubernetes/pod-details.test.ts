import { describe, expect, it } from 'vitest';
import type { Workload } from '../../model/kubernetes.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const POD = `apiVersion: v1
kind: Pod
metadata: { name: p, namespace: ns }
spec:
  serviceAccountName: api
  automountServiceAccountToken: false
  securityContext:
    seccompProfile: { type: RuntimeDefault }
  containers:
    - name: app
      image: app:1.0
      securityContext:
        seccompProfile:
          type: Unconfined
      ports:
        - containerPort: 8080
        - containerPort: 53
          hostPort: 53
      env:
        - name: MODE
          value: live
        - name: DB_PASSWORD
          valueFrom: { secretKeyRef: { name: db, key: password } }
  volumes:
    - name: scratch
      emptyDir: {}
    - name: sock
      hostPath: { path: /var/run/docker.sock }
`;

describe('pod details', () => {
  const w = parseInput('pod.yaml', POD).resources[0] as Workload;
  const app = w.pod.containers[0];

  it('reads volumes by source, with hostPath paths and lines', () => {
    expect(w.pod.volumes).toEqual([
      { name: 'scratch', source: 'emptyDir', line: 25 },
      { name: 'sock', source: 'hostPath', hostPath: '/var/run/docker.sock', line: 27 },
    ]);
  });

  it('reads ports, environment variables and seccomp profiles of pod and container', () => {
    expect(app?.ports).toEqual([
      { containerPort: 8080, hostPort: undefined, line: 16 },
      { containerPort: 53, hostPort: 53, line: 17 },
    ]);
    expect(app?.env).toEqual([
      { name: 'MODE', value: 'live', fromReference: false, line: 20 },
      { name: 'DB_PASSWORD', value: undefined, fromReference: true, line: 22 },
    ]);
    expect(w.pod.securityContext.seccompProfileType).toBe('RuntimeDefault');
    expect(app?.securityContext.seccompProfileType).toBe('Unconfined');
    expect(app?.attributeLines['securityContext.seccompProfileType']).toBe(13);
    expect(w.attributeLines['pod.securityContext.seccompProfileType']).toBe(8);
  });

  it('reads the service account and token mounting of the pod', () => {
    expect(w.pod).toMatchObject({ serviceAccountName: 'api', automountServiceAccountToken: false });
    expect(w.attributeLines['pod.automountServiceAccountToken']).toBe(6);
  });

  it('tolerates malformed entries: no name, no source, placeholders, lists where maps belong', () => {
    const odd = parseInput(
      'pod.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: { name: q }\nspec:\n  serviceAccount: legacy\n  volumes: [{}, {name: d, hostPath: {}}, "text"]\n  containers:\n    - name: c\n      ports: {containerPort: 1}\n      env: [{value: x}, {name: "{{ .Values.name }}", value: "{{ .Values.value }}"}]\n',
    ).resources[0] as Workload;
    const [empty, noPath, text] = odd.pod.volumes ?? [];
    expect(isUnknown(empty?.name) && empty?.source).toBe('unknown');
    expect(noPath?.hostPath).toMatchObject({ reason: 'hostPath.path is not set' });
    expect(text?.source).toBe('unknown');
    expect(odd.pod.serviceAccountName).toBe('legacy');
    const c = odd.pod.containers[0];
    expect(c?.ports).toEqual([]);
    expect(c?.env?.map((e) => [isUnknown(e.name), isUnknown(e.value)])).toEqual([
      [true, false],
      [true, true],
    ]);
  });
});
