import { describe, expect, it } from 'vitest';
import { type Attr, allOf, anyOf, firstUnknown, isKnown, isUnknown, unknown } from './value.js';

const later = unknown('var.port has no value');
const other = unknown('parameter Cidr has no default');

describe('the value lattice', () => {
  it('tells known values from Unknown and from absent ones', () => {
    expect(isKnown('tcp')).toBe(true);
    expect(isKnown(false)).toBe(true);
    expect(isKnown(0)).toBe(true);
    expect(isKnown(later)).toBe(false);
    expect(isKnown(undefined)).toBe(false);
    expect(isUnknown(later)).toBe(true);
    expect(isUnknown('unknown')).toBe(false);
    expect(String(later)).toBe('unknown (var.port has no value)');
  });

  it('finds the first Unknown among values of any type', () => {
    expect(firstUnknown(1, undefined, later, other)).toBe(later);
    expect(firstUnknown('a', false, undefined)).toBeUndefined();
    expect(firstUnknown()).toBeUndefined();
  });
});

describe('anyOf', () => {
  it('is true with the first item that holds, whatever Unknowns come before it', () => {
    expect(anyOf([false, later, true, other])).toEqual({ value: true, item: true });
    const rules = [{ port: 80 }, { port: 22 }, { port: 22 }];
    const verdict = anyOf(rules, (r) => r.port === 22);
    expect(verdict.value).toBe(true);
    expect(verdict.value === true && verdict.item).toBe(rules[1]);
  });

  it('is the first Unknown, with its item, when none holds but one cannot be told', () => {
    const verdict = anyOf([false, later, other, false]);
    expect(verdict).toEqual({ value: later, item: later });
    const rules = [{ port: 80 as Attr<number> }, { port: later }, { port: other }];
    const byRule = anyOf(rules, (r) => (isUnknown(r.port) ? r.port : r.port === 22));
    expect(byRule.value).toBe(later);
    expect(byRule.value !== false && byRule.item).toBe(rules[1]);
  });

  it('is false when every item is told and none holds, an empty list included', () => {
    expect(anyOf([false, false])).toEqual({ value: false });
    expect(anyOf([])).toEqual({ value: false });
    expect(anyOf(['10.0.0.0/8', '192.168.0.0/16'], (c) => c === '0.0.0.0/0')).toEqual({ value: false });
  });

  it('never runs the test on an Unknown item, and stops at the first item that holds', () => {
    const seen: string[] = [];
    const items: Attr<string>[] = ['a', later, 'b', 'c'];
    const verdict = anyOf(items, (s) => {
      seen.push(s);
      return s === 'b';
    });
    expect(verdict).toEqual({ value: true, item: 'b' });
    expect(seen).toEqual(['a', 'b']);
    // A test may itself be unable to tell.
    expect(anyOf(['22', 'ssh'], (p) => (p === 'ssh' ? other : p === '3389')).value).toBe(other);
  });

  it('takes any iterable', () => {
    expect(anyOf(new Set([false, true])).value).toBe(true);
  });
});

describe('allOf', () => {
  it('is false with the first item that does not hold, whatever Unknowns come before it', () => {
    expect(allOf([true, later, false, true])).toEqual({ value: false, item: false });
    const parts = [{ ok: true }, { ok: false }];
    const verdict = allOf(parts, (p) => p.ok);
    expect(verdict.value === false && verdict.item).toBe(parts[1]);
  });

  it('is the first Unknown, with its item, when nothing fails but one cannot be told', () => {
    expect(allOf([true, other, later])).toEqual({ value: other, item: other });
    expect(allOf(['tcp', later], (p) => p === 'tcp')).toEqual({ value: later, item: later });
  });

  it('is true when every item holds, an empty list included', () => {
    expect(allOf([true, true])).toEqual({ value: true });
    expect(allOf([])).toEqual({ value: true });
  });

  it('never runs the test on an Unknown item, and stops at the first item that fails', () => {
    const seen: number[] = [];
    const verdict = allOf([1, later, 2, 3], (n) => {
      seen.push(n);
      return n < 2;
    });
    expect(verdict).toEqual({ value: false, item: 2 });
    expect(seen).toEqual([1, 2]);
  });

  it('agrees with anyOf by negation (De Morgan) on every mix of three values', () => {
    const values: Attr<boolean>[] = [true, false, later];
    const not = (v: Attr<boolean>): Attr<boolean> => (isUnknown(v) ? v : !v);
    for (const a of values)
      for (const b of values) {
        expect(not(allOf([a, b]).value)).toBe(anyOf([not(a), not(b)]).value);
      }
  });
});
