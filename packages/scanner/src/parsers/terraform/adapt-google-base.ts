import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { TfReference, type TfResource, type TfValue } from './tf-resource.js';
import { asString, get, type TfSource } from './tf-values.js';

// Helpers shared by the google_* adapters: metadata flags and project matching.

const TRUE_WORDS = new Set(['1', 't', 'true']);
const FALSE_WORDS = new Set(['0', 'f', 'false']);

/**
 * A boolean metadata value (`enable-oslogin = "TRUE"`), read the way the guest environment reads it: `1`, `t`
 * and `true` in any case are true, `0`, `f` and `false` are false. Other text is Unknown: the guest would not
 * take it as either.
 */
export const metadataFlag = (value: TfValue | undefined): Attr<boolean> | undefined => {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'boolean') return value;
  const text = asString(value);
  if (text === undefined || isUnknown(text)) return text;
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return unknown(`metadata value "${text}" is neither true nor false`);
};

/** The value of a `metadata` map key: undefined when the map or the key is absent. */
export const metadataValue = (values: TfSource, key: string): TfValue | undefined => {
  const metadata = get(values, 'metadata');
  if (metadata === undefined || isUnknown(metadata)) return metadata;
  if (typeof metadata !== 'object' || Array.isArray(metadata))
    return unknown('metadata: expected a map of strings');
  return get(metadata as TfSource, key);
};

/** What names a project: its id as written, a reference, or nothing (the provider's default project). */
const projectOf = (resource: TfResource): TfValue | undefined => get(resource.values, 'project');

/**
 * Whether two resources belong to the same project: both leave it to the provider, or both name the same
 * project id or the same referenced resource. Unknown when one names a project the other leaves to the
 * provider, or when a name cannot be resolved.
 */
export const sameProject = (a: TfResource, b: TfResource): Attr<boolean> => {
  const pa = projectOf(a);
  const pb = projectOf(b);
  if (pa === undefined && pb === undefined) return true;
  if (pa instanceof TfReference && pb instanceof TfReference)
    return pa.address === pb.address
      ? true
      : unknown(`${a.address} and ${b.address} name projects through different references`);
  const ta = asString(pa);
  const tb = asString(pb);
  if (isUnknown(ta)) return ta;
  if (isUnknown(tb)) return tb;
  if (ta !== undefined && tb !== undefined) return ta === tb;
  return unknown(
    `${ta === undefined ? a.address : b.address} uses the provider's default project, which may or may not be "${ta ?? tb}"`,
  );
};
