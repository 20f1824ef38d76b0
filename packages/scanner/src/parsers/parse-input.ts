import type { InputIssue } from '../inputs/input-issue.js';
import { looksLikeSnapshotJson, MAX_INPUT_BYTES } from '../inputs/read-input.js';
import type { Resource } from '../model/resource.js';
import { adaptTemplate } from './cloudformation/adapt-template.js';
import { cloudFormationTags, normalizeShortForm } from './cloudformation/tags.js';
import { isCloudFormation } from './cloudformation/template.js';
import { jsonTree } from './json/json-tree.js';
import { parseJsonSlice } from './json/json-value.js';
import { readJson } from './json/read-json.js';
import { adaptManifests, isKubernetesObject } from './kubernetes/adapt-manifest.js';
import { looksLikeManifests, SKIM_MIN_CHARS, skimManifests } from './kubernetes/manifest-skim.js';
import { adaptSnapshot, isSnapshot, isSnapshotValue } from './snapshot/adapt-snapshot.js';
import { isItemListPath, jsonSource, treeSource } from './snapshot/snapshot-source.js';
import { adaptPlan, isTerraformPlan } from './terraform/plan.js';
import { firstTemplateAction, TEMPLATE_MESSAGE } from './yaml/go-template.js';
import { parseYaml, type YamlIssue } from './yaml/parse-yaml.js';
import type { TreeNode } from './yaml/tree.js';

export type InputFormat =
  | 'cloudformation'
  | 'kubernetes'
  | 'snapshot'
  | 'terraform'
  | 'terraform-plan'
  | 'unrecognized';

export interface ParsedInput {
  readonly format: InputFormat;
  readonly resources: readonly Resource[];
  readonly issues: readonly InputIssue[];
}

/**
 * Syntax errors reported per file; past this many, the last one listed says how many more there are. Each
 * error is one result, so the count a report gives is the count it lists: a line of its own for the rest
 * would be counted as one more error.
 */
const MAX_ERRORS_PER_FILE = 10;

/**
 * From this size (any), a JSON snapshot that starts with its marker (as `nimbus collect` writes it) is read by
 * the JSON reader instead of the YAML reader's tree, which costs a node object per value: that keeps large
 * accounts within time and memory, and reads a small one about five times faster (a 115 KB snapshot: 40 ms
 * instead of 200 ms). Both give the same resources, lines and problems (fast-path.test.ts holds them to it).
 * Other texts, and snapshots written another way (YAML), go through the YAML reader.
 */
export const FAST_JSON_MIN_CHARS = 0;

export interface ParseInputOptions {
  /** Overrides FAST_JSON_MIN_CHARS (tests compare both readers; Infinity forces the YAML reader). */
  readonly fastJsonMinChars?: number;
}

/**
 * A JSON snapshot, read with JSON.parse and a line index. Undefined for anything else, which the YAML
 * reader then reads as before; a text that starts like a snapshot but is not valid JSON is reported here.
 */
const parseJsonSnapshot = (file: string, text: string): ParsedInput | undefined => {
  if (!looksLikeSnapshotJson(text)) return undefined;
  const read = readJson(text, { lazy: isItemListPath });
  if ('problem' in read)
    return {
      format: 'unrecognized',
      resources: [],
      issues: [
        { level: 'error', location: { file, line: read.line }, message: `cannot parse: ${read.problem}` },
      ],
    };
  if (!isSnapshotValue(read.value)) return undefined;
  const adapted = adaptSnapshot(jsonSource(read.value, read.lines), file);
  return { format: 'snapshot', resources: adapted.resources, issues: adapted.issues };
};

