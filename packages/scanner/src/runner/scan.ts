import type { Check } from '../checks/check.js';
import { builtinChecks } from '../checks/registry.js';
import { type ControlLinks, loadControlLinks } from '../controls/control-links.js';
import { type CollectedFile, collectInputs } from '../inputs/collect-inputs.js';
import type { InputIssue } from '../inputs/input-issue.js';
import { readInput } from '../inputs/read-input.js';
import type { Resource } from '../model/resource.js';
import { linkKubernetes } from '../parsers/kubernetes/link.js';
import { type InputFormat, type ParsedInput, parseInput } from '../parsers/parse-input.js';
import { nodeTerraformIo } from '../parsers/terraform/load-module.js';
import { isTerraformInput, scanTerraform } from '../parsers/terraform/scan-terraform.js';
import type { Baseline } from './baseline.js';
import { InlineComments } from './inline-comments.js';
import { mergeSorted } from './merge-sorted.js';
import { loadScanConfig, refineResults } from './refine-results.js';
import { type CheckRun, INPUT_CHECK_ID, type ScanResult } from './result.js';
import { compareResults, runChecks } from './run-checks.js';
import { narrowChecks, selectChecks } from './select-checks.js';

export interface ScanOptions {
  /** Files and folders, relative to `cwd`. */
  readonly paths: readonly string[];
  readonly cwd: string;
  /** Run only these check ids (all when empty). */
  readonly checks?: readonly string[];
  readonly skipChecks?: readonly string[];
  /** Defaults to the built-in checks. */
  readonly registry?: readonly Check[];
  /** Defaults to catalog/checks/iso27017-2015.yaml. */
  readonly links?: ControlLinks;
  readonly now?: () => Date;
  /** Run only checks linked to these ISO/IEC 27017:2015 controls. */
  readonly controls?: readonly string[];
  /** Run only checks of these providers (`aws`, `kubernetes`, ...). */
  readonly providers?: readonly string[];
  /** `.nimbus.yaml` to read, relative to `cwd`; by default the one in `cwd` if any; `null` for none. */
  readonly configFile?: string | null;
  /** An earlier scan: its failures are left out, so only new ones are reported. */
  readonly baseline?: Baseline;
  /** Called as the scan goes: each file read, the Terraform folders, the checks. */
  readonly onProgress?: (progress: ScanProgress) => void;
}

export interface ScanProgress {
  readonly phase: 'files' | 'terraform' | 'checks';
  readonly done: number;
  readonly total: number;
}

export interface ScanReport {
  readonly scannedAt: string;
  /** Framework of the control ids in results. */
  readonly framework: string;
  readonly files: {
    readonly scanned: number;
    /** Files by recognized format; a file that failed to parse before anything was recognized is not counted. */
    readonly byFormat: Readonly<Record<InputFormat, number>>;
    /** Files that could not be read or parsed, wholly or in part (each has `error` results). */
    readonly failed: number;
  };
  readonly resources: number;
  /** The checks that ran, in id order, with their metadata. */
  readonly checks: readonly Check[];
  readonly runs: readonly CheckRun[];
  readonly results: readonly ScanResult[];
  /** With `--baseline`: the earlier report, and how many of its failures were found again and left out. */
  readonly baseline?: { readonly file: string; readonly unchanged: number };
  /** Inputs skipped on purpose (symbolic links, Helm templates) or adapted with a remark. */
  readonly warnings: readonly InputIssue[];
}

/**
 * Reads and parses one file, and notes its `nimbus:ignore` comments, in a function of its own so that the text is
 * released once parsed: a suspended async function keeps its locals, and a large snapshot's text would otherwise
 * stay in memory for the whole scan.
 */
const readAndParse = async (
  file: CollectedFile,
  comments: InlineComments,
): Promise<ParsedInput | { readonly problem: string }> => {
  const read = await readInput(file.path, { largeSnapshots: true });
  if ('problem' in read) return read;
  comments.note(file.display, read.text);
  return parseInput(file.display, read.text);
};

