import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../model/value.js';
import { MAX_PORT, parsePortRange, portSpecAdmits } from './port-range.js';

const reasonOf = (value: unknown) =>
  isUnknown(value) ? value.reason : `not unknown: ${JSON.stringify(value)}`;

describe('parsePortRange', () => {
  it('reads one port, as text or as a number, as a range of one', () => {
    expect(parsePortRange('22')).toEqual({ from: 22, to: 22 });
    expect(parsePortRange(' 3389 ')).toEqual({ from: 3389, to: 3389 });
    expect(parsePortRange(443)).toEqual({ from: 443, to: 443 });
    expect(parsePortRange(0)).toEqual({ from: 0, to: 0 });
  });

  it('reads ranges, with or without spaces around the dash, and a range of one', () => {
    expect(parsePortRange('20-30')).toEqual({ from: 20, to: 30 });
    expect(parsePortRange(' 8000 - 8100 ')).toEqual({ from: 8000, to: 8100 });
    expect(parsePortRange('22-22')).toEqual({ from: 22, to: 22 });
    expect(parsePortRange(`0-${MAX_PORT}`)).toEqual({ from: 0, to: MAX_PORT });
  });

  it('reads * as every port only where the provider allows it', () => {
    expect(parsePortRange('*', { star: true })).toEqual({ from: 0, to: MAX_PORT });
    expect(parsePortRange(' * ', { star: true })).toEqual({ from: 0, to: MAX_PORT });
    expect(reasonOf(parsePortRange('*'))).toBe('"*" is not a port or a port range');
  });

  it('does not guess at text that is no port spec, and says which text and what was expected', () => {
    expect(reasonOf(parsePortRange('ssh'))).toBe('"ssh" is not a port or a port range');
    expect(reasonOf(parsePortRange('ssh', { star: true }))).toBe('"ssh" is not a port, a port range or *');
    for (const bad of ['', '-', '22-', '-22', '20-30-40', '22,23', '2 2', '0x16', '22.5', '+22'])
      expect(isUnknown(parsePortRange(bad)), bad).toBe(true);
  });

  it('refuses ports past 65535, reversed ranges and numbers that are no port', () => {
    expect(reasonOf(parsePortRange('65536'))).toBe('"65536" is not a port or a port range');
    expect(reasonOf(parsePortRange('30-20'))).toBe('"30-20" is not a port or a port range');
    expect(reasonOf(parsePortRange('1-70000'))).toBe('"1-70000" is not a port or a port range');
    expect(reasonOf(parsePortRange(-1))).toBe('-1 is not a port or a port range');
    expect(reasonOf(parsePortRange(22.5, { star: true }))).toBe('22.5 is not a port, a port range or *');
    expect(isUnknown(parsePortRange(Number.NaN))).toBe(true);
  });
});

describe('portSpecAdmits', () => {
  it('tells whether the spec contains the port, bounds included', () => {
    expect(portSpecAdmits('22', 22)).toBe(true);
    expect(portSpecAdmits('20-22', 22)).toBe(true);
    expect(portSpecAdmits('22-30', 22)).toBe(true);
    expect(portSpecAdmits('23-3388', 22)).toBe(false);
    expect(portSpecAdmits('3389', 22)).toBe(false);
    expect(portSpecAdmits(22, 22)).toBe(true);
    expect(portSpecAdmits('*', 3389, { star: true })).toBe(true);
  });

  it('is Unknown, never false, for a spec it cannot read', () => {
    expect(reasonOf(portSpecAdmits('ssh', 22))).toBe('"ssh" is not a port or a port range');
    expect(reasonOf(portSpecAdmits('*', 22))).toBe('"*" is not a port or a port range');
  });
});
