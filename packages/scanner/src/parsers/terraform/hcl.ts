import type { InputIssue } from '../../inputs/input-issue.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { type TreeNode, toPlain } from '../yaml/tree.js';
import { type HclOutcome, type HclPool, hclPool } from './hcl-pool.js';
import { FILE_TIMEOUT_ENV, fileTimeoutMs, formatLimit } from './hcl-pool-timeout.js';
import { type BlockLines, type BodyLines, indexLines } from './line-index.js';

// Reads one Terraform file: `.tf` through hcl2json (Go's HCL parser compiled to WebAssembly, run in a worker
// thread with a time limit per file) with lines from the line index, `.tf.json` through the JSON reader that
// keeps lines. Never throws for bad input: syntax errors become `error` issues located at their line, a file
// past its time limit or that makes the parser die is an `error` issue at its first line.

/** A JSON value as hcl2json or a `.tf.json` file gives it: strings are templates (`"${var.env}"`). */
export type RawValue = unknown;
export type RawBody = Readonly<Record<string, RawValue>>;

export interface TfFile {
  /** As shown in results. */
  readonly file: string;
  /** The file's content as JSON; `{}` when it cannot be parsed. */
  readonly body: RawBody;
  /** The top-level blocks with their lines. */
  readonly blocks: readonly BlockLines[];
  /** JSON syntax: variable defaults and tfvars values are literal, not templates. */
  readonly json: boolean;
  readonly issues: readonly InputIssue[];
  /** Time spent parsing, in milliseconds. */
  readonly parseMs: number;
}

/** Nesting beyond which a file is refused: hcl2json's parser overflows the stack on very deep input. */
export const MAX_HCL_NESTING = 256;

/** Past this time for one file, a warning is reported (the file was parsed, but slowly). */
export const SLOW_PARSE_MS = 5_000;

const MAX_ERRORS_PER_FILE = 10;

export interface ParseHclOptions {
  /** The time limit for this file in milliseconds; default `NIMBUS_SCAN_FILE_TIMEOUT_MS`, else 10 s. */
  readonly timeoutMs?: number;
  /** The worker pool that runs hcl2json; default the process's one (tests give their own). */
  readonly pool?: HclPool;
}

const isRecord = (value: unknown): value is Record<string, RawValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** hcl2json's error text (`[input.tf:2,7-3,1: Summary; Detail input.tf:...]`) as located issues. */
export const hclErrors = (file: string, message: string): InputIssue[] => {
  const pattern = /input\.tf:(\d+),\d+(?:-\d+(?:,\d+)?)?: (.*?)(?=\s*input\.tf:\d+,\d+|\]?\s*$)/gs;
  const issues: InputIssue[] = [];
  for (const match of message.matchAll(pattern)) {
    const [summary = '', detail = ''] = (match[2] ?? '').split(/;\s*/, 2);
    issues.push({
      level: 'error',
      location: { file, line: Number(match[1]) },
      message: `cannot parse: ${summary.trim()}${detail ? `: ${detail.trim().replace(/\.$/, '')}` : ''}`,
    });
  }
  if (issues.length === 0)
    issues.push({ level: 'error', location: { file, line: 1 }, message: `cannot parse: ${message.trim()}` });
  // The last one listed counts the rest, so a report counts as many errors as it lists (as parse-input.ts does).
  if (issues.length > MAX_ERRORS_PER_FILE) {
    const more = issues.length - MAX_ERRORS_PER_FILE;
    issues.length = MAX_ERRORS_PER_FILE;
    const last = issues[MAX_ERRORS_PER_FILE - 1] as InputIssue;
    issues[MAX_ERRORS_PER_FILE - 1] = {
      ...last,
      message: `${last.message} (and ${more} more parse errors in this file, not listed)`,
    };
  }
  return issues;
};

/** A warning for a file whose parsing took longer than `SLOW_PARSE_MS` but finished within its limit. */
export const slowWarning = (file: string, ms: number): InputIssue[] =>
  ms > SLOW_PARSE_MS
    ? [
        {
          level: 'warning',
          location: { file, line: 1 },
          message: `parsing took ${(ms / 1000).toFixed(1)} s: consider splitting this file`,
        },
      ]
    : [];

/** The issue of a parse stopped by its time limit or by the worker's death (no slow warning then). */
const stoppedIssues = (
  file: string,
  outcome: Extract<HclOutcome, { kind: 'timeout' | 'crashed' }>,
  limitMs: number,
): InputIssue[] => {
  const message =
    outcome.kind === 'timeout'
      ? `parsing took longer than ${formatLimit(limitMs)}: not scanned (the limit is ${FILE_TIMEOUT_ENV})`
      : `cannot parse: the HCL parser ${outcome.reason}: not scanned`;
  return [{ level: 'error', location: { file, line: 1 }, message }];
};

/**
 * Parses a `.tf` file (HCL native syntax). Throws only for a bad time limit (`NimbusError` `INVALID_ARGUMENT`:
 * the option or `NIMBUS_SCAN_FILE_TIMEOUT_MS` is not a whole number of milliseconds in range).
 */
