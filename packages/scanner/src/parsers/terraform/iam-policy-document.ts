import type { PolicyStatement } from '../../model/aws.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { type TfObject, TfReference, type TfResource, type TfValue } from './tf-resource.js';
import { asString, blocks, get, list, strList } from './tf-values.js';
import { TfJsonText } from './values.js';

// IAM policy documents as Terraform writes them: `jsonencode({...})` (read even when parts of it are known only
// after apply), a JSON string or heredoc, or `data.aws_iam_policy_document.x.json`, whose `statement` blocks
// (and source and override documents) are read when the data source is in the scanned configuration. A JSON
// document puts every statement on the line of the argument that holds it.

type Statements = Attr<readonly PolicyStatement[]>;

/** Data sources naming other documents (source, override) are followed at most this deep. */
const MAX_DOCUMENT_DEPTH = 8;

const DOCUMENT_TYPE = 'aws_iam_policy_document';
const DOCUMENT_ATTRIBUTES = new Set(['json', 'minified_json']);

const isObject = (value: TfValue | undefined): value is TfObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);

/** Text that is empty counts as not set: plan JSON writes unset strings as "". */
const text = (value: TfValue | undefined): Attr<string> | undefined => {
  const s = asString(value);
  return s === '' ? undefined : s;
};

/** An IAM list element (`Action`, `Resource`): a single string stands for a list of one. */
const jsonList = (value: TfValue | undefined): Attr<readonly Attr<string>[]> | undefined => {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (isObject(value)) return unknown('expected a list of strings, found an object');
  const items = Array.isArray(value) ? (value as readonly TfValue[]) : [value as TfValue];
  return items.map(asString).filter((s): s is Attr<string> => s !== undefined);
};

const jsonStatement = (item: TfValue, line: number): PolicyStatement => {
  if (isUnknown(item)) return { effect: item, conditional: false, line };
  if (!isObject(item))
    return { effect: unknown('a statement is not a JSON object'), conditional: false, line };
  return {
    sid: text(get(item, 'Sid')),
    effect: text(get(item, 'Effect')),
    actions: jsonList(get(item, 'Action')),
    notActions: jsonList(get(item, 'NotAction')),
    resources: jsonList(get(item, 'Resource')),
    notResources: jsonList(get(item, 'NotResource')),
    conditional: get(item, 'Condition') !== undefined,
    line,
  };
};

/** The statements of a document given as a value (parsed JSON, or what `jsonencode` was given). */
export const documentStatements = (doc: TfValue, line: number): Statements => {
  if (isUnknown(doc)) return doc;
  if (!isObject(doc)) return unknown('the policy document is not a JSON object');
  const statement = get(doc, 'Statement');
  if (statement === undefined) return [];
  if (isUnknown(statement)) return statement;
  if (Array.isArray(statement))
    return (statement as readonly TfValue[]).map((item) => jsonStatement(item, line));
  if (isObject(statement)) return [jsonStatement(statement, line)];
  return unknown('the Statement is neither a statement nor a list of statements');
};

/** A document given as JSON text (a string literal, a heredoc, a plan's rendered policy). */
export const textStatements = (json: string, line: number): Statements => {
  if (json.trim() === '') return unknown('the policy document is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return unknown('the policy document is a string that is not valid JSON');
  }
  return documentStatements(parsed as TfValue, line);
};

/** A list argument of a `statement` block; plan JSON writes unset ones as empty lists. */
const blockList = (source: TfObject, key: string): Attr<readonly Attr<string>[]> | undefined => {
  const items = strList(source, key);
  return items !== undefined && !isUnknown(items) && items.length === 0 ? undefined : items;
};

/** Replaces the statement with the same (non-empty) sid, or appends: how the data source merges documents. */
const mergeInto = (into: PolicyStatement[], statements: readonly PolicyStatement[]): Unknown | undefined => {
  for (const s of statements) {
    if (isUnknown(s.sid))
      return unknown(`a statement id is unknown, so which statements replace which cannot be told`);
    const at = s.sid === undefined ? -1 : into.findIndex((t) => t.sid === s.sid);
    if (at >= 0) into[at] = s;
    else into.push(s);
  }
  return undefined;
};

