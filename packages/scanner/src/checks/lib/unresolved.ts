import type { Unknown } from '../../model/value.js';
import { type Finding, undetermined } from '../check.js';

/** The `unknown` finding for an attribute the source names but the scanner cannot resolve. */
export const unresolved = (
  what: string,
  value: Unknown,
  extra: Omit<Finding, 'status' | 'message'> = {},
): Finding => undetermined(`${what} cannot be determined: ${value.reason}`, extra);
