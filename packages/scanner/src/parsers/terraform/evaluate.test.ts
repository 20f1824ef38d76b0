// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform templates (`${...}`) are what these tests are about.
import { describe, expect, it } from 'vitest';
import { Unknown, unknown } from '../../model/value.js';
import { evaluate, LazyObject, ResourceRef, type Scope, type Value } from './evaluate.js';
import { parseExpression, parseTemplate } from './expressions.js';
import { TfReference, type TfValue } from './tf-resource.js';
import { EvalFailure, TfTemplateText } from './values.js';

const vars: Record<string, TfValue> = {
  env: 'prod',
  count: 3,
  on: true,
  tags: { team: 'core', tier: 'web' },
  list: ['a', 'b', 'c'],
  objects: [{ id: 'x' }, { id: 'y' }],
  secret: unknown('variable "secret" has no default and no value is given'),
};

const scope: Scope = {
  root: (name): Value | undefined => {
    if (name === 'var')
      return new LazyObject(
        'var',
        (k) => (Object.hasOwn(vars, k) ? vars[k] : undefined),
        () => vars,
      );
    if (name === 'aws_vpc')
      return new LazyObject(
        'aws_vpc',
        (k) => new ResourceRef(`module.net.aws_vpc.${k}`, false),
        () => null,
      );
    return undefined;
  },
};

const ev = (expr: string) => evaluate(parseExpression(expr), scope);

