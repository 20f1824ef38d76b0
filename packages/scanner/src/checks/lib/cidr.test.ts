import { describe, expect, it } from 'vitest';
import { admitsAllAddresses, allAddressesOf } from './cidr.js';

describe('CIDR blocks of every address', () => {
  it('takes any block with a prefix length of 0, whatever address it writes', () => {
    expect(['0.0.0.0/0', ' 0.0.0.0/0 ', '192.168.1.0/0', '10.0.0.0/00'].map(allAddressesOf)).toEqual([
      'v4',
      'v4',
      'v4',
      'v4',
    ]);
    expect(['::/0', '::0/0', '0::/0', '0:0:0:0:0:0:0:0/0', '2001:DB8::/0'].map(allAddressesOf)).toEqual([
      'v6',
      'v6',
      'v6',
      'v6',
      'v6',
    ]);
  });

  it('leaves every other range, and text that is not a range, alone', () => {
    for (const text of [
      '0.0.0.0/1',
      '10.0.0.0/8',
      '0.0.0.0',
      '::/1',
      '::/10',
      '*',
      'Internet',
      '/0',
      'a.b.c.d/0',
      '',
    ])
      expect(admitsAllAddresses(text), text).toBe(false);
  });
});
