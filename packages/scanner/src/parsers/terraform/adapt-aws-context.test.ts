import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { TfContext, withoutInstanceKey } from './adapt-aws-context.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';

const res = (address: string, values: TfObject = {}, modulePath = ''): TfResource => {
  const local = modulePath ? address.slice(modulePath.length + 1) : address;
  const data = local.startsWith('data.');
  const [type = '', name = ''] = (data ? local.slice(5) : local).split('.');
  return {
    mode: data ? 'data' : 'managed',
    type,
    name: name.replace(/\[.*$/, ''),
    address,
    modulePath,
    location: { file: 'main.tf', line: 1 },
    values,
    attributeLines: {},
  };
};

const reasonOf = (value: unknown) =>
  value instanceof Unknown ? value.reason : `not unknown: ${String(value)}`;

describe('TfContext', () => {
  it('strips instance keys from addresses', () => {
    expect(withoutInstanceKey('aws_vpc.main[0]')).toBe('aws_vpc.main');
    expect(withoutInstanceKey('module.a["x"].aws_vpc.main["b.c"]')).toBe('module.a["x"].aws_vpc.main');
    expect(withoutInstanceKey('aws_vpc.main[*]')).toBe('aws_vpc.main');
    expect(withoutInstanceKey('aws_vpc.main')).toBe('aws_vpc.main');
  });

  it('finds the instance a reference names, or the only instance of the block it names', () => {
    const single = res('aws_vpc.one[0]');
    const pair = [res('aws_vpc.two[0]'), res('aws_vpc.two[1]')];
    const nested = res('module.net["eu"].aws_vpc.main', {}, 'module.net["eu"]');
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
    const known = res('aws_vpc.known', { id: 'vpc-1' });
    const created = res('aws_vpc.created', { id: new Unknown('id is known only after apply') });
    const fresh = res('aws_vpc.fresh');
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
    const ctx = new TfContext([res('aws_vpc.a'), res('data.aws_vpc.b'), res('aws_subnet.c')]);
    expect(ctx.ofType('aws_vpc', 'aws_subnet').map((r) => r.address)).toEqual(['aws_vpc.a', 'aws_subnet.c']);
  });
});
