import { describe, expect, it } from 'vitest';
import { uncheckedTypes } from './unchecked-types.js';

describe('uncheckedTypes', () => {
  it('names, once per file and at the first of them, the resources no check reads', () => {
    const read = new Set(['aws_instance']);
    const issues = uncheckedTypes(
      [
        { type: 'aws_instance', file: 'a.tf', line: 1 },
        { type: 'aws_route_table', file: 'a.tf', line: 30 },
        { type: 'aws_eip', file: 'a.tf', line: 12 },
        { type: 'aws_route_table', file: 'a.tf', line: 40 },
        { type: 'aws_kms_alias', file: 'b.tf', line: 7 },
      ],
      read,
    );
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 'a.tf', line: 12 },
        message: 'not checked: no check reads 3 resources here (aws_eip, aws_route_table ×2)',
      },
      {
        level: 'warning',
        location: { file: 'b.tf', line: 7 },
        message: 'not checked: no check reads this resource (aws_kms_alias)',
      },
    ]);
  });

  it('says nothing when every resource is read, and shortens long lists', () => {
    expect(
      uncheckedTypes([{ type: 'aws_instance', file: 'a.tf', line: 1 }], new Set(['aws_instance'])),
    ).toEqual([]);
    const many = Array.from({ length: 9 }, (_, i) => ({ type: `t${i}`, file: 'a.tf', line: i + 1 }));
    expect(uncheckedTypes(many, new Set())[0]?.message).toBe(
      'not checked: no check reads 9 resources here (t0, t1, t2, t3, t4, t5, 3 more types)',
    );
  });
});
