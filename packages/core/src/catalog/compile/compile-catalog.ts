import type { ValidationIssue } from '../../errors/validation-issue.js';
import { CATALOG_FORMAT_VERSION, type CompiledCatalog, type CompiledFramework } from '../model.js';
import { type CheckLinksFile, checkLinksFileSchema } from '../schemas/check-links-file.js';
import { baseFrameworkFileSchema, overlayFrameworkFileSchema } from '../schemas/framework-file.js';
import { guidanceFileSchema } from '../schemas/guidance-file.js';
import { type MappingFile, mappingFileSchema } from '../schemas/mapping-file.js';
import { compileCheckLinks } from './compile-check-links.js';
import { compileFramework } from './compile-framework.js';
import { baseIdentityMapping, compileMappings } from './compile-mappings.js';
import { compileOverlay, type OverlayInput } from './compile-overlay.js';
import { createIssueSink, type ParsedSource, parseSource } from './parse-source.js';
import { classifySource, type SourceFile } from './source-file.js';

export interface CompileResult {
  /** Present whenever the files could be assembled, even with issues; trust it only when `issues` is empty. */
  readonly catalog: CompiledCatalog;
  readonly issues: readonly ValidationIssue[];
  readonly fileCount: number;
}

/**
 * Validates every catalog data file and assembles the compiled catalog. Pure: the caller reads the files.
 * All problems are collected (schema, duplicates, dangling references, counts, guidance coverage), not the first.
 */
export const compileCatalog = (files: readonly SourceFile[]): CompileResult => {
  const sink = createIssueSink();
  const frameworks = new Map<string, CompiledFramework>();
  const overlayInputs = new Map<
    string,
    { framework?: OverlayInput['framework']; guidance: OverlayInput['guidance'] }
  >();
  const mappingFiles: ParsedSource<MappingFile>[] = [];
  const checkFiles: ParsedSource<CheckLinksFile>[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));

  for (const file of sorted) {
    const role = classifySource(file.path);
    switch (role.kind) {
      case 'framework': {
        const parsed = parseSource(file, baseFrameworkFileSchema, sink);
        if (!parsed) break;
        if (frameworks.has(parsed.data.id)) {
          sink.add(
            file.path,
            'id',
            'duplicate-id',
            `duplicate framework id "${parsed.data.id}"`,
            parsed.lineOf(['id']),
          );
          break;
        }
        frameworks.set(parsed.data.id, compileFramework(parsed, sink));
        break;
      }
      case 'overlay':
      case 'guidance': {
        const slot = overlayInputs.get(role.folder) ?? { guidance: [] };
        overlayInputs.set(role.folder, slot);
        if (role.kind === 'overlay') {
          const parsed = parseSource(file, overlayFrameworkFileSchema, sink);
          if (parsed) slot.framework = parsed;
        } else {
          const parsed = parseSource(file, guidanceFileSchema, sink);
          if (parsed) slot.guidance = [...slot.guidance, parsed];
        }
        break;
      }
      case 'mapping': {
        const parsed = parseSource(file, mappingFileSchema, sink);
        if (parsed) mappingFiles.push(parsed);
        break;
      }
      case 'checks': {
        const parsed = parseSource(file, checkLinksFileSchema, sink);
        if (parsed) checkFiles.push(parsed);
        break;
      }
      default:
        sink.add(
          file.path,
          '',
          'unknown-file',
          'not a framework, guidance or mapping file: move or remove it',
        );
    }
  }

  for (const [folder, input] of overlayInputs) {
    if (!input.framework) {
      if (input.guidance.length > 0) {
        sink.add(
          `frameworks/${folder}/framework.yaml`,
          '',
          'dangling-reference',
          'guidance files without a framework file',
        );
      }
      continue;
    }
    const id = input.framework.data.id;
    if (frameworks.has(id)) {
      sink.add(input.framework.file, 'id', 'duplicate-id', `duplicate framework id "${id}"`);
      continue;
    }
    const compiled = compileOverlay(
      { framework: input.framework, guidance: input.guidance },
      frameworks.get(input.framework.data.base),
      sink,
    );
    if (compiled) frameworks.set(id, compiled);
  }

  const mappings = compileMappings(mappingFiles, frameworks, sink);
  for (const fw of frameworks.values()) {
    const identity = baseIdentityMapping(fw);
    if (identity) mappings.push(identity);
  }
  const checkLinks = compileCheckLinks(checkFiles, frameworks, sink);

  return {
    // Standards first, reference-only id lists (CCM, NIST) last: the order every listing shows them in.
    catalog: {
      formatVersion: CATALOG_FORMAT_VERSION,
      frameworks: [...frameworks.values()].sort((a, b) => Number(a.referenceOnly) - Number(b.referenceOnly)),
      mappings,
      checkLinks,
    },
    issues: sink.issues,
    fileCount: files.length,
  };
};
