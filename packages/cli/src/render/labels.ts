import type { Audience } from '@nimbus/core';

export const AUDIENCE_LABEL: Record<Audience, string> = {
  none: 'none (27002 applies as is)',
  csp: 'provider (CSP) only',
  csc: 'customer (CSC) only',
  both: 'provider (CSP) and customer (CSC)',
  'other-info-only': 'other information only',
};

/** Pads or truncates to a column width (by characters; ids and titles here are plain text). */
export const cell = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width);
