import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SNAPSHOT_SERVICES } from './aws-items.js';
import { fastValidator, hasPlainCheck } from './fast-validator.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../parsers/snapshot/fixtures/${name}`, import.meta.url)), 'utf8'),
  ) as { services: Record<string, Record<string, Record<string, unknown[]>>> };

/** Every item of the fixture snapshots, with the schema of its type. */
const samples = (): { label: string; schema: z.ZodType; item: unknown }[] => {
  const out: { label: string; schema: z.ZodType; item: unknown }[] = [];
  for (const name of ['account.json', 'governance.json'])
    for (const [service, regions] of Object.entries(fixture(name).services))
      for (const types of Object.values(regions))
        for (const [type, items] of Object.entries(types)) {
          const schemas = SNAPSHOT_SERVICES[service as keyof typeof SNAPSHOT_SERVICES] as Record<
            string,
            z.ZodType
          >;
          const schema = schemas?.[type];
          if (schema)
            for (const [i, item] of items.entries())
              out.push({ label: `${service}.${type}[${i}]`, schema, item });
        }
  return out;
};

const WRONG: readonly unknown[] = [null, 7, 1.5, -0, 'text', true, [], {}, [1], { x: 1 }, Number.NaN];

/** The item with the value at each path in turn replaced by each wrong value, removed, or given a new key. */
function* variants(value: unknown): Generator<unknown> {
  for (const w of WRONG) yield w;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const v of variants(value[i])) yield value.map((x, j) => (j === i ? v : x));
    yield [...value, 'extra'];
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      for (const v of variants(record[key])) yield { ...record, [key]: v };
      const { [key]: _gone, ...rest } = record;
      yield rest;
    }
    yield { ...record, UnexpectedKey: 'x' };
  }
}

describe('fastValidator', () => {
  it('checks every snapshot item schema itself (none is left to zod)', () => {
    for (const [service, types] of Object.entries(SNAPSHOT_SERVICES))
      for (const [type, schema] of Object.entries(types as Record<string, z.ZodType>))
        expect(hasPlainCheck(schema), `${service}.${type}`).toBe(true);
  });

  it("agrees with zod's verdict on every fixture item and thousands of broken variants of them", () => {
    let compared = 0;
    let refused = 0;
    for (const { label, schema, item } of samples()) {
      const check = fastValidator(schema);
      expect(check(item), label).toBe(true);
      for (const variant of variants(item)) {
        const zodSays = schema.safeParse(variant).success;
        expect(check(variant), `${label}: ${JSON.stringify(variant)?.slice(0, 200)}`).toBe(zodSays);
        compared++;
        if (!zodSays) refused++;
      }
    }
    // The variants reach deep enough to be refused often, and to be accepted (loose objects, optional keys).
    expect(compared).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(500);
    expect(compared - refused).toBeGreaterThan(500);
  });

  it('follows strict objects, integers, enums and nullables as zod does, and leaves the rest to zod', () => {
    const strict = z.strictObject({ id: z.string(), n: z.number().int().optional() });
    const check = fastValidator(strict);
    expect(check({ id: 'a' })).toBe(true);
    expect(check({ id: 'a', n: 2 })).toBe(true);
    expect(check({ id: 'a', n: 2.5 })).toBe(false);
    expect(check({ id: 'a', other: 1 })).toBe(false);
    const kinds = fastValidator(z.enum(['role', 'user']).nullable());
    expect([kinds('role'), kinds(null), kinds('group'), kinds(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const bounded = z.string().min(3);
    expect(hasPlainCheck(bounded)).toBe(false);
    expect([fastValidator(bounded)('abcd'), fastValidator(bounded)('ab')]).toEqual([true, false]);
  });
});
