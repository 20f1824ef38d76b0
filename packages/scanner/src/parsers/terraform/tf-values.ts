import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import { type TfObject, TfReference, type TfResource, type TfValue } from './tf-resource.js';
import { TfTemplateText } from './values.js';

// Typed reads of Terraform values for the adapters. `null` and an absent key both mean "not set" (Terraform
// treats an argument set to null as omitted). Primitive values convert the way Terraform converts them for
// an argument of that type: "true"/"1" are true, "7" is 7, any primitive is a string. Anything else is an
// `Unknown` that says what was found, never a guess.

/** Where a read starts: an object of values, an unresolved block, or nothing. */
export type TfSource = TfObject | Unknown | undefined;

const isObject = (value: TfValue | undefined): value is TfObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);

const describe = (value: TfValue): string => {
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'an object';
  return JSON.stringify(value);
};

/** The value under `key`; undefined when the key is absent or null. An Unknown source gives itself. */
export const get = (source: TfSource, key: string): TfValue | undefined => {
  if (source === undefined) return undefined;
  if (isUnknown(source)) return source;
  const value = Object.hasOwn(source, key) ? source[key] : undefined;
  return value === null ? undefined : value;
};

/** True when the key holds a value (an Unknown counts: the source names it). */
export const isSet = (source: TfSource, key: string): boolean =>
  source !== undefined && !isUnknown(source) && get(source, key) !== undefined;

/** A string argument; numbers and booleans convert to their text, as Terraform does. */
export const asString = (value: TfValue | undefined): Attr<string> | undefined => {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return unknown(`expected a single value, found ${describe(value)}`);
};

/** A bool argument; the strings "true"/"1" and "false"/"0" convert, as Terraform converts them. */
export const asBool = (value: TfValue | undefined): Attr<boolean> | undefined => {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value) || typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return unknown(`expected true or false, found ${describe(value)}`);
};

/** A number argument; a string holding a decimal number converts. */
export const asNumber = (value: TfValue | undefined): Attr<number> | undefined => {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value) || typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim());
    if (Number.isFinite(n)) return n;
  }
  return unknown(`expected a number, found ${describe(value)}`);
};

export const str = (source: TfSource, key: string): Attr<string> | undefined => asString(get(source, key));

/** A known text trimmed and lower-cased, for names the provider compares without case; others pass through. */
export const lowerCased = (value: Attr<string> | undefined): Attr<string> | undefined =>
  value === undefined || isUnknown(value) ? value : value.trim().toLowerCase();

export const bool = (source: TfSource, key: string): Attr<boolean> | undefined => asBool(get(source, key));

export const num = (source: TfSource, key: string): Attr<number> | undefined => asNumber(get(source, key));

/**
 * An argument that names something (a key, a log group, a role): the value as written, or the address of the
 * resource a reference points at (`aws_kms_key.trail`), which always has a value once applied. Undefined when
 * not set or empty; Unknown when whether it is set at all cannot be told (a variable without value may be null).
 */
export const reference = (source: TfSource, key: string): Attr<string> | undefined => {
  const value = get(source, key);
  if (value instanceof TfReference) return value.address;
  // `"${aws_cloudwatch_log_group.trail.arn}:*"`: set, and naming one resource.
  if (value instanceof TfTemplateText && value.references.length === 1) return value.references[0];
  const text = asString(value);
  return text === '' ? undefined : text;
};

/** A list (or set) argument: its items, Unknown when unresolved, undefined when not set. */
export const list = (source: TfSource, key: string): readonly TfValue[] | Unknown | undefined => {
  const value = get(source, key);
  if (value === undefined || isUnknown(value)) return value;
  if (Array.isArray(value)) return value as readonly TfValue[];
  return unknown(`${key}: expected a list, found ${describe(value)}`);
};

/** A list of strings: each item converted, nulls left out. */
export const strList = (source: TfSource, key: string): readonly Attr<string>[] | Unknown | undefined => {
  const items = list(source, key);
  if (items === undefined || isUnknown(items)) return items;
  return items.map(asString).filter((s): s is Attr<string> => s !== undefined);
};

const asBlock = (value: TfValue, key: string): TfObject | Unknown | undefined => {
  if (value === null) return undefined;
  if (isUnknown(value) || isObject(value)) return value;
  return unknown(`${key}: expected a block, found ${describe(value)}`);
};

/** Every instance of a nested block (`ingress { }` declared twice gives two objects). */
export const blocks = (source: TfSource, key: string): readonly (TfObject | Unknown)[] | Unknown => {
  const value = get(source, key);
  if (value === undefined) return [];
  if (isUnknown(value)) return value;
  const items = Array.isArray(value) ? (value as readonly TfValue[]) : [value as TfValue];
  return items.map((item) => asBlock(item, key)).filter((b): b is TfObject | Unknown => b !== undefined);
};

/** The first instance of a nested block that Terraform allows once (`metadata_options { }`). */
export const block = (source: TfSource, key: string): TfObject | Unknown | undefined => {
  const all = blocks(source, key);
  return isUnknown(all) ? all : all[0];
};

/** The line of an attribute of the resource (`metadata_options.0.http_tokens`), if the source has one. */
export const lineOf = (resource: TfResource, path: string): number | undefined =>
  resource.attributeLines[path];

/**
 * Model attribute lines from Terraform paths: `{ 'metadata_options.0.http_tokens': 'metadataOptions.httpTokens' }`.
 * Paths the resource has no line for are left out (results then point at the resource).
 */
export const modelLines = (
  resource: TfResource,
  mapping: Readonly<Record<string, string>>,
): Record<string, number> => {
  const lines: Record<string, number> = {};
  for (const [tfPath, modelPath] of Object.entries(mapping)) {
    const line = lineOf(resource, tfPath);
    if (line !== undefined && lines[modelPath] === undefined) lines[modelPath] = line;
  }
  return lines;
};
