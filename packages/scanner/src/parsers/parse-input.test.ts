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
