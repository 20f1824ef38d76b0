// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_NESTING, parseExpression, parseTemplate } from './expressions.js';

describe('parseTemplate', () => {
  it('reads plain text as a literal string, with $${ and %%{ escapes', () => {
    expect(parseTemplate('t3.micro')).toEqual({ t: 'literal', value: 't3.micro' });
    expect(parseTemplate('$${literal} %%{x}')).toEqual({ t: 'literal', value: '${literal} %{x}' });
  });

  it('unwraps a template that is one interpolation, so a map stays a map', () => {
    expect(parseTemplate('${var.tags}')).toEqual({
      t: 'attr',
      target: { t: 'name', name: 'var' },
      name: 'tags',
    });
  });

  it('splits literal parts and interpolations, including braces and quotes inside them', () => {
    expect(parseTemplate('ami-${lookup({a = "}"}, "a")}-x')).toEqual({
      t: 'template',
      parts: [
        'ami-',
        {
          t: 'call',
          name: 'lookup',
          args: [
            {
              t: 'object',
              entries: [{ key: { t: 'literal', value: 'a' }, value: { t: 'literal', value: '}' } }],
            },
            { t: 'literal', value: 'a' },
          ],
          expand: false,
        },
        '-x',
      ],
    });
  });

  it('applies strip markers to the neighbouring literal text', () => {
    expect(parseTemplate('a  ${~ "b" ~}  c')).toEqual({
      t: 'template',
      parts: ['a', { t: 'literal', value: 'b' }, 'c'],
    });
  });

  it('reads escapes inside quoted strings of an interpolation', () => {
    expect(parseTemplate('${"x\\"y\\n\\u00e9"}')).toEqual({ t: 'literal', value: 'x"y\né' });
  });

  it('gives an unsupported node for template directives and for broken interpolations', () => {
    expect(parseTemplate('%{ if var.x }a%{ endif }')).toEqual({
      t: 'unsupported',
      reason: 'template directives (%{...}) are not supported',
    });
    expect(parseTemplate('${var.x')).toMatchObject({ t: 'unsupported' });
    expect(parseTemplate('${"unterminated}')).toMatchObject({
      t: 'unsupported',
      reason: 'unterminated string',
    });
  });
});

describe('parseExpression', () => {
  it('follows HCL precedence: || below && below == below < below + below *', () => {
    expect(parseExpression('a || b && c == 1 + 2 * 3')).toEqual({
      t: 'binary',
      op: '||',
      left: { t: 'name', name: 'a' },
      right: {
        t: 'binary',
        op: '&&',
        left: { t: 'name', name: 'b' },
        right: {
          t: 'binary',
          op: '==',
          left: { t: 'name', name: 'c' },
          right: {
            t: 'binary',
            op: '+',
            left: { t: 'literal', value: 1 },
            right: {
              t: 'binary',
              op: '*',
              left: { t: 'literal', value: 2 },
              right: { t: 'literal', value: 3 },
            },
          },
        },
      },
    });
  });

  it('parses conditionals, negative numbers and unary operators', () => {
    expect(parseExpression('!x ? -1 : - y')).toEqual({
      t: 'conditional',
      condition: { t: 'unary', op: '!', operand: { t: 'name', name: 'x' } },
      ifTrue: { t: 'literal', value: -1 },
      ifFalse: { t: 'unary', op: '-', operand: { t: 'name', name: 'y' } },
    });
  });

  it('reads dashes as part of names, as HCL does', () => {
    expect(parseExpression('aws_instance.my-web')).toEqual({
      t: 'attr',
      target: { t: 'name', name: 'aws_instance' },
      name: 'my-web',
    });
  });

  it('parses traversals: attributes, indexes, legacy .0 indexes and splats', () => {
    expect(parseExpression('a.b[0].c.1')).toEqual({
      t: 'index',
      target: {
        t: 'attr',
        target: {
          t: 'index',
          target: { t: 'attr', target: { t: 'name', name: 'a' }, name: 'b' },
          key: { t: 'literal', value: 0 },
        },
        name: 'c',
      },
      key: { t: 'literal', value: 1 },
    });
    expect(parseExpression('var.list[*].id')).toEqual({
      t: 'splat',
      target: { t: 'attr', target: { t: 'name', name: 'var' }, name: 'list' },
      each: { t: 'attr', target: { t: 'item' }, name: 'id' },
    });
    expect(parseExpression('x.*.id')).toMatchObject({ t: 'splat', each: { t: 'attr', name: 'id' } });
  });

  it('parses objects with newlines as separators, expression keys and comments', () => {
    const expr = parseExpression('{\n  a = 1 # one\n  "b" = 2\n  (var.k): 3, /* c */ d = 4\n}');
    expect(expr).toMatchObject({ t: 'object' });
    expect(expr.t === 'object' && expr.entries.map((e) => e.key)).toEqual([
      { t: 'literal', value: 'a' },
      { t: 'literal', value: 'b' },
      { t: 'attr', target: { t: 'name', name: 'var' }, name: 'k' },
      { t: 'literal', value: 'd' },
    ]);
  });

  it('parses for expressions over tuples and objects, with conditions and grouping', () => {
    expect(parseExpression('[for s in var.list : upper(s) if s != ""]')).toMatchObject({
      t: 'for',
      kind: 'tuple',
      valueVar: 's',
      condition: { t: 'binary', op: '!=' },
    });
    expect(parseExpression('{for k, v in var.map : v => k...}')).toMatchObject({
      t: 'for',
      kind: 'object',
      keyVar: 'k',
      valueVar: 'v',
      group: true,
    });
  });

  it('parses calls with expanded arguments and trailing commas', () => {
    expect(parseExpression('concat(a, b...)')).toMatchObject({ t: 'call', name: 'concat', expand: true });
    expect(parseExpression('max(1, 2,)')).toMatchObject({ t: 'call', args: [{}, {}], expand: false });
  });

  it('refuses what it does not support, with a reason', () => {
    expect(parseExpression('provider::aws::arn_parse(x)')).toEqual({
      t: 'unsupported',
      reason: 'provider functions are not supported',
    });
    expect(parseExpression('a +')).toMatchObject({ t: 'unsupported' });
    expect(parseExpression('a b')).toEqual({ t: 'unsupported', reason: 'unexpected "b"' });
    expect(parseExpression('@')).toEqual({ t: 'unsupported', reason: 'unexpected character "@"' });
  });

  it('stops at a nesting limit instead of overflowing the stack', () => {
    const deep = `${'('.repeat(5000)}1${')'.repeat(5000)}`;
    expect(parseExpression(deep)).toEqual({ t: 'unsupported', reason: 'expression nested too deeply' });
    const ok = `${'('.repeat(MAX_EXPRESSION_NESTING - 2)}1${')'.repeat(MAX_EXPRESSION_NESTING - 2)}`;
    expect(parseExpression(ok)).toEqual({ t: 'literal', value: 1 });
    expect(parseExpression(`${'!'.repeat(5000)}true`)).toMatchObject({ t: 'unsupported' });
    expect(parseTemplate(`${'${"'.repeat(3000)}x${'"}'.repeat(3000)}`)).toMatchObject({ t: 'unsupported' });
  });
});
