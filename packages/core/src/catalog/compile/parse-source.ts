import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { ValidationIssue } from '../../errors/validation-issue.js';
import { MAX_SOURCE_BYTES, type SourceFile } from './source-file.js';

export type PathSegment = string | number;

/** Renders a path as `groups[2].controls[0].id`. */
export const formatPath = (path: readonly PathSegment[]): string =>
  path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
    '',
  );

/** A parsed file that can say on which line a value sits, for precise messages. */
export interface ParsedSource<T> {
  readonly file: string;
  readonly data: T;
  readonly lineOf: (path: readonly PathSegment[]) => number | undefined;
}

export interface IssueSink {
  readonly issues: ValidationIssue[];
  add(
    file: string,
    path: readonly PathSegment[] | string,
    code: ValidationIssue['code'],
    message: string,
    line?: number,
  ): void;
}

export const createIssueSink = (): IssueSink => {
  const issues: ValidationIssue[] = [];
  return {
    issues,
    add(file, path, code, message, line) {
      const where = typeof path === 'string' ? path : formatPath(path);
      issues.push(line ? { code, file, path: where, message, line } : { code, file, path: where, message });
    },
  };
};

const locate = (doc: ReturnType<typeof parseDocument>, counter: LineCounter) => {
  return (path: readonly PathSegment[]): number | undefined => {
    let node: unknown = doc.contents;
    for (const seg of path) {
      if (isMap(node)) node = node.get(seg, true);
      else if (isSeq(node) && typeof seg === 'number') node = node.get(seg, true);
      else break;
    }
    const range = (node as YamlNode | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
};

/** zod's message, said the way a person editing the file needs it. */
const describeIssue = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `missing: add this required field (${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`})`;
  }
  if (issue.code === 'unrecognized_keys')
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or fix the name`;
  return issue.message;
};

/** Parses YAML and validates it against a zod schema; every problem becomes an issue, none throws. */
export const parseSource = <S extends z.ZodType>(
  source: SourceFile,
  schema: S,
  sink: IssueSink,
): ParsedSource<z.infer<S>> | undefined => {
  if (source.text.length > MAX_SOURCE_BYTES) {
    sink.add(source.path, '', 'syntax', `file is larger than ${MAX_SOURCE_BYTES} bytes`);
    return undefined;
  }
  const counter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = counter.linePos(err.pos[0]).line;
      sink.add(source.path, '', 'syntax', err.message.split('\n')[0] ?? 'invalid YAML', line);
    }
    return undefined;
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    sink.add(source.path, '', 'syntax', err instanceof Error ? err.message : 'invalid YAML');
    return undefined;
  }
  const lineOf = locate(doc, counter);
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
      sink.add(source.path, path, 'schema', describeIssue(issue), lineOf(path));
    }
    return undefined;
  }
  return { file: source.path, data: result.data, lineOf };
};
