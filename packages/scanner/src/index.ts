// Public entry of @nimbus/scanner: the model, the parsers, the checks, the runner and the output formats.
export type { Check, CheckMetadata, Finding, Remediation, Severity } from './checks/check.js';
export { SEVERITIES } from './checks/check.js';
export { builtinChecks } from './checks/registry.js';
export { validateChecks } from './checks/validate-checks.js';
export {
  CONTROL_LINKS_PATH,
  type ControlLinks,
  type ControlLinksFile,
  controlLinksFileSchema,
  loadControlLinks,
  parseControlLinks,
} from './controls/control-links.js';
export * from './formats/index.js';
export { uuidV5 } from './formats/uuid-v5.js';
export { collectInputs, MAX_INPUT_FILES, SCANNED_EXTENSIONS } from './inputs/collect-inputs.js';
export type { InputIssue } from './inputs/input-issue.js';
export { MAX_INPUT_BYTES } from './inputs/read-input.js';
export type * from './model/aws.js';
export type * from './model/kubernetes.js';
export { formatLocation, type SourceLocation } from './model/location.js';
export { RESOURCE_KINDS, type Resource, type ResourceKind } from './model/resource.js';
export { type Attr, isUnknown, Unknown } from './model/value.js';
export { linkKubernetes } from './parsers/kubernetes/link.js';
export { type InputFormat, type ParsedInput, parseInput } from './parsers/parse-input.js';
export { decodeDocument as decodePolicyDocument } from './parsers/snapshot/adapt-iam.js';
export { applyBaseline, type Baseline, parseBaseline } from './runner/baseline.js';
export { type ScanOutcome, scanOutcome } from './runner/outcome.js';
export * from './runner/result.js';
export { runChecks } from './runner/run-checks.js';
export { type ScanOptions, type ScanProgress, type ScanReport, scan } from './runner/scan.js';
export { narrowChecks, selectChecks } from './runner/select-checks.js';
export * from './snapshot/snapshot-schema.js';
export { ITEMS_PER_LINE_FROM, type SnapshotDocument, snapshotText } from './snapshot/snapshot-text.js';
export {
  CONFIG_FILE,
  parseScanConfig,
  type ScanConfig,
  type SuppressionEntry,
} from './suppressions/config.js';
