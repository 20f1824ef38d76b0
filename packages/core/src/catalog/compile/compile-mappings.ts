import type { CompiledFramework, CompiledMappingSet } from '../model.js';
import type { MappingFile } from '../schemas/mapping-file.js';
import type { IssueSink, ParsedSource } from './parse-source.js';

/** Checks each mapping row against the frameworks it joins and reports every dangling id and repeated row. */
export const compileMappings = (
  files: readonly ParsedSource<MappingFile>[],
  frameworks: ReadonlyMap<string, CompiledFramework>,
  sink: IssueSink,
): CompiledMappingSet[] => {
  const sets: CompiledMappingSet[] = [];
  const ids = new Set<string>();
  for (const { data, file, lineOf } of files) {
    if (ids.has(data.id))
      sink.add(file, 'id', 'duplicate-id', `duplicate mapping id "${data.id}"`, lineOf(['id']));
    ids.add(data.id);
    const expectedName = `mappings/${data.id}.yaml`;
    if (file !== expectedName)
      sink.add(file, 'id', 'schema', `file name must be ${expectedName}`, lineOf(['id']));
    const source = frameworks.get(data.source);
    const target = frameworks.get(data.target);
    for (const side of ['source', 'target'] as const) {
      if (!frameworks.has(data[side])) {
        sink.add(
          file,
          side,
          'dangling-reference',
          `framework "${data[side]}" is not in the catalog`,
          lineOf([side]),
        );
      }
    }
    if (!source || !target) continue;
    const sourceIds = new Set(source.controls.map((c) => c.id));
    const targetIds = new Set(target.controls.map((c) => c.id));
    const rows = new Set<string>();
    data.maps.forEach((row, i) => {
      const key = `${row.source}\u0000${row.target}`;
      if (rows.has(key)) {
        sink.add(
          file,
          ['maps', i],
          'duplicate-id',
          `${row.source} -> ${row.target} is listed twice`,
          lineOf(['maps', i]),
        );
      }
      rows.add(key);
      if (!sourceIds.has(row.source)) {
        const path = ['maps', i, 'source'];
        sink.add(
          file,
          path,
          'dangling-reference',
          `"${row.source}" is not a control of ${source.id}`,
          lineOf(path),
        );
      }
      if (!targetIds.has(row.target)) {
        const path = ['maps', i, 'target'];
        sink.add(
          file,
          path,
          'dangling-reference',
          `"${row.target}" is not a control of ${target.id}`,
          lineOf(path),
        );
      }
    });
    if (data.complete) {
      const mapped = new Set(data.maps.map((m) => m.source));
      const missing = source.controls.filter((c) => !mapped.has(c.id)).map((c) => c.id);
      if (missing.length > 0) {
        sink.add(
          file,
          'maps',
          'count-mismatch',
          `marked complete, but ${missing.length} control(s) of ${source.id} have no row: ${missing.join(', ')}`,
        );
      }
    }
    sets.push({
      id: data.id,
      source: data.source,
      target: data.target,
      provenance: data.provenance,
      reference: data.reference,
      generated: false,
      maps: data.maps,
    });
  }
  return sets;
};

/** A framework that extends a base adopts the base's controls: record that as an equal-to identity mapping. */
export const baseIdentityMapping = (framework: CompiledFramework): CompiledMappingSet | undefined => {
  if (!framework.base) return undefined;
  const slug = (id: string) => id.replace(':', '-');
  return {
    id: `${slug(framework.id)}--${slug(framework.base)}`,
    source: framework.id,
    target: framework.base,
    provenance: 'published',
    reference: `${framework.name} adopts the controls and numbering of ${framework.base}`,
    generated: true,
    maps: framework.controls
      .filter((c) => c.kind === 'iso27002')
      .map((c) => ({ source: c.id, relation: 'equal-to' as const, target: c.id })),
  };
};
