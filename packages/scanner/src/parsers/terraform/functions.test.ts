import { describe, expect, it } from 'vitest';
import { Unknown, unknown } from '../../model/value.js';
import { evalExpression, MISSING_VAR } from './test-support.js';
import { EvalFailure } from './values.js';

const ev = evalExpression;
const _missing = MISSING_VAR;

describe('Terraform functions', () => {
  it.each([
    ['lookup({a = 1}, "a")', 1],
    ['lookup({a = 1}, "b", 2)', 2],
    ['merge({a = 1, b = 1}, null, {b = 2})', { a: 1, b: 2 }],
    ['concat([1], [], [2, 3])', [1, 2, 3]],
    ['length("héllo")', 5],
    ['length([1, 2])', 2],
    ['length({a = 1})', 1],
    ['contains(["a", "b"], "b")', true],
    ['contains(["a", "b"], "c")', false],
    ['tostring(5)', '5'],
    ['tostring(null)', null],
    ['tonumber("42")', 42],
    ['tobool("true")', true],
    ['lower("ABC")', 'abc'],
    ['upper("abc")', 'ABC'],
    ['format("%s-%d-%v%%", "a", 7, true)', 'a-7-true%'],
    ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
    ['split(",", "a,b")', ['a', 'b']],
    ['element(["a", "b"], 3)', 'b'],
    ['coalesce(null, "", "x", "y")', 'x'],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['tolist([1])', [1]],
    ['tomap({a = 1})', { a: 1 }],
    ['jsonencode({b = [1, true], a = null})', '{"a":null,"b":[1,true]}'],
    ['jsondecode("{\\"a\\": [1]}")', { a: [1] }],
    ['keys({b = 1, a = 2})', ['a', 'b']],
    ['values({b = 1, a = 2})', [2, 1]],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['distinct([1, 1, 2])', [1, 2]],
    ['flatten([[1, [2]], 3])', [1, 2, 3]],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['one(["x"])', 'x'],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 3)', [1, 4]],
    ['max(1, 5, 3)', 5],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['substr("hello", 1, 3)', 'ell'],
    ['trimspace("  x ")', 'x'],
    ['startswith("arn:aws", "arn:")', true],
    ['concat(["a"], [["b"]]...)', ['a', 'b']],
  ])('%s', (expr, expected) => {
    expect(ev(expr)).toEqual(expected);
  });

  it('gives Unknown for unknown arguments, except where the known arguments decide', () => {
    expect(ev('lower(var.x)')).toBeInstanceOf(Unknown);
    expect(ev('merge({a = 1}, var.x)')).toBeInstanceOf(Unknown);
    expect(ev('coalesce("a", var.x)')).toBe('a');
    expect(ev('coalesce(null, var.x, "b")')).toBeInstanceOf(Unknown);
    expect(ev('contains([var.x, "a"], "a")')).toBe(true);
    expect(ev('contains([var.x, "a"], "b")')).toBeInstanceOf(Unknown);
    expect(ev('length([var.x, 1])')).toBe(2);
    expect(ev('jsonencode({a = var.x})')).toBeInstanceOf(Unknown);
  });

  it('fails where Terraform would reject the call', () => {
    expect(ev('lookup({a = 1}, "b")')).toBeInstanceOf(EvalFailure);
    expect(ev('element([], 0)')).toBeInstanceOf(EvalFailure);
    expect(ev('merge(["a"])')).toBeInstanceOf(EvalFailure);
    expect(ev('one([1, 2])')).toBeInstanceOf(EvalFailure);
    expect(ev('format("%d", "x")')).toBeInstanceOf(EvalFailure);
    expect(ev('jsondecode("{")')).toBeInstanceOf(EvalFailure);
  });

  it('names what it does not evaluate', () => {
    expect(ev('file("x.json")')).toEqual(unknown('function file() is not evaluated'));
    expect(ev('format("%05d", 1)')).toEqual(unknown('format() verb "%0" is not evaluated'));
    expect(ev('replace("a", "/a/", "b")')).toEqual(
      unknown('replace() with a regular expression is not evaluated'),
    );
    expect(ev('range(1000000)')).toEqual(unknown('range() of more than 10000 numbers'));
  });
});
