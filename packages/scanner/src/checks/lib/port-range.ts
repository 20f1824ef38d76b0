import { type Attr, isUnknown, unknown } from '../../model/value.js';

/** Ports run from 0 to 65535 in TCP and UDP. */
export const MAX_PORT = 65_535;

/** An inclusive range of ports; a single port is a range of one. */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export interface PortRangeOptions {
  /** Whether `*` stands for every port (Azure rules); where it does not (Google Cloud), it cannot be read. */
  readonly star?: boolean;
}

const isPort = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_PORT;

/**
 * A port spec as a rule writes it: one port (`22`, or the number 22), a range (`20-30`, spaces allowed around
 * the dash), or `*` for every port when `star` is set. Anything else, a port past 65535 and a range that ends
 * before it starts included, is Unknown with the spec quoted: a check never guesses what such a rule opens.
 */
export const parsePortRange = (spec: string | number, options: PortRangeOptions = {}): Attr<PortRange> => {
  const what = options.star ? 'a port, a port range or *' : 'a port or a port range';
  if (typeof spec === 'number')
    return isPort(spec) ? { from: spec, to: spec } : unknown(`${spec} is not ${what}`);
  const text = spec.trim();
  if (options.star && text === '*') return { from: 0, to: MAX_PORT };
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
  const from = Number(match?.[1]);
  const to = match?.[2] === undefined ? from : Number(match[2]);
  if (!match || !isPort(from) || !isPort(to) || to < from) return unknown(`"${spec}" is not ${what}`);
  return { from, to };
};

/** Whether a port spec (see `parsePortRange`) contains `port`; Unknown when the spec cannot be read. */
export const portSpecAdmits = (
  spec: string | number,
  port: number,
  options: PortRangeOptions = {},
): Attr<boolean> => {
  const range = parsePortRange(spec, options);
  return isUnknown(range) ? range : range.from <= port && port <= range.to;
};