/** Reads documents (source or override) of a data source: a list argument plus its older single form. */
const documentsOf = (
  ctx: TfContext,
  doc: TfResource,
  keys: readonly [string, string],
  line: number,
  depth: number,
): PolicyStatement[][] | Unknown => {
  const [listKey, singleKey] = keys;
  const values = list(doc.values, listKey);
  if (isUnknown(values)) return unknown(`${listKey} of ${doc.address}: ${values.reason}`);
  const single = get(doc.values, singleKey);
  const all = [...(values ?? []), ...(single === undefined || single === '' ? [] : [single])];
  const out: PolicyStatement[][] = [];
  for (const value of all) {
    if (value === null || value === '') continue;
    const statements = valueStatements(ctx, doc, value, line, depth + 1);
    if (isUnknown(statements))
      return unknown(`a document in ${listKey} of ${doc.address}: ${statements.reason}`);
    out.push([...statements]);
  }
  return out;
};

/**
 * The statements of an aws_iam_policy_document data source: its rendered `json` when a plan holds it, else its
 * `statement` blocks merged with its source and override documents. Statement lines are kept when the data
 * source is in the file of the resource that uses it; otherwise statements sit on `line`.
 */
const dataStatements = (
  ctx: TfContext,
  doc: TfResource,
  user: TfResource,
  line: number,
  depth: number,
): Statements => {
  const rendered = get(doc.values, 'json');
  if (typeof rendered === 'string' && rendered.trim() !== '') return textStatements(rendered, line);
  const own = blocks(doc.values, 'statement');
  if (isUnknown(own)) return own;
  const sameFile = doc.location.file === user.location.file;
  const statements = own.map((b, i): PolicyStatement => {
    const at = sameFile ? partLine(doc, `statement.${i}`) : line;
    if (isUnknown(b)) return { effect: b, conditional: false, line: at };
    const conditions = blocks(b, 'condition');
    return {
      sid: text(get(b, 'sid')),
      // The data source's default effect.
      effect: text(get(b, 'effect')) ?? 'Allow',
      actions: blockList(b, 'actions'),
      notActions: blockList(b, 'not_actions'),
      resources: blockList(b, 'resources'),
      notResources: blockList(b, 'not_resources'),
      conditional: isUnknown(conditions) || conditions.length > 0,
      line: at,
    };
  });
  const sources = documentsOf(ctx, doc, ['source_policy_documents', 'source_json'], line, depth);
  if (isUnknown(sources)) return sources;
  const overrides = documentsOf(ctx, doc, ['override_policy_documents', 'override_json'], line, depth);
  if (isUnknown(overrides)) return overrides;
  if (sources.length === 0 && overrides.length === 0) return statements;
  const merged: PolicyStatement[] = sources.flat();
  for (const part of [statements, ...overrides]) {
    const problem = mergeInto(merged, part);
    if (problem) return problem;
  }
  return merged;
};

function valueStatements(
  ctx: TfContext,
  user: TfResource,
  value: TfValue,
  line: number,
  depth: number,
): Statements {
  if (depth > MAX_DOCUMENT_DEPTH)
    return unknown(`policy documents name other documents more than ${MAX_DOCUMENT_DEPTH} deep`);
  if (value instanceof TfReference) {
    const target = ctx.lookup(value.address);
    if (
      target !== undefined &&
      !isUnknown(target) &&
      target.mode === 'data' &&
      target.type === DOCUMENT_TYPE &&
      DOCUMENT_ATTRIBUTES.has(value.attribute)
    )
      return dataStatements(ctx, target, user, line, depth);
    return isUnknown(target) ? target : value;
  }
  if (value instanceof TfJsonText) return documentStatements(value.value, line);
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return textStatements(value, line);
  return documentStatements(value, line);
}

/**
 * The statements of a `policy` argument of `user` (a resource, or one of its blocks), located at `line`.
 * Unknown as a whole when the document cannot be resolved; never a guess.
 */
export const policyStatements = (
  ctx: TfContext,
  user: TfResource,
  value: TfValue | undefined,
  line: number,
): Statements => {
  if (value === undefined || value === null || value === '') return unknown('the policy has no document');
  return valueStatements(ctx, user, value, line, 0);
};