export const parseHcl = async (
  file: string,
  text: string,
  options: ParseHclOptions = {},
): Promise<TfFile> => {
  const limitMs = fileTimeoutMs(options.timeoutMs);
  const started = performance.now();
  const index = indexLines(text);
  const indexMs = performance.now() - started;
  const done = (body: RawBody, issues: InputIssue[], workerMs = 0): TfFile => {
    const parseMs = indexMs + workerMs;
    return {
      file,
      body,
      blocks: index.blocks,
      json: false,
      issues: [...issues, ...slowWarning(file, parseMs)],
      parseMs,
    };
  };
  if (index.maxNesting > MAX_HCL_NESTING)
    return done({}, [
      {
        level: 'error',
        location: { file, line: index.deepestLine },
        message: `cannot parse: blocks and expressions nested more than ${MAX_HCL_NESTING} deep`,
      },
    ]);
  const { outcome, ms } = await (options.pool ?? hclPool).parse(text, limitMs);
  if (outcome.kind === 'timeout' || outcome.kind === 'crashed')
    return done({}, stoppedIssues(file, outcome, limitMs));
  if (outcome.kind === 'failed') return done({}, hclErrors(file, outcome.message), ms);
  if (!isRecord(outcome.body))
    return done(
      {},
      [{ level: 'error', location: { file, line: 1 }, message: 'cannot parse: no HCL body' }],
      ms,
    );
  return done(outcome.body, [], ms);
};

const bodyLines = (node: TreeNode): BodyLines => {
  const attributes = new Map<string, number>();
  const blocks: BlockLines[] = [];
  if (node.type === 'map')
    for (const [key, entry] of node.entries) {
      attributes.set(key, entry.keyLine);
      const items = entry.value.type === 'seq' ? entry.value.items : [];
      for (const item of items)
        if (item.type === 'map')
          blocks.push({ type: key, labels: [], line: item.line, body: bodyLines(item) });
      if (key === 'dynamic' && entry.value.type === 'map')
        for (const [name, spec] of entry.value.entries)
          for (const item of spec.value.type === 'seq' ? spec.value.items : [spec.value])
            blocks.push({ type: 'dynamic', labels: [name], line: item.line, body: dynamicLines(item) });
    }
  return { attributes, blocks };
};

const dynamicLines = (node: TreeNode): BodyLines => {
  const lines = bodyLines(node);
  const content = node.type === 'map' ? node.entries.get('content')?.value : undefined;
  if (content?.type !== 'map') return lines;
  return {
    attributes: lines.attributes,
    blocks: [...lines.blocks, { type: 'content', labels: [], line: content.line, body: bodyLines(content) }],
  };
};

/** The top-level blocks of a `.tf.json` tree: two labels for resources and data, one for the others. */
const jsonBlocks = (tree: TreeNode): BlockLines[] => {
  const blocks: BlockLines[] = [];
  if (tree.type !== 'map') return blocks;
  const each = (node: TreeNode, fn: (item: TreeNode) => void) =>
    node.type === 'seq' ? node.items.forEach(fn) : fn(node);
  for (const [type, entry] of tree.entries) {
    const depth =
      type === 'resource' || type === 'data' ? 2 : type === 'locals' || type === 'terraform' ? 0 : 1;
    const walk = (node: TreeNode, labels: string[]) => {
      if (labels.length === depth) {
        each(node, (item) => blocks.push({ type, labels, line: item.line, body: bodyLines(item) }));
        return;
      }
      if (node.type === 'map')
        for (const [label, inner] of node.entries) walk(inner.value, [...labels, label]);
    };
    walk(entry.value, []);
  }
  return blocks;
};

/** Parses a `.tf.json` file (Terraform's JSON syntax). */
export const parseTfJson = (file: string, text: string): TfFile => {
  const started = performance.now();
  const { documents, issues } = parseYaml(text);
  const tree = documents[0]?.tree;
  const located: InputIssue[] = issues.slice(0, MAX_ERRORS_PER_FILE).map((i) => ({
    level: 'error',
    location: { file, line: i.line },
    message: `cannot parse: ${i.message}`,
  }));
  if (located.length === 0 && tree?.type !== 'map')
    located.push({ level: 'error', location: { file, line: 1 }, message: 'cannot parse: not a JSON object' });
  const plain = located.length === 0 && tree ? toPlain(tree) : {};
  const parseMs = performance.now() - started;
  return {
    file,
    body: isRecord(plain) ? plain : {},
    blocks: located.length === 0 && tree ? jsonBlocks(tree) : [],
    json: true,
    issues: [...located, ...slowWarning(file, parseMs)],
    parseMs,
  };
};

/** Parses a `.tf` or `.tf.json` file, by its name; `options` apply to `.tf` files. */
export const parseTfFile = (file: string, text: string, options: ParseHclOptions = {}): Promise<TfFile> =>
  file.toLowerCase().endsWith('.json')
    ? Promise.resolve(parseTfJson(file, text))
    : parseHcl(file, text, options);
