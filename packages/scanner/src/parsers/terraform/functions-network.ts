import { Unknown, unknown } from '../../model/value.js';
import { type Fn, str, whole } from './function-args.js';
import type { TfValue } from './tf-resource.js';
import { failure } from './values.js';

// Terraform's IP network functions: cidrsubnet, cidrsubnets, cidrhost and cidrnetmask, for IPv4 and IPv6.
// Terraform parses prefixes with a copy of Go 1.16's net.ParseCIDR (IPv4 octets with leading zeros are
// decimal), computes with go-cidr and prints with Go's net package (IPv6 compressed as RFC 5952 says; an
// IPv4-mapped IPv6 address as dotted IPv4). Addresses are BigInts so that IPv6 arithmetic is exact.

interface Network {
  /** 32 for IPv4, 128 for IPv6. */
  readonly bits: 32 | 128;
  /** The network address: the given address with its host bits cleared. */
  readonly ip: bigint;
  readonly prefix: number;
}

const hostMask = (bits: number, prefix: number): bigint => (1n << BigInt(bits - prefix)) - 1n;
const netMask = (bits: number, prefix: number): bigint =>
  ((1n << BigInt(bits)) - 1n) ^ hostMask(bits, prefix);

/** Go's dtoi: decimal digits, any number of leading zeros. */
const decimal = (s: string, max: number): number | undefined =>
  /^\d+$/.test(s) && Number(s) <= max ? Number(s) : undefined;

const parseIPv4 = (s: string): bigint | undefined => {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let ip = 0n;
  for (const part of parts) {
    const n = decimal(part, 255);
    if (n === undefined) return undefined;
    ip = (ip << 8n) | BigInt(n);
  }
  return ip;
};

/** Go 1.16's parseIPv6 (without zones): hex groups, one `::` for at least one zero group, IPv4 at the end. */
const parseIPv6 = (s: string): bigint | undefined => {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): bigint[] | undefined => {
    if (half === '') return [];
    const out: bigint[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIPv4(part);
        if (v4 === undefined) return undefined;
        out.push(v4 >> 16n, v4 & 0xffffn);
      } else if (/^[0-9A-Fa-f]+$/.test(part) && Number.parseInt(part, 16) <= 0xffff)
        out.push(BigInt(Number.parseInt(part, 16)));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  // An embedded IPv4 address may only end the address.
  if (halves.length === 2 && halves[0]?.includes('.')) return undefined;
  const zeros = 8 - head.length - tail.length;
  if (halves.length === 2 ? zeros < 1 : zeros !== 0) return undefined;
  return [...head, ...Array<bigint>(zeros).fill(0n), ...tail].reduce((ip, group) => (ip << 16n) | group, 0n);
};

const parseCidr = (text: string, fn: string): Network | Unknown => {
  const slash = text.indexOf('/');
  const address = text.slice(0, slash);
  const v4 = slash < 0 ? undefined : parseIPv4(address);
  const bits = v4 === undefined ? 128 : 32;
  const ip = v4 ?? (slash < 0 ? undefined : parseIPv6(address));
  const prefix = decimal(text.slice(slash + 1), bits);
  if (ip === undefined || prefix === undefined)
    return failure(`${fn}() of an invalid CIDR expression "${text}"`);
  const network = { bits, ip: ip & netMask(bits, prefix), prefix } as const;
  // Go's net and go-cidr treat an IPv4-mapped IPv6 network partly as IPv4; that mix is not reproduced.
  if (bits === 128 && network.ip >> 32n === 0xffffn)
    return unknown(`${fn}() of an IPv4-mapped IPv6 prefix is not evaluated`);
  return network;
};

const dotted = (ip: bigint): string =>
  [24n, 16n, 8n, 0n].map((shift) => String((ip >> shift) & 0xffn)).join('.');

/** Go's IP.String: dotted IPv4; IPv6 with the first longest run of two or more zero groups as `::`. */
const formatIp = (ip: bigint, bits: number): string => {
  if (bits === 32 || ip >> 32n === 0xffffn) return dotted(ip & 0xffffffffn);
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip >> BigInt(112 - 16 * i)) & 0xffffn));
  let [start, end] = [-1, -1];
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > end - start) [start, end] = [i, j];
    i = j;
  }
  const hex = (from: number, to: number) =>
    groups
      .slice(from, to)
      .map((g) => g.toString(16))
      .join(':');
  return end - start < 2 ? hex(0, 8) : `${hex(0, start)}::${hex(end, 8)}`;
};

