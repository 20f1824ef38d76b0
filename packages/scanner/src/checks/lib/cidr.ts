// Address ranges that admit every address. A prefix length of 0 matches any address whatever bits are written
// before it: `0.0.0.0/0`, but also `192.168.1.0/0` (a real template's default) or `0::/0`. Comparing the text
// with "0.0.0.0/0" let such rules through as if they named one network.

export type AddressFamily = 'v4' | 'v6';

const V4_ALL = /^(?:\d{1,3}\.){3}\d{1,3}\/0+$/;
const V6_ALL = /^[0-9a-f.]*:[0-9a-f:.]*\/0+$/i;

/** The family of addresses a CIDR block admits in full (`0.0.0.0/0`: v4, `::/0`: v6), else undefined. */
export const allAddressesOf = (cidr: string): AddressFamily | undefined => {
  // Most ranges have no "/0" at all: every security group rule of every scan comes through here.
  if (!cidr.includes('/0')) return undefined;
  const text = cidr.trim();
  if (V4_ALL.test(text)) return 'v4';
  if (V6_ALL.test(text)) return 'v6';
  return undefined;
};

/** True for a CIDR block that admits every address of its family (a prefix length of 0). */
export const admitsAllAddresses = (cidr: string): boolean => allAddressesOf(cidr) !== undefined;
