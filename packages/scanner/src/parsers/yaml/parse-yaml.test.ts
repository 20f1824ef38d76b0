import { describe, expect, it } from 'vitest';
import { parseYaml, YAML_LIMITS } from './parse-yaml.js';
import { childAt, toPlain } from './tree.js';

describe('parseYaml', () => {
  it('gives every node its line', () => {
    const { documents, issues } = parseYaml('a:\n  b:\n    - x\n    - y: 1\n');
    expect(issues).toEqual([]);
    const tree = documents[0]!.tree!;
    expect(tree.type === 'map' && tree.entries.get('a')?.keyLine).toBe(1);
    expect(childAt(tree, ['a', 'b'])?.line).toBe(3);
    expect(toPlain(tree)).toEqual({ a: { b: ['x', { y: 1 }] } });
  });

  it('reads YAML 1.1 as kubectl and CloudFormation do: yes/no booleans, merge keys, dates as text', () => {
    const text =
      'base: &base { a: 1, b: 2 }\nmerged:\n  <<: *base\n  b: 3\nflag: yes\noff: no\nletters: [x, y, n]\nversion: 2010-09-09\n';
    const { documents, issues } = parseYaml(text);
    expect(issues).toEqual([]);
    expect(toPlain(documents[0]!.tree)).toEqual({
      base: { a: 1, b: 2 },
      merged: { a: 1, b: 3 },
      flag: true,
      off: false,
      letters: ['x', 'y', 'n'],
      version: '2010-09-09',
    });
  });

  it('reads JSON with line numbers', () => {
    const { documents } = parseYaml('{\n  "Resources": {\n    "Key": { "Type": "AWS::KMS::Key" }\n  }\n}\n');
    expect(childAt(documents[0]!.tree, ['Resources', 'Key'])?.line).toBe(3);
  });

  it('reports malformed YAML with its line and keeps the valid documents of the stream', () => {
    const { documents, issues } = parseYaml('kind: A\n---\nkind: [B\n---\nkind: C\n');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(3);
    expect(documents.map((d) => toPlain(d.tree))).toEqual([{ kind: 'A' }, { kind: 'C' }]);
  });

  it('rejects duplicate keys', () => {
    expect(parseYaml('{"a": 1, "a": 2}').issues[0]!.message).toMatch(/unique/i);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const started = Date.now();
    const { documents, issues } = parseYaml(`${levels.join('\n')}\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(documents).toEqual([]);
    expect(issues[0]!.message).toContain(`more than ${YAML_LIMITS.maxAliases} alias references`);
  });

  it('refuses documents nested deeper than the limit, in flow and block style', () => {
    const flow = parseYaml(`${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(flow.documents).toEqual([]);
    expect(flow.issues[0]!.message).toMatch(/nested/);
    const block = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(parseYaml(`${block} end\n`).issues[0]!.message).toMatch(/nested deeper than/);
  });

  it('passes explicit tags to the handler and leaves unknown ones as plain values', () => {
    const seen: string[] = [];
    const { documents } = parseYaml('a: !Custom 3\n', {
      onTag: (tag, node) => {
        seen.push(tag);
        return node;
      },
    });
    expect(seen).toEqual(['!Custom']);
    expect(toPlain(documents[0]!.tree)).toEqual({ a: '3' });
  });
});
