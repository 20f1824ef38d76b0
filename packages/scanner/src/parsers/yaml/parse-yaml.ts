import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  type Tags,
} from 'yaml';
import type { ScalarValue, TreeEntry, TreeNode } from './tree.js';

/** Limits that keep hostile or broken input from exhausting memory, stack or time. */
export const YAML_LIMITS = {
  /** Alias dereferences per document (the `yaml` package's own default is 100). */
  maxAliases: 100,
  /** Nesting depth of maps and sequences; real templates and manifests stay under 30. */
  maxDepth: 64,
  /** Nodes per document, aliases expanded. */
  maxNodes: 1_000_000,
} as const;

export interface YamlIssue {
  readonly message: string;
  readonly line: number;
}

export interface ParsedDocument {
  /** Absent for an empty document (`---` with nothing after it). */
  readonly tree?: TreeNode;
  readonly line: number;
}

export interface ParseYamlOptions {
  /** Extra tags the parser should accept (CloudFormation's short-form intrinsics). */
  readonly customTags?: Tags;
  /** Rewrites a node that carries an explicit tag (`!Ref Name` becomes `{Ref: Name}`). */
  readonly onTag?: (tag: string, node: TreeNode) => TreeNode;
}

export interface ParseYamlResult {
  readonly documents: readonly ParsedDocument[];
  /** Syntax errors and limit violations, each with its line; a document with one is left out. */
  readonly issues: readonly YamlIssue[];
}

class LimitError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * YAML 1.1 reads `y` and `n` as booleans, which neither CloudFormation nor most people expect (`[x, y, z]`).
 * The other 1.1 booleans (yes/no, on/off) stay, as in CloudFormation and kubectl.
 */
const withoutSingleLetterBooleans = (tag: Tags[number]): Tags[number] => {
  if (typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:bool' || !('test' in tag) || !tag.test)
    return tag;
  const test = new RegExp(tag.test.source.replace(/^\^\(\?:[YN]\|[yn]\|/, '^(?:'));
  return { ...tag, test };
};

const firstLine = (message: string) =>
  /Maximum call stack/.test(message)
    ? 'document is nested too deeply'
    : message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

/**
 * Parses every document of a YAML (or JSON) text into line-annotated trees. YAML 1.1 rules apply, as in
 * CloudFormation and kubectl (`yes`/`no` are booleans, `<<` merges). Never throws for bad input.
 */
export const parseYaml = (text: string, options: ParseYamlOptions = {}): ParseYamlResult => {
  const lineCounter = new LineCounter();
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  const issues: YamlIssue[] = [];
  const documents: ParsedDocument[] = [];
  let parsed: ReturnType<typeof parseAllDocuments>;
  try {
    parsed = parseAllDocuments(text, {
      lineCounter,
      version: '1.1',
      customTags: (tags) => [...tags.map(withoutSingleLetterBooleans), ...(options.customTags ?? [])],
      uniqueKeys: true,
    });
  } catch (err) {
    const message = err instanceof RangeError ? 'document is nested too deeply' : (err as Error).message;
    return { documents, issues: [{ message, line: 1 }] };
  }
  const list = (Array.isArray(parsed) ? parsed : []) as Document.Parsed[];
  for (const doc of list) {
    const docLine = lineOf(doc.range?.[0]);
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        issues.push({ message: firstLine(e.message), line: e.linePos?.[0].line ?? docLine });
      continue;
    }
    if (!doc.contents) {
      documents.push({ line: docLine });
      continue;
    }
    try {
      documents.push({ tree: convert(doc, lineOf, options), line: lineOf(doc.contents.range?.[0]) });
    } catch (err) {
      if (err instanceof LimitError) issues.push({ message: err.message, line: err.line });
      else if (err instanceof RangeError)
        issues.push({ message: 'document is nested too deeply', line: docLine });
      else throw err;
    }
  }
  return { documents, issues };
};

const scalarValue = (value: unknown): ScalarValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
};

const convert = (
  doc: Document.Parsed,
  lineOf: (offset: number | undefined) => number,
  options: ParseYamlOptions,
): TreeNode => {
  let aliases = 0;
  let nodes = 0;
  const walk = (node: Node | null | undefined, depth: number, fallbackLine: number): TreeNode => {
    if (!node) return { type: 'scalar', line: fallbackLine, value: null };
    const line = lineOf(node.range?.[0]) || fallbackLine;
    if (++nodes > YAML_LIMITS.maxNodes)
      throw new LimitError(`document has more than ${YAML_LIMITS.maxNodes} nodes`, line);
    if (depth > YAML_LIMITS.maxDepth)
      throw new LimitError(`document is nested deeper than ${YAML_LIMITS.maxDepth} levels`, line);
    if (isAlias(node)) {
      if (++aliases > YAML_LIMITS.maxAliases)
        throw new LimitError(
          `more than ${YAML_LIMITS.maxAliases} alias references: refused as a possible alias bomb`,
          line,
        );
      const target = (node as Alias).resolve(doc);
      if (!target) throw new LimitError(`unresolved alias *${(node as Alias).source}`, line);
      return walk(target, depth + 1, line);
    }
    let out: TreeNode;
    if (isMap(node)) {
      const entries = new Map<string, TreeEntry>();
      const merges: TreeNode[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        // Keys keep their text: under YAML 1.1 rules `on:` or `no:` would otherwise become "true" / "false".
        const keyValue = isScalar(keyNode) ? keyNode.value : keyNode ? '[complex key]' : '';
        const keySource = isScalar(keyNode) ? (keyNode as { source?: unknown }).source : undefined;
        const key =
          typeof keyValue === 'symbol'
            ? '<<'
            : typeof keyValue === 'string'
              ? keyValue
              : typeof keySource === 'string'
                ? keySource
                : String(scalarValue(keyValue));
        const value = walk(pair.value as Node | null, depth + 1, lineOf(keyNode?.range?.[0]) || line);
        if (key === '<<' && (isAlias(pair.value) || value.type !== 'scalar')) {
          merges.push(value);
          continue;
        }
        entries.set(key, { keyLine: lineOf(keyNode?.range?.[0]) || line, value });
      }
      // Merge keys (`<<: *base`): explicit keys win, then earlier merged maps.
      for (const merged of merges) {
        const sources = merged.type === 'seq' ? merged.items : [merged];
        for (const source of sources)
          if (source.type === 'map')
            for (const [k, e] of source.entries) if (!entries.has(k)) entries.set(k, e);
      }
      out = { type: 'map', line, entries };
    } else if (isSeq(node)) {
      out = {
        type: 'seq',
        line,
        items: node.items.map((item) => walk(item as Node | null, depth + 1, line)),
      };
    } else if (isScalar(node)) {
      // A YAML 1.1 timestamp keeps the text it was written as: `2027-02-30` must not become March 2nd.
      const written = node.value instanceof Date && typeof node.source === 'string' ? node.source : undefined;
      out = { type: 'scalar', line, value: written ?? scalarValue(node.value) };
    } else {
      out = { type: 'scalar', line, value: null };
    }
    const tag = node.tag;
    if (tag?.startsWith('!') && !tag.startsWith('!!') && options.onTag) return options.onTag(tag, out);
    return out;
  };
  return walk(doc.contents, 0, 1);
};
