import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { TfContext, withoutInstanceKey } from './adapt-aws-context.js';
import { reasonOf, tfResource } from './test-support.js';
import { TfReference } from './tf-resource.js';

describe('TfContext', () => {
  it('strips instance keys from addresses', () => {
    expect(withoutInstanceKey('aws_vpc.main[0]')).toBe('aws_vpc.main');
    expect(withoutInstanceKey('module.a["x"].aws_vpc.main["b.c"]')).toBe('module.a["x"].aws_vpc.main');
    expect(withoutInstanceKey('aws_vpc.main[*]')).toBe('aws_vpc.main');
    expect(withoutInstanceKey('aws_vpc.main')).toBe('aws_vpc.main');
  });

  it('finds the instance a reference names, or the only instance of the block it names', () => {
    const single = tfResource('aws_vpc.one[0]');
    const pair = [tfResource('aws_vpc.two[0]'), tfResource('aws_vpc.two[1]')];
    const nested = tfResource('module.net["eu"].aws_vpc.main', {}, { modulePath: 'module.net["eu"]' });
    const ctx = new TfContext([single, ...pair, nested]);
    expect(ctx.lookup('aws_vpc.one[0]')).toBe(single);
    expect(ctx.lookup('aws_vpc.one')).toBe(single);
    expect(ctx.lookup('aws_vpc.two[1]')).toBe(pair[1]);
    expect(reasonOf(ctx.lookup('aws_vpc.two'))).toBe(
      'aws_vpc.two has 2 instances and the reference does not say which',
    );
    expect(ctx.lookup('module.net["eu"].aws_vpc.main')).toBe(nested);
    expect(ctx.lookup('aws_vpc.none')).toBeUndefined();
  });

  it('tells whether a value names a resource: by reference, by known value, or perhaps', () => {
    const known = tfResource('aws_vpc.known', { id: 'vpc-1' });
    const created = tfResource('aws_vpc.created', { id: new Unknown('id is known only after apply') });
    const fresh = tfResource('aws_vpc.fresh');
    const ctx = new TfContext([known, created, fresh]);
    expect(ctx.refersTo(new TfReference('aws_vpc.known', 'id'), known, ['id'])).toBe(true);
    expect(ctx.refersTo(new TfReference('aws_vpc.fresh', 'id'), known, ['id'])).toBe(false);
    expect(ctx.refersTo('vpc-1', known, ['id'])).toBe(true);
    expect(ctx.refersTo('vpc-2', known, ['id'])).toBe(false);
    expect(reasonOf(ctx.refersTo('vpc-2', created, ['id']))).toBe('id is known only after apply');
    expect(reasonOf(ctx.refersTo('vpc-2', fresh, ['id']))).toBe(
      '"vpc-2" may name aws_vpc.fresh, whose id is not known',
    );
    expect(ctx.refersTo(undefined, known, ['id'])).toBe(false);
    expect(reasonOf(ctx.refersTo(new TfReference('module.x.aws_vpc.y', 'id'), known, ['id']))).toBe(
      'module.x.aws_vpc.y is not declared in the scanned configuration',
    );
  });

  it('lists managed resources of given types only', () => {
    const ctx = new TfContext([
      tfResource('aws_vpc.a'),
      tfResource('data.aws_vpc.b'),
      tfResource('aws_subnet.c'),
    ]);
    expect(ctx.ofType('aws_vpc', 'aws_subnet').map((r) => r.address)).toEqual(['aws_vpc.a', 'aws_subnet.c']);
  });
});