/**
 * Scans files and folders: collects the inputs, parses each into the model (a file that cannot be read or
 * parsed becomes an `error` result and the scan goes on), links the model and runs the selected checks.
 */
export const scan = async (options: ScanOptions): Promise<ScanReport> => {
  const checks = selectChecks(options.registry ?? builtinChecks(), options.checks, options.skipChecks);
  const links = options.links ?? loadControlLinks();
  const narrowed = narrowChecks(checks, { ...options, controlsOf: links.controlsOf });
  const config = await loadScanConfig(options.cwd, options.configFile);
  const scannedAt = (options.now?.() ?? new Date()).toISOString();
  const { files, issues: walkIssues } = await collectInputs(options.paths, options.cwd);
  const byFormat: Record<InputFormat, number> = {
    cloudformation: 0,
    kubernetes: 0,
    snapshot: 0,
    terraform: 0,
    'terraform-plan': 0,
    unrecognized: 0,
  };
  const issues: InputIssue[] = [...walkIssues];
  const parsed: Resource[] = [];
  // Each file is read once: its inline comments are noted then, for the suppressions applied after the checks.
  const comments = new InlineComments();
  let failed = 0;
  const perFile = files.filter((f) => !isTerraformInput(f.path)).length;
  let readFiles = 0;
  for (const file of files) {
    if (isTerraformInput(file.path)) continue;
    options.onProgress?.({ phase: 'files', done: readFiles++, total: perFile });
    const input = await readAndParse(file, comments);
    if ('problem' in input) {
      failed++;
      issues.push({ level: 'error', location: { file: file.display, line: 1 }, message: input.problem });
      continue;
    }
    const broken = input.issues.some((i) => i.level === 'error');
    if (broken) failed++;
    if (!(broken && input.format === 'unrecognized')) byFormat[input.format]++;
    // One by one: spreading hundreds of thousands of arguments overflows the stack.
    for (const r of input.resources) parsed.push(r);
    issues.push(...input.issues);
  }
  // Terraform is read by folder (a module spans files), after the per-file inputs.
  const tfFiles = files.length - perFile;
  if (tfFiles > 0) options.onProgress?.({ phase: 'terraform', done: 0, total: tfFiles });
  const terraform = await scanTerraform(
    files.filter((f) => isTerraformInput(f.path)),
    options.cwd,
    comments.watch(nodeTerraformIo(options.cwd)),
  );
  byFormat.terraform += terraform.files;
  failed += terraform.failed;
  for (const r of terraform.resources) parsed.push(r);
  issues.push(...terraform.issues);
  const resources = linkKubernetes(parsed);
  options.onProgress?.({ phase: 'checks', done: 0, total: resources.length });
  const ran = runChecks(resources, narrowed, links.controlsOf);
  const { runs } = ran;
  const refined = refineResults(ran.results, resources, {
    comments,
    ...(config ? { config } : {}),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    today: scannedAt.slice(0, 10),
  });
  // runChecks sorted the results and refining keeps their order: the input errors are merged in, not re-sorted.
  const inputErrors: ScanResult[] = issues
    .filter((i) => i.level === 'error')
    .map(
      (i): ScanResult => ({
        checkId: INPUT_CHECK_ID,
        status: 'error',
        location: i.location,
        message: i.message,
        controls: [],
      }),
    )
    .sort(compareResults);
  return {
    scannedAt,
    framework: links.framework,
    files: { scanned: files.length, byFormat, failed },
    resources: resources.length,
    checks: narrowed,
    runs,
    results: mergeSorted(inputErrors, refined.results, compareResults),
    ...(refined.baseline ? { baseline: refined.baseline } : {}),
    warnings: [...issues.filter((i) => i.level === 'warning'), ...refined.warnings],
  };
};
