import { describe, expect, it } from 'vitest';
import { ALL_PROTOCOLS, protocolAttr, protocolName } from './aws-protocol.js';
import { isUnknown, unknown } from './value.js';

describe('protocolName', () => {
  it.each([
    ['-1', '-1'],
    [-1, '-1'],
    ['all', '-1'],
    ['ALL', '-1'],
    [' All ', '-1'],
    ['6', 'tcp'],
    [6, 'tcp'],
    ['tcp', 'tcp'],
    ['TCP', 'tcp'],
    [' Tcp ', 'tcp'],
    ['17', 'udp'],
    [17, 'udp'],
    ['udp', 'udp'],
    ['UDP', 'udp'],
    ['1', 'icmp'],
    [1, 'icmp'],
    ['icmp', 'icmp'],
    ['ICMP', 'icmp'],
    ['58', 'icmpv6'],
    [58, 'icmpv6'],
    ['icmpv6', 'icmpv6'],
    ['ICMPv6', 'icmpv6'],
  ])('reads %j as %j', (raw, expected) => {
    expect(protocolName(raw)).toBe(expected);
  });

  it('keeps other protocol numbers as their decimal text, without padding or sign', () => {
    expect(protocolName('50')).toBe('50');
    expect(protocolName(50)).toBe('50');
    expect(protocolName(' 47 ')).toBe('47');
    expect(protocolName('047')).toBe('47');
    expect(protocolName('006')).toBe('tcp');
    expect(protocolName('+17')).toBe('udp');
  });

  it('keeps other names trimmed and lower-cased', () => {
    expect(protocolName('ESP')).toBe('esp');
    expect(protocolName(' sctp')).toBe('sctp');
    expect(protocolName('6a')).toBe('6a');
  });

  it('names every protocol the way the model documents it', () => {
    expect(ALL_PROTOCOLS).toBe('-1');
  });
});

describe('protocolAttr', () => {
  it('names a known protocol', () => {
    expect(protocolAttr('6')).toBe('tcp');
    expect(protocolAttr(-1)).toBe('-1');
    expect(protocolAttr('All')).toBe('-1');
  });

  it('passes an Unknown through and reads unset or blank as undefined', () => {
    const why = unknown('var.protocol has no value');
    expect(protocolAttr(why)).toBe(why);
    expect(isUnknown(protocolAttr(why))).toBe(true);
    expect(protocolAttr(undefined)).toBeUndefined();
    expect(protocolAttr('')).toBeUndefined();
    expect(protocolAttr('  ')).toBeUndefined();
  });
});