/** Go's IPNet.String; an IPv4-mapped address prints as IPv4, its prefix counted within the IPv4 part. */
const formatNetwork = (ip: bigint, prefix: number, bits: number): string =>
  bits === 128 && ip >> 32n === 0xffffn
    ? `${dotted(ip & 0xffffffffn)}/${Math.max(0, prefix - 96)}`
    : `${formatIp(ip, bits)}/${prefix}`;

const cidrsubnet: Fn = ([prefixArg, newbitsArg, netnumArg]) => {
  const text = str(prefixArg, 'cidrsubnet');
  if (text instanceof Unknown) return text;
  const newbits = whole(newbitsArg, 'cidrsubnet', 'newbits');
  if (newbits instanceof Unknown) return newbits;
  const netnum = whole(netnumArg, 'cidrsubnet', 'netnum');
  if (netnum instanceof Unknown) return netnum;
  const net = parseCidr(text, 'cidrsubnet');
  if (net instanceof Unknown) return net;
  const length = net.prefix + newbits;
  if (newbits < 0 || length > net.bits)
    return failure(
      `cidrsubnet() has insufficient address space to extend prefix of ${net.prefix} by ${newbits}`,
    );
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    return failure(
      `cidrsubnet() prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`,
    );
  return formatNetwork(net.ip | (BigInt(netnum) << BigInt(net.bits - length)), length, net.bits);
};

/** go-cidr's HostBig: a negative number counts back from the last address of the prefix. */
const cidrhost: Fn = ([prefixArg, hostnumArg]) => {
  const text = str(prefixArg, 'cidrhost');
  if (text instanceof Unknown) return text;
  const hostnum = whole(hostnumArg, 'cidrhost', 'hostnum');
  if (hostnum instanceof Unknown) return hostnum;
  const net = parseCidr(text, 'cidrhost');
  if (net instanceof Unknown) return net;
  const max = hostMask(net.bits, net.prefix);
  const n = BigInt(hostnum);
  const host = n < 0n ? max + 1n + n : n;
  if (host < 0n || host > max)
    return failure(`cidrhost() prefix of ${net.prefix} does not accommodate a host numbered ${hostnum}`);
  return formatIp(net.ip | host, net.bits);
};

const cidrnetmask: Fn = ([prefixArg]) => {
  const text = str(prefixArg, 'cidrnetmask');
  if (text instanceof Unknown) return text;
  const net = parseCidr(text, 'cidrnetmask');
  if (net instanceof Unknown) return net;
  if (net.bits !== 32) return failure(`cidrnetmask(): IPv6 addresses cannot have a netmask: ${text}`);
  return dotted(netMask(32, net.prefix));
};

/**
 * Terraform's cidrsubnets: each range follows the previous one, aligned to its own size, as go-cidr's
 * PreviousSubnet and NextSubnet compute (addresses wrap around, which then counts as running out of space).
 */
const cidrsubnets: Fn = ([prefixArg, ...newbitsArgs]) => {
  const text = str(prefixArg, 'cidrsubnets');
  if (text instanceof Unknown) return text;
  const net = parseCidr(text, 'cidrsubnets');
  if (net instanceof Unknown) return net;
  const { bits } = net;
  const all = (1n << BigInt(bits)) - 1n;
  const out: TfValue[] = [];
  let current: { ip: bigint; prefix: number } | undefined;
  for (const [i, arg] of newbitsArgs.entries()) {
    const newbits = whole(arg, 'cidrsubnets', `newbits argument ${i + 1}`);
    if (newbits instanceof Unknown) return newbits;
    if (newbits < 1) return failure('cidrsubnets() must extend the prefix by at least one bit');
    if (newbits > 32) return failure('cidrsubnets() may not extend the prefix by more than 32 bits');
    const length = net.prefix + newbits;
    if (length > bits)
      return failure(
        `cidrsubnets() would extend the prefix to ${length} bits, which is too long for the address`,
      );
    current ??= { ip: (net.ip - 1n) & all & netMask(bits, length), prefix: length };
    const currentLast = current.ip | hostMask(bits, current.prefix);
    const last = ((currentLast & netMask(bits, length)) | hostMask(bits, length)) + 1n;
    const next = last & all;
    if (next === 0n || (next & netMask(bits, net.prefix)) !== net.ip)
      return failure(
        `cidrsubnets() has not enough remaining address space for a subnet with a prefix of ${length} bits after ${formatNetwork(current.ip, current.prefix, bits)}`,
      );
    current = { ip: next, prefix: length };
    out.push(formatNetwork(next, length, bits));
  }
  return out;
};

export const NETWORK_FUNCTIONS: Readonly<Record<string, Fn>> = {
  cidrsubnet,
  cidrsubnets,
  cidrhost,
  cidrnetmask,
};
