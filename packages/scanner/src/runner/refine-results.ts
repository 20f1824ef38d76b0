import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NimbusError } from '@nimbus/core';
import type { InputIssue } from '../inputs/input-issue.js';
import type { Resource } from '../model/resource.js';
import { applySuppressions, resourceKey } from '../suppressions/apply.js';
import { CONFIG_FILE, parseScanConfig, type ScanConfig } from '../suppressions/config.js';
import { applyBaseline, type Baseline } from './baseline.js';
import type { InlineComments } from './inline-comments.js';
import type { ScanResult } from './result.js';

/**
 * Reads `.nimbus.yaml` from `file` (relative to `cwd`), or from the working directory when `file` is undefined
 * and it exists there; `null` disables it. An invalid file stops the scan with every problem and its line.
 */
export const loadScanConfig = async (
  cwd: string,
  file: string | null | undefined,
): Promise<ScanConfig | undefined> => {
  if (file === null) return undefined;
  const path = resolve(cwd, file ?? CONFIG_FILE);
  const shown = file ?? CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (file === undefined && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const { config, issues } = parseScanConfig(shown, text);
  if (!config)
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `${shown} is not valid:\n${issues.map((i) => `  ${i.location.file}:${i.location.line}: ${i.message}`).join('\n')}`,
      { file: shown, issues: issues.map((i) => ({ line: i.location.line, message: i.message })) },
    );
  return config;
};

/**
 * Suppressions (config entries and the inline comments the scan noted as it read its files), then the baseline:
 * what a scan reports after its checks ran. The order of the results is kept.
 */
export const refineResults = (
  results: readonly ScanResult[],
  resources: readonly Resource[],
  options: { comments: InlineComments; config?: ScanConfig; baseline?: Baseline; today: string },
): {
  results: ScanResult[];
  warnings: InputIssue[];
  baseline?: { file: string; unchanged: number };
} => {
  const { inline, warnings } = options.comments.forResults(results);
  // Only inline comments use the resources' lines: index just the files that have some (often none).
  const resourceLines = new Map(
    resources
      .filter((r) => inline.has(r.location.file))
      .map((r) => [resourceKey(r.location.file, r.address), r.location.line]),
  );
  const suppressed = applySuppressions(results, {
    ...(options.config ? { config: options.config } : {}),
    inline,
    resourceLines,
    today: options.today,
  });
  warnings.push(...suppressed.warnings);
  if (!options.baseline) return { results: suppressed.results, warnings };
  const { results: kept, unchanged } = applyBaseline(suppressed.results, options.baseline);
  return { results: kept, warnings, baseline: { file: options.baseline.file, unchanged } };
};
