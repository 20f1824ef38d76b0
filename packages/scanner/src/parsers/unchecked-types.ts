import type { InputIssue } from '../inputs/input-issue.js';

/**
 * One warning per file for the resources no check reads (`aws_route_table`, `AWS::SNS::Topic`), so a report
 * says what it did not look at instead of passing over it in silence. At the first such resource's line.
 */
export const uncheckedTypes = (
  declared: readonly { readonly type: string; readonly file: string; readonly line: number }[],
  read: ReadonlySet<string>,
): InputIssue[] => {
  const byFile = new Map<string, { line: number; counts: Map<string, number> }>();
  for (const r of declared) {
    if (read.has(r.type)) continue;
    let entry = byFile.get(r.file);
    if (!entry) {
      entry = { line: r.line, counts: new Map() };
      byFile.set(r.file, entry);
    }
    entry.line = Math.min(entry.line, r.line);
    entry.counts.set(r.type, (entry.counts.get(r.type) ?? 0) + 1);
  }
  return [...byFile].map(([file, { line, counts }]) => {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const types = [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, n]) => (n > 1 ? `${type} ×${n}` : type));
    const shown = types.length > 6 ? [...types.slice(0, 6), `${types.length - 6} more types`] : types;
    return {
      level: 'warning' as const,
      location: { file, line },
      message: `not checked: no check reads ${total === 1 ? 'this resource' : `${total} resources here`} (${shown.join(', ')})`,
    };
  });
};
