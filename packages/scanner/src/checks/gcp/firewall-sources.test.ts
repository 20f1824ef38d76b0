import { describe, expect, it } from 'vitest';
import type { FirewallPermission, FirewallRule } from '../../model/gcp.js';
import { Unknown } from '../../model/value.js';
import { admitsPort, fromInternet, portsCover } from './firewall-sources.js';

const rule = (extra: Partial<FirewallRule> = {}): FirewallRule => ({
  kind: 'gcp.compute.firewall',
  provider: 'gcp',
  address: 'google_compute_firewall.x',
  location: { file: 'main.tf', line: 1 },
  attributeLines: {},
  allow: [],
  deny: [],
  ...extra,
});

const permission = (protocol: FirewallPermission['protocol'], ports?: FirewallPermission['ports']) => ({
  protocol,
  ports,
  line: 1,
});

const reasonOf = (value: unknown) =>
  value instanceof Unknown ? value.reason : `not unknown: ${String(value)}`;

describe('fromInternet', () => {
  it('finds the ranges of every address among the sources', () => {
    expect(fromInternet(rule({ sourceRanges: ['10.0.0.0/8', '0.0.0.0/0', '::/0'] }))).toEqual({
      open: true,
      sources: '0.0.0.0/0 and ::/0',
    });
    expect(fromInternet(rule({ sourceRanges: ['10.0.0.0/8'] })).open).toBe(false);
  });

  it('applies 0.0.0.0/0 when the rule names no source at all', () => {
    expect(fromInternet(rule())).toEqual({
      open: true,
      sources: 'every address (no source is set, so 0.0.0.0/0 applies)',
    });
    expect(fromInternet(rule({ sourceTags: ['bastion'] })).open).toBe(false);
    expect(fromInternet(rule({ sourceServiceAccounts: ['ci@acme.iam.gserviceaccount.com'] })).open).toBe(
      false,
    );
  });

  it('cannot tell with unresolved ranges, or with no range and unresolved other sources', () => {
    const unresolved = new Unknown('var.ranges has no value');
    expect(fromInternet(rule({ sourceRanges: unresolved })).open).toBe(unresolved);
    expect(fromInternet(rule({ sourceRanges: ['10.0.0.0/8', unresolved] })).open).toBe(unresolved);
    expect(fromInternet(rule({ sourceRanges: ['0.0.0.0/0', unresolved] })).open).toBe(true);
    expect(reasonOf(fromInternet(rule({ sourceTags: unresolved })).open)).toBe(
      'the rule sets no source range and its other sources cannot be resolved: var.ranges has no value',
    );
  });
});

describe('ports', () => {
  it('covers a port by value or range; no list covers every port', () => {
    expect(portsCover(['22'], 22)).toBe(true);
    expect(portsCover(['20-25'], 22)).toBe(true);
    expect(portsCover(['80', '443'], 22)).toBe(false);
    expect(portsCover(undefined, 3389)).toBe(true);
    expect(portsCover([], 3389)).toBe(true);
  });

  it('does not read * as every port: Google Cloud lists ports, and a spec it would refuse is not guessed at', () => {
    expect(reasonOf(portsCover(['*'], 22))).toBe('"*" is not a port or a port range');
    expect(reasonOf(portsCover(['30-20'], 22))).toBe('"30-20" is not a port or a port range');
    expect(portsCover(['ssh', '22'], 22)).toBe(true);
  });

  it('cannot tell for unresolved or unreadable entries that leave the port open', () => {
    const unresolved = new Unknown('var.port has no value');
    expect(portsCover([unresolved, '22'], 22)).toBe(true);
    expect(portsCover([unresolved], 22)).toBe(unresolved);
    expect(reasonOf(portsCover(['ssh'], 22))).toBe('"ssh" is not a port or a port range');
  });

  it('admits a TCP port for all protocols and TCP only', () => {
    expect(admitsPort(permission('all'), 22)).toBe(true);
    expect(admitsPort(permission('tcp'), 3389)).toBe(true);
    expect(admitsPort(permission('tcp', ['3380-3390']), 3389)).toBe(true);
    expect(admitsPort(permission('udp'), 22)).toBe(false);
    expect(admitsPort(permission('icmp'), 22)).toBe(false);
    const unresolved = new Unknown('var.protocol has no value');
    expect(admitsPort(permission(unresolved), 22)).toBe(unresolved);
  });
});
