import { type Attr, isUnknown } from './value.js';

// The IP protocol of an AWS security group rule or network ACL entry, as the model names it. Every input
// format spells it its own way: CloudFormation and the API take `-1`, a number (`6`) or a name (`tcp`, `TCP`);
// Terraform also takes `all`. The model keeps one spelling per protocol, so checks compare with one value.

/** What the model writes for a rule that admits every protocol. */
export const ALL_PROTOCOLS = '-1';

/** Protocol numbers whose name the model uses instead. */
const NAMED_NUMBERS: Readonly<Record<string, string>> = {
  '1': 'icmp',
  '6': 'tcp',
  '17': 'udp',
  '58': 'icmpv6',
};

/**
 * The model's name of a protocol: `-1` for every protocol (written `-1` or `all`, in any case), `tcp`, `udp`,
 * `icmp` and `icmpv6` for those protocols whether named or numbered, and any other protocol number as its
 * decimal text (`50`, `047` is `47`). Names are trimmed and lower-cased; other names are kept as such.
 */
export const protocolName = (raw: string | number): string => {
  const text = String(raw).trim().toLowerCase();
  if (text === 'all') return ALL_PROTOCOLS;
  const number = /^[-+]?\d+$/.test(text) ? String(Number.parseInt(text, 10)) : text;
  return NAMED_NUMBERS[number] ?? number;
};

/**
 * `protocolName` over the value lattice: an Unknown stays Unknown, and an unset or blank protocol (a plan
 * writes an unset one as "") is undefined, for the caller to say what an unset protocol means.
 */
export const protocolAttr = (value: Attr<string | number> | undefined): Attr<string> | undefined => {
  if (value === undefined || isUnknown(value)) return value;
  const name = protocolName(value);
  return name === '' ? undefined : name;
};
