import { z } from 'zod';
import type { InputIssue } from '../inputs/input-issue.js';
import { parseYaml } from '../parsers/yaml/parse-yaml.js';
import { type TreeNode, toPlain } from '../parsers/yaml/tree.js';

/** The scanner's configuration file, looked up in the working directory. */
export const CONFIG_FILE = '.nimbus.yaml';

const IsoDate = z.iso.date({
  error: (issue) =>
    issue.input === undefined
      ? 'required: the date after which it stops suppressing, as YYYY-MM-DD'
      : 'not a calendar date as YYYY-MM-DD',
});

const Entry = z.strictObject({
  check: z.string().min(1, 'name the check id').max(100),
  resource: z.string().min(1).max(500).optional(),
  file: z.string().min(1).max(1000).optional(),
  reason: z.string().trim().min(10, 'say why, in at least 10 characters: an auditor will read it').max(500),
  expires: IsoDate,
});

const ConfigFile = z.strictObject({
  suppressions: z.array(Entry).max(10_000).default([]),
});

export interface SuppressionEntry {
  readonly check: string;
  readonly resource?: string;
  readonly file?: string;
  readonly reason: string;
  readonly expires: string;
  /** Where the entry is, for messages and for the suppression shown on results. */
  readonly line: number;
}

export interface ScanConfig {
  readonly file: string;
  readonly suppressions: readonly SuppressionEntry[];
}

const lineAt = (tree: TreeNode | undefined, path: readonly PropertyKey[]): number => {
  let node = tree;
  let line = tree?.line ?? 1;
  for (const key of path) {
    if (!node) break;
    if (node.type === 'map') {
      const entry = node.entries.get(String(key));
      line = entry?.keyLine ?? line;
      node = entry?.value;
    } else if (node.type === 'seq' && typeof key === 'number') {
      node = node.items[key];
      line = node?.line ?? line;
    } else break;
  }
  return line;
};

/**
 * Reads `.nimbus.yaml`: suppressions, each with a check id, optional resource and file globs, a reason and an
 * expiry date. A file that is not valid gives `error` issues with their lines (the scan stops: a suppression
 * that silently does not apply, or applies too widely, is worse than no scan).
 */
export const parseScanConfig = (
  file: string,
  text: string,
): { config?: ScanConfig; issues: InputIssue[] } => {
  const { documents, issues: yamlIssues } = parseYaml(text);
  if (yamlIssues.length > 0)
    return {
      issues: yamlIssues.map((i) => ({
        level: 'error',
        location: { file, line: i.line },
        message: `cannot parse: ${i.message}`,
      })),
    };
  if (documents.length > 1)
    return {
      issues: [{ level: 'error', location: { file, line: 1 }, message: 'one YAML document expected' }],
    };
  const tree = documents[0]?.tree;
  const parsed = ConfigFile.safeParse(tree ? toPlain(tree) : {});
  if (!parsed.success)
    return {
      issues: parsed.error.issues.map((i) => ({
        level: 'error' as const,
        location: { file, line: lineAt(tree, i.path) },
        message: `${i.path.join('.') || '(root)'}: ${i.message}`,
      })),
    };
  return {
    config: {
      file,
      suppressions: parsed.data.suppressions.map((s, index) => ({
        ...s,
        line: lineAt(tree, ['suppressions', index]),
      })),
    },
    issues: [],
  };
};
