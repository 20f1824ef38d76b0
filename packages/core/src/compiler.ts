// Compiler entry of @nimbus/core: zod schemas of the catalog data files and the compiler that validates them.
// Kept apart from index.ts because zod and yaml cost ~80 ms to load (ADR-0002).
export { type CompileResult, compileCatalog } from './catalog/compile/compile-catalog.js';
export { formatPath } from './catalog/compile/parse-source.js';
export { classifySource, MAX_SOURCE_BYTES, type SourceFile } from './catalog/compile/source-file.js';
export * from './catalog/schemas/check-links-file.js';
export * from './catalog/schemas/framework-file.js';
export * from './catalog/schemas/guidance-file.js';
export * from './catalog/schemas/mapping-file.js';
