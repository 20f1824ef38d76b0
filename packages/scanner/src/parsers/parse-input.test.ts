import { describe, expect, it } from 'vitest';
import { parseInput } from './parse-input.js';

describe('parseInput', () => {
  it('recognizes CloudFormation in YAML and JSON and Kubernetes by content, and skips other data', () => {
    expect(parseInput('t.yaml', 'Resources:\n  K:\n    Type: AWS::KMS::Key\n').format).toBe('cloudformation');
    expect(parseInput('t.json', '{"Resources": {"K": {"Type": "AWS::KMS::Key"}}}').format).toBe(
      'cloudformation',
    );
    expect(
      parseInput('m.json', '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}').format,
    ).toBe('kubernetes');
    expect(parseInput('package.json', '{"name": "x", "version": "1.0.0"}')).toEqual({
      format: 'unrecognized',
      resources: [],
      issues: [],
    });
    expect(parseInput('empty.yaml', '').format).toBe('unrecognized');
  });

  it('turns malformed input into errors with their lines, never a throw', () => {
    const { issues } = parseInput('bad.yaml', 'Resources:\n  K:\n    Type: [AWS::KMS::Key\n');
    expect(issues[0]).toMatchObject({
      level: 'error',
      location: { file: 'bad.yaml', line: expect.any(Number) },
    });
    expect(issues[0]!.message).toMatch(/^cannot parse: /);
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
      { length: 12 },
      (_, i) =>
        `l${i}: &l${i} [${Array(10)
          .fill(i ? `*l${i - 1}` : '*a')
          .join(', ')}]`,
    ).join('\n')}\n`;
    expect(parseInput('bomb.yaml', bomb).issues[0]!.message).toContain('alias bomb');
    expect(parseInput('deep.json', `${'['.repeat(3000)}${']'.repeat(3000)}`).issues[0]!.message).toMatch(
      /nested/,
    );
  });

  it('lists at most ten parse errors per file, the last one counting those not listed', () => {
    const text = `${Array.from({ length: 15 }, (_, i) => `k${i}: ]`).join('\n')}\n`;
    const { issues } = parseInput('bad.yaml', text);
    expect(issues).toHaveLength(10);
    expect(issues.every((i) => i.level === 'error' && i.message.startsWith('cannot parse: '))).toBe(true);
    expect(issues.slice(0, 9).some((i) => i.message.includes('more parse errors'))).toBe(false);
    expect(issues[9]!.message).toMatch(/ \(and 33 more parse errors in this file, not listed\)$/);
  });

  it('reports a Helm template once, as a warning at its first template action, and scans nothing of it', () => {
    // charts/ingress-nginx/templates/clusterrolebinding.yaml
    const chart = [
      '{{- if and .Values.rbac.create (not .Values.rbac.scope) -}}',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: ClusterRoleBinding',
      'metadata:',
      '  labels:',
      '    {{- include "ingress-nginx.labels" . | nindent 4 }}',
      '  name: {{ include "ingress-nginx.fullname" . }}',
      'roleRef:',
      '  apiGroup: rbac.authorization.k8s.io',
      '  kind: ClusterRole',
      '  name: {{ include "ingress-nginx.fullname" . }}',
      'subjects:',
      '  - kind: ServiceAccount',
      '    name: {{ template "ingress-nginx.serviceAccountName" . }}',
      '    namespace: {{ include "ingress-nginx.namespace" . | quote }}',
      '{{- end }}',
      '',
    ].join('\n');
    expect(parseInput('crb.yaml', chart)).toEqual({
      format: 'unrecognized',
      resources: [],
      issues: [
        {
          level: 'warning',
          location: { file: 'crb.yaml', line: 1 },
          message:
            'Helm or Go template, not YAML: this file was not scanned. Render it first (helm template <chart> > rendered.yaml) and scan the output',
        },
      ],
    });
    const deployment =
      '# {{ a comment }}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "{{ .Release.Name }}"\n  labels:\n    {{- include "x.labels" . | nindent 4 }}\n';
    expect(parseInput('d.yaml', deployment).issues).toEqual([
      expect.objectContaining({ level: 'warning', location: { file: 'd.yaml', line: 7 } }),
    ]);
  });

  it('reads a file with {{ }} in its values as usual, and keeps the errors of a broken file whose {{ }} come after', () => {
    const parsed = parseInput(
      'p.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: { name: "{{ .Values.name }}" }\nspec:\n  containers: [{ name: a, image: "{{ .Values.image }}" }]\n',
    );
    expect(parsed).toMatchObject({ format: 'kubernetes', issues: [] });
    expect(parsed.resources).toHaveLength(1);
    const broken = parseInput('b.yaml', 'apiVersion: v1\nkind: Pod\nspec: ]\nname: {{ .Values.name }}\n');
    expect(broken.issues.length).toBeGreaterThan(0);
    expect(broken.issues.every((i) => i.level === 'error')).toBe(true);
    const quoted = parseInput('q.yaml', 'a: ]\nb: "{{ .Values.b }}"\n');
    expect(quoted.issues[0]).toMatchObject({ level: 'error', location: { line: 1 } });
  });

  it('reports a resource without a Type as a warning and adapts the others', () => {
    const parsed = parseInput(
      't.yaml',
      'Resources:\n  Broken:\n    Properties: {}\n  K:\n    Type: AWS::KMS::Key\n',
    );
    expect(parsed.issues).toEqual([
      { level: 'warning', location: { file: 't.yaml', line: 2 }, message: 'resource Broken has no Type' },
    ]);
    expect(parsed.resources.map((r) => r.address)).toEqual(['AWS::KMS::Key K']);
  });

  it('skips, with a warning, a resource whose whole property set is unresolved, rather than guess', () => {
    const text =
      'Parameters:\n  P: { Type: String }\nConditions:\n  C: !Equals [!Ref P, x]\nResources:\n  K:\n    Type: AWS::KMS::Key\n    Properties: !If [C, { EnableKeyRotation: true }, {}]\n  T:\n    Type: AWS::EC2::LaunchTemplate\n    Properties:\n      LaunchTemplateData: !If [C, {}, {}]\n';
    const parsed = parseInput('t.yaml', text);
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('AWS::KMS::Key K is not checked'),
      }),
    ]);
    expect(parsed.resources).toEqual([expect.objectContaining({ address: 'AWS::EC2::LaunchTemplate T' })]);
    expect(parsed.resources[0]).toMatchObject({
      metadataOptions: { reason: expect.stringContaining('condition C') },
    });
  });
});
