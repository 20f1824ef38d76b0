import { type Document, isAlias, isMap, isScalar, isSeq, type Node, parseAllDocuments, Scalar } from 'yaml';
import { Unknown, unknown } from '../../model/value.js';
import { type Fn, str } from './function-args.js';
import type { TfValue } from './tf-resource.js';
import { failure, numberText } from './values.js';

// Terraform's `yamldecode`. Terraform reads YAML with go-cty-yaml, whose scalars follow YAML 1.1 more than the
// 1.2 core schema (`yes`, `on` and `y` are true; `0x1F` is a string unless tagged). So the text is parsed with
// the failsafe schema, where every scalar stays text, and each plain scalar is resolved here as go-cty-yaml
// resolves it. What it would turn into something this evaluator cannot reproduce exactly (timestamps, merge
// keys, non-decimal tagged numbers) is Unknown.

const LIMITS = {
  /** Longest YAML text decoded. */
  chars: 1_000_000,
  /** Alias dereferences per document (billion laughs). */
  aliases: 100,
  /** Nesting depth of maps and sequences. */
  depth: 64,
  /** Values built, aliases expanded. */
  nodes: 100_000,
} as const;

const TAG = 'tag:yaml.org,2002:';

/** go-cty-yaml's table of scalars resolved by name. */
const NAMED = new Map<string, TfValue>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (s) => [s, false] as const,
  ),
  ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, null] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Number.POSITIVE_INFINITY] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, Number.NEGATIVE_INFINITY] as const),
]);

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** The timestamp forms go-cty-yaml recognises, which it rewrites to RFC 3339. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}([Tt ]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/;

class Decoder {
  #aliases = 0;
  #nodes = 0;
  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  value(node: Node | null | undefined, depth: number): TfValue {
    if (++this.#nodes > LIMITS.nodes) return unknown(`yamldecode() of more than ${LIMITS.nodes} values`);
    if (depth > LIMITS.depth) return unknown('yamldecode() of YAML nested too deeply');
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      if (++this.#aliases > LIMITS.aliases)
        return unknown(`yamldecode() of more than ${LIMITS.aliases} aliases`);
      const target = node.resolve(this.#doc);
      return target
        ? this.value(target, depth + 1)
        : failure(`yamldecode() of an unknown alias *${node.source}`);
    }
    if (isScalar(node)) return scalar(node);
    const tag = node.tag?.replace(TAG, '!!');
    if (isSeq(node)) {
      if (tag !== undefined && tag !== '!!seq') return failure(`yamldecode() of the unsupported tag ${tag}`);
      const out: TfValue[] = [];
      for (const item of node.items) {
        const value = this.value(item as Node, depth + 1);
        if (value instanceof Unknown) return value;
        out.push(value);
      }
      return out;
    }
    if (isMap(node)) {
      if (tag !== undefined && tag !== '!!map') return failure(`yamldecode() of the unsupported tag ${tag}`);
      const out = new Map<string, TfValue>();
      for (const pair of node.items) {
        const key = this.key(pair.key as Node | null);
        if (key instanceof Unknown) return key;
        if (out.has(key)) return failure(`yamldecode() of a map with the key "${key}" twice`);
        const value = this.value(pair.value as Node | null, depth + 1);
        if (value instanceof Unknown) return value;
        out.set(key, value);
      }
      return Object.fromEntries(out);
    }
    return unknown('yamldecode() of a YAML node not evaluated here');
  }

  key(node: Node | null): string | Unknown {
    if (isScalar(node) && node.type === Scalar.PLAIN && node.tag === undefined && String(node.value) === '<<')
      return unknown('yamldecode() with merge keys (<<) is not evaluated');
    const key = this.value(node, 0);
    if (key instanceof Unknown) return key;
    if (typeof key === 'string') return key;
    if (typeof key === 'number') return numberText(key);
    if (typeof key === 'boolean') return String(key);
    return failure('yamldecode() of a map whose key is not a string');
  }
}

/** A scalar as go-cty-yaml resolves it: quoted ones are strings; plain ones by name, then as numbers. */
const scalar = (node: Scalar): TfValue => {
  const src = String(node.value);
  const tag = node.tag === undefined ? '' : node.tag.replace(TAG, '!!');
  if (tag === '!!str' || tag === '!') return src;
  if (tag === '!!binary')
    return /^[A-Za-z0-9+/\s]*={0,2}$/.test(src)
      ? src
      : failure('yamldecode() of !!binary that is not base64');
  if (!['', '!!bool', '!!int', '!!float', '!!null', '!!timestamp'].includes(tag))
    return failure(`yamldecode() of the unsupported tag ${tag}`);
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)
    return tag === '' ? src : unknown(`yamldecode() of a quoted ${tag} is not evaluated`);
  if (NAMED.has(src)) return NAMED.get(src) ?? null;
  if (tag === '' && /^\.nan$/i.test(src))
    return failure('yamldecode() of NaN, which Terraform cannot represent');
  if (TIMESTAMP.test(src)) return unknown('yamldecode() of a timestamp is not evaluated');
  // go-cty-yaml drops underscores from a scalar that starts with a digit or sign, not from one starting with ".".
  const plain = src.startsWith('.') ? src : src.replaceAll('_', '');
  if (/^[-+0-9.]/.test(src) && DECIMAL.test(plain)) return Number(plain);
  if (/^-?0b[01]+$/.test(plain)) return Number.parseInt(plain.replace('0b', ''), 2);
  if (tag === '') return src;
  if (tag === '!!null') return null;
  if (tag === '!!int' || tag === '!!float')
    return unknown(`yamldecode() of ${tag} "${src}" is not evaluated`);
  return failure(`yamldecode() cannot read "${src}" as ${tag}`);
};

const yamldecode: Fn = ([value]) => {
  const text = str(value, 'yamldecode');
  if (text instanceof Unknown) return text;
  if (text.length > LIMITS.chars) return unknown(`yamldecode() of more than ${LIMITS.chars} characters`);
  let docs: Document[];
  try {
    const parsed = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true, logLevel: 'silent' });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch {
    return failure('yamldecode() of text that is not YAML');
  }
  if (docs.length > 1) return failure('yamldecode() of more than one YAML document');
  const [doc] = docs;
  if (!doc) return null;
  const [error] = doc.errors;
  if (error) return failure(`yamldecode() of invalid YAML: ${error.message.split('\n')[0]}`);
  return new Decoder(doc).value(doc.contents as Node | null, 0);
};

export const YAML_FUNCTIONS: Readonly<Record<string, Fn>> = { yamldecode };
