import { type Attr, anyOf, isUnknown } from '../../model/value.js';

/** The OAuth scope that lets a VM's credentials call every Google Cloud API, as an alias and as a URL. */
const FULL_SCOPES = new Set(['cloud-platform', 'https://www.googleapis.com/auth/cloud-platform']);

/**
 * True when the scopes include full access to every API; Unknown when they do not but one scope (or the whole
 * list) cannot be resolved.
 */
export const hasFullScope = (scopes: Attr<readonly Attr<string>[]> | undefined): Attr<boolean> => {
  if (scopes === undefined) return false;
  if (isUnknown(scopes)) return scopes;
  return anyOf(scopes, (s) => FULL_SCOPES.has(s.trim())).value;
};