describe('evaluate', () => {
  it('evaluates literals, arithmetic, comparison and logic', () => {
    expect(ev('1 + 2 * 3 - 4 / 2 % 3')).toBe(5);
    expect(ev('var.count >= 3 && !(var.env != "prod")')).toBe(true);
    expect(ev('"3" + 1')).toBe(4);
    expect(ev('1 == "1"')).toBe(false);
    expect(ev('[1, {a = "b"}] == [1, {a = "b"}]')).toBe(true);
  });

  it('interpolates strings, converting numbers and bools as Terraform does', () => {
    expect(evaluate(parseTemplate('ami-${var.env}-${var.count}-${var.on}-${1.5}'), scope)).toBe(
      'ami-prod-3-true-1.5',
    );
  });

  it('evaluates conditionals on known conditions', () => {
    expect(ev('var.env == "prod" ? 3 : 1')).toBe(3);
    expect(ev('var.env == "dev" ? 3 : 1')).toBe(1);
  });

  it('propagates Unknown, except where the known part decides', () => {
    expect(ev('var.secret == "x"')).toBeInstanceOf(Unknown);
    expect(ev('true || var.secret')).toBe(true);
    expect(ev('var.secret || true')).toBe(true);
    expect(ev('false && var.secret')).toBe(false);
    expect(ev('var.secret && true')).toBeInstanceOf(Unknown);
    expect(ev('var.secret ? "same" : "same"')).toBe('same');
    const mixed = ev('var.secret ? "a" : "b"');
    expect(mixed).toBeInstanceOf(Unknown);
    expect((mixed as Unknown).reason).toMatch(/the condition is unknown: variable "secret" has no default/);
    expect(evaluate(parseTemplate('x-${var.secret}'), scope)).toBeInstanceOf(Unknown);
  });

  it('reads attributes and indexes of known values', () => {
    expect(ev('var.tags.team')).toBe('core');
    expect(ev('var.tags["tier"]')).toBe('web');
    expect(ev('var.list[1]')).toBe('b');
    expect(ev('var.objects[*].id')).toEqual(['x', 'y']);
    expect(ev('var.tags.missing')).toBeInstanceOf(EvalFailure);
    expect(ev('var.list[7]')).toBeInstanceOf(EvalFailure);
    expect(ev('var.nope')).toBeInstanceOf(EvalFailure);
    expect(ev('undeclared.x')).toBeInstanceOf(EvalFailure);
  });

  it('turns resource attributes into references that carry the address', () => {
    const ref = ev('aws_vpc.main.id');
    expect(ref).toBeInstanceOf(TfReference);
    expect(ref).toMatchObject({ address: 'module.net.aws_vpc.main', attribute: 'id' });
    expect(ev('aws_vpc.main[0].arn')).toMatchObject({
      address: 'module.net.aws_vpc.main[0]',
      attribute: 'arn',
    });
    expect(ev('aws_vpc.main["eu"].id')).toMatchObject({
      address: 'module.net.aws_vpc.main["eu"]',
      attribute: 'id',
    });
    expect(ev('aws_vpc.main')).toMatchObject({ address: 'module.net.aws_vpc.main', attribute: '' });
    // A transformed reference no longer names the resource.
    const lowered = ev('lower(aws_vpc.main.id)');
    expect(lowered).toBeInstanceOf(Unknown);
    expect(lowered).not.toBeInstanceOf(TfReference);
    // Passed along unchanged, it still does.
    expect(ev('true ? aws_vpc.main.id : "x"')).toBeInstanceOf(TfReference);
    expect(ev('aws_vpc.main[*].id')).toBeInstanceOf(Unknown);
  });

  it('keeps the references of a template built from them: set, unknown text, naming its resources', () => {
    const tpl = (text: string) => evaluate(parseTemplate(text), scope);
    const arn = tpl('${aws_vpc.main.arn}:*');
    expect(arn).toBeInstanceOf(TfTemplateText);
    expect(arn).toBeInstanceOf(Unknown);
    expect((arn as TfTemplateText).references).toEqual(['module.net.aws_vpc.main']);
    expect((tpl('${aws_vpc.a.id}/${aws_vpc.b.id}') as TfTemplateText).references).toEqual([
      'module.net.aws_vpc.a',
      'module.net.aws_vpc.b',
    ]);
    // Another unknown part (a variable without a value) makes it a plain unknown, as does transforming it.
    const mixed = tpl('${aws_vpc.main.arn}/${var.secret}');
    expect(mixed).toBeInstanceOf(Unknown);
    expect(mixed).not.toBeInstanceOf(TfTemplateText);
    expect(ev('lower("${aws_vpc.main.arn}:*")')).not.toBeInstanceOf(TfTemplateText);
    expect(tpl('${var.env}-logs')).toBe('prod-logs');
  });

  it('builds tuples, objects and for expressions', () => {
    expect(ev('{ (var.env) = [for s in var.list : upper(s) if s != "b"] }')).toEqual({ prod: ['A', 'C'] });
    expect(ev('{for k, v in var.tags : v => k}')).toEqual({ core: 'team', web: 'tier' });
    expect(ev('{for s in ["a", "b", "a"] : s => s...}')).toEqual({ a: ['a', 'a'], b: ['b'] });
    expect(ev('[for i, s in var.list : "${i}${s}"]')).toEqual(['0a', '1b', '2c']);
    expect(ev('[for s in var.secret : s]')).toBeInstanceOf(Unknown);
  });

  it('supports try() and can() over failures, not over unknown values', () => {
    expect(ev('try(var.tags.missing, "fallback")')).toBe('fallback');
    expect(ev('try(var.tags.team, "fallback")')).toBe('core');
    expect(ev('try(var.secret, "fallback")')).toBeInstanceOf(Unknown);
    expect(ev('can(var.tags.missing)')).toBe(false);
    expect(ev('can(var.tags.team)')).toBe(true);
    expect(ev('can(var.secret)')).toBeInstanceOf(Unknown);
  });

  it('gives Unknown naming what is not supported', () => {
    expect(ev('uuid()')).toEqual(unknown('function uuid() is not evaluated'));
    expect(evaluate(parseTemplate('%{if true}x%{endif}'), scope)).toEqual(
      unknown('template directives (%{...}) are not supported'),
    );
  });

  it('stops at an evaluation depth limit on very deep expressions', () => {
    const chain = `${'1 + '.repeat(20_000)}1`;
    const value = ev(chain);
    expect(value).toBeInstanceOf(Unknown);
    expect((value as Unknown).reason).toBe('expression nested too deeply to evaluate');
    expect(ev(`${'1 + '.repeat(100)}1`)).toBe(101);
  });

  it('reports division by zero and bad conversions as failures', () => {
    expect(ev('1 / 0')).toBeInstanceOf(EvalFailure);
    expect(ev('"abc" + 1')).toBeInstanceOf(EvalFailure);
    expect(ev('!"maybe"')).toBeInstanceOf(EvalFailure);
    expect(evaluate(parseTemplate('x-${var.tags}'), scope)).toBeInstanceOf(EvalFailure);
  });
});
