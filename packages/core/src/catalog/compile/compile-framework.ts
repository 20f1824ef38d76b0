import type { CompiledControl, CompiledFramework, CompiledGroup } from '../model.js';
import type { BaseFrameworkFile, GroupEntry } from '../schemas/framework-file.js';
import type { IssueSink, ParsedSource, PathSegment } from './parse-source.js';

/** Turns a framework file with its own tree into the compiled form, reporting duplicate ids and counts. */
export const compileFramework = (
  parsed: ParsedSource<BaseFrameworkFile>,
  sink: IssueSink,
): CompiledFramework => {
  const { data, file, lineOf } = parsed;
  const controls: CompiledControl[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: PathSegment[], what: string) => {
    const first = seen.get(id);
    if (first)
      sink.add(file, path, 'duplicate-id', `duplicate ${what} id "${id}" (first at ${first})`, lineOf(path));
    else seen.set(id, path.join('.'));
  };

  const walk = (entries: readonly GroupEntry[], path: PathSegment[], ancestors: string[]): CompiledGroup[] =>
    entries.map((group, gi) => {
      const groupPath = [...path, gi];
      claim(group.id, [...groupPath, 'id'], 'group');
      const controlIds = (group.controls ?? []).map((control, ci) => {
        claim(control.id, [...groupPath, 'controls', ci, 'id'], 'control');
        if (!data.referenceOnly && !control.title) {
          sink.add(
            file,
            [...groupPath, 'controls', ci],
            'schema',
            'a control needs a title',
            lineOf(groupPath),
          );
        }
        controls.push({
          id: control.id,
          ...(control.title ? { title: control.title } : {}),
          kind: 'standard',
          groupPath: [...ancestors, group.id],
          verification: control.verification ?? 'confirmed',
        });
        return control.id;
      });
      return {
        id: group.id,
        kind: group.kind,
        ...(group.title ? { title: group.title } : {}),
        groups: walk(group.groups ?? [], [...groupPath, 'groups'], [...ancestors, group.id]),
        controls: controlIds,
      };
    });

  const groups = walk(data.groups, ['groups'], []);
  if (data.expected && controls.length !== data.expected.controls) {
    sink.add(
      file,
      'expected.controls',
      'count-mismatch',
      `expected ${data.expected.controls} controls, found ${controls.length}`,
      lineOf(['expected', 'controls']),
    );
  }
  return {
    id: data.id,
    name: data.name,
    title: data.title,
    publisher: data.publisher,
    published: data.published,
    referenceOnly: data.referenceOnly ?? false,
    groups,
    controls,
  };
};
