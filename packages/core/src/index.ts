// Runtime entry of @nimbus/core: the catalog model, queries and exports. It loads no zod and no YAML parser,
// so commands that only read the compiled catalog start fast (ADR-0002). The compiler is in ./compiler.ts.

export * from './assessment/progress.js';
export * from './assessment/result-rules.js';
export * from './assessment/vocabulary.js';
export * from './audit/canonical.js';
export { Catalog, type ControlFilter, DEFAULT_FRAMEWORK, type GroupRef } from './catalog/catalog.js';
export {
  buildControlView,
  type ControlCheckView,
  type ControlMappingView,
  type ControlView,
} from './catalog/control-view.js';
export type { MappingLink } from './catalog/mapping-links.js';
export * from './catalog/model.js';
export { restoreCatalog } from './catalog/restore.js';
export { CatalogSearch, type SearchHit } from './catalog/search.js';
export { compareIds, sortId } from './catalog/sort-id.js';
export { editDistance, suggest } from './catalog/suggest.js';
export * from './catalog/vocabulary.js';
export type * from './domain/types.js';
export { ERROR_CODES, type ErrorCode, isErrorCode } from './errors/codes.js';
export { isNimbusError, NimbusError } from './errors/nimbus-error.js';
export { formatIssue, type ValidationIssue, type ValidationIssueCode } from './errors/validation-issue.js';
export {
  INLINE_PREVIEW_TYPES,
  type InlinePreviewType,
  isInlinePreviewable,
  mediaType,
} from './evidence/inline-preview.js';
export { csvCell, toCsv } from './export/csv.js';
export { type ExportContext, NIMBUS_OSCAL_NS, OSCAL_VERSION } from './export/export-options.js';
export { toMarkdown } from './export/markdown.js';
export { toOscalCatalog } from './export/oscal-catalog.js';
export { oscalId } from './export/oscal-ids.js';
export { toOscalMappingCollection } from './export/oscal-mapping.js';
export { type ControlTableOptions, controlTable, type Table } from './export/table.js';
export * from './soa/build-soa.js';
export * from './tenancy/roles.js';