/** A text that is JSON as a whole: strict JSON reads it (json-tree.ts); anything else goes to the YAML parser. */
const looksLikeJson = (text: string): boolean => /^\uFEFF?\s*[[{]/.test(text.slice(0, 256));

/**
 * The documents of a text: JSON read as JSON when it is strict JSON, else by the YAML parser (which reads both, and
 * says best what is wrong). A text over the YAML parser's size (a large plan, read as JSON only) that is not JSON,
 * or JSON past a limit, is reported as it is.
 */
export const parseDocuments = (text: string): ReturnType<typeof parseYaml> => {
  if (looksLikeJson(text)) {
    const read = jsonTree(text);
    if ('tree' in read) return { documents: [{ tree: read.tree, line: read.tree.line }], issues: [] };
    if (!read.syntax) return { documents: [], issues: [{ message: read.problem, line: read.line }] };
    if (text.length > MAX_INPUT_BYTES) {
      const parsed = parseJsonSlice(text);
      const issue = 'problem' in parsed ? parsed : read;
      return { documents: [], issues: [{ message: issue.problem, line: issue.line }] };
    }
  }
  return parseYaml(text, { customTags: cloudFormationTags, onTag: normalizeShortForm });
};

/** The parser's errors as input errors, at most MAX_ERRORS_PER_FILE, the last of them counting the rest. */
const parseErrors = (file: string, yamlIssues: readonly YamlIssue[]): InputIssue[] =>
  yamlIssues.slice(0, MAX_ERRORS_PER_FILE).map((issue, i) => {
    const more = i === MAX_ERRORS_PER_FILE - 1 ? yamlIssues.length - MAX_ERRORS_PER_FILE : 0;
    return {
      level: 'error',
      location: { file, line: issue.line },
      message: `cannot parse: ${issue.message}${more > 0 ? ` (and ${more} more parse errors in this file, not listed)` : ''}`,
    };
  });

/**
 * A text that fails to parse because it is a Helm or Go template gives one warning, at its first template
 * action, instead of the parser's cascade of errors and exit code 2: a chart is not a mistake, it is not YAML
 * until rendered. Only when an action stands before (or on the line of) the first error, so it can be the
 * cause; a file that parses despite `{{` in a value is read as usual, and a broken file whose `{{` come after
 * its first error keeps its errors.
 */
const templateWarning = (
  file: string,
  text: string,
  yamlIssues: readonly YamlIssue[],
): InputIssue | undefined => {
  const line = firstTemplateAction(text);
  const firstError = yamlIssues.reduce((min, i) => Math.min(min, i.line), Number.POSITIVE_INFINITY);
  if (line === undefined || line > firstError) return undefined;
  return { level: 'warning', location: { file, line }, message: TEMPLATE_MESSAGE };
};

/**
 * Parses one input text (YAML or JSON: the YAML parser reads both, with line numbers) and adapts what it
 * declares into the model. CloudFormation templates and Kubernetes manifests are recognized by content; any
 * other YAML or JSON is `unrecognized` and skipped. JSON snapshots take a faster reader that gives the same
 * resources and lines. Pure: never reads files, never throws for bad input.
 */
export const parseInput = (file: string, text: string, options: ParseInputOptions = {}): ParsedInput => {
  if (text.length >= (options.fastJsonMinChars ?? FAST_JSON_MIN_CHARS)) {
    const snapshot = parseJsonSnapshot(file, text);
    if (snapshot) return snapshot;
  }
  // A large bundle of manifests: the documents of kinds no check reads are not parsed (manifest-skim.ts).
  const skim =
    text.length >= SKIM_MIN_CHARS && looksLikeManifests(text) ? skimManifests(text, file) : undefined;
  // A text over the usual limit is read only for the documents it keeps (a bundle let in by read-input.ts).
  const kept = skim?.keptChars ?? text.length;
  if (text.length > MAX_INPUT_BYTES && kept > MAX_INPUT_BYTES && !looksLikeJson(text))
    return {
      format: 'unrecognized',
      resources: [],
      issues: [
        {
          level: 'error',
          location: { file, line: 1 },
          message: `the documents the checks read make ${(kept / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit: not scanned; split the file`,
        },
      ],
    };
  const { documents, issues: yamlIssues } = parseDocuments(skim?.text ?? text);
  const template = yamlIssues.length > 0 ? templateWarning(file, text, yamlIssues) : undefined;
  if (template) return { format: 'unrecognized', resources: [], issues: [template] };
  const issues = parseErrors(file, yamlIssues);
  const first = documents[0]?.tree;
  if (documents.length === 1 && isTerraformPlan(first)) {
    const adapted = adaptPlan(file, first);
    return { format: 'terraform-plan', resources: adapted.resources, issues: [...issues, ...adapted.issues] };
  }
  if (documents.length === 1 && isSnapshot(first)) {
    const adapted = adaptSnapshot(treeSource(first), file);
    return { format: 'snapshot', resources: adapted.resources, issues: [...issues, ...adapted.issues] };
  }
  if (documents.length === 1 && isCloudFormation(first)) {
    const adapted = adaptTemplate(first, file);
    return { format: 'cloudformation', resources: adapted.resources, issues: [...issues, ...adapted.issues] };
  }
  const manifests = documents.flatMap((doc): TreeNode[] => (isKubernetesObject(doc.tree) ? [doc.tree!] : []));
  if (manifests.length === 0 && !skim) return { format: 'unrecognized', resources: [], issues };
  const adapted = adaptManifests(manifests, file, skim?.skipped);
  return { format: 'kubernetes', resources: adapted.resources, issues: [...issues, ...adapted.issues] };
};
