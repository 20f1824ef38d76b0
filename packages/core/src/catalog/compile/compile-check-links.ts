import type { CheckLink, CompiledFramework } from '../model.js';
import type { CheckLinksFile } from '../schemas/check-links-file.js';
import type { IssueSink, ParsedSource } from './parse-source.js';

/** Flattens check-link files and reports frameworks or controls that do not exist, and checks listed twice. */
export const compileCheckLinks = (
  files: readonly ParsedSource<CheckLinksFile>[],
  frameworks: ReadonlyMap<string, CompiledFramework>,
  sink: IssueSink,
): CheckLink[] => {
  const links: CheckLink[] = [];
  const seen = new Set<string>();
  for (const { data, file, lineOf } of files) {
    const fw = frameworks.get(data.framework);
    if (!fw) {
      sink.add(
        file,
        'framework',
        'dangling-reference',
        `framework "${data.framework}" is not in the catalog`,
        lineOf(['framework']),
      );
      continue;
    }
    const ids = new Set(fw.controls.map((c) => c.id));
    for (const [check, link] of Object.entries(data.checks)) {
      const key = `${fw.id}\u0000${check}`;
      if (seen.has(key))
        sink.add(file, ['checks', check], 'duplicate-id', `check "${check}" is linked twice for ${fw.id}`);
      seen.add(key);
      link.controls.forEach((control, i) => {
        if (!ids.has(control)) {
          const path = ['checks', check, 'controls', i];
          sink.add(
            file,
            path,
            'dangling-reference',
            `"${control}" is not a control of ${fw.id}`,
            lineOf(path),
          );
        }
      });
      links.push({ framework: fw.id, check, controls: link.controls, why: link.why });
    }
  }
  return links;
};
