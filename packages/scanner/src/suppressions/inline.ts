/** A `nimbus:ignore` comment in a scanned file. */
export interface InlineIgnore {
  readonly line: number;
  readonly checks: readonly string[];
  readonly reason: string;
}

const MARK = 'nimbus:ignore';
// `# nimbus:ignore check-a,check-b reason...` in YAML and HCL, `// nimbus:ignore ...` in HCL too.
const COMMENT = /(?:#|\/\/)\s*nimbus:ignore(?:\s+([A-Za-z0-9_,-]+))?(?:\s+(.*?))?\s*$/;

/**
 * The `nimbus:ignore` comments of a file, with their lines. Comments without a check id or without a reason are
 * returned with what they lack, so the scan can warn about them instead of silently suppressing.
 */
export const findInlineIgnores = (
  text: string,
): { ignores: InlineIgnore[]; invalid: { line: number; problem: string }[] } => {
  const ignores: InlineIgnore[] = [];
  const invalid: { line: number; problem: string }[] = [];
  if (!text.includes(MARK)) return { ignores, invalid };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(MARK)) continue;
    const m = COMMENT.exec(line);
    if (!m) continue;
    const checks = (m[1] ?? '').split(',').filter(Boolean);
    const reason = (m[2] ?? '').trim();
    if (checks.length === 0) invalid.push({ line: i + 1, problem: 'nimbus:ignore names no check id' });
    else if (reason === '')
      invalid.push({
        line: i + 1,
        problem: `nimbus:ignore ${checks.join(',')} gives no reason: it does not suppress`,
      });
    else ignores.push({ line: i + 1, checks, reason: reason.slice(0, 500) });
  }
  return { ignores, invalid };
};
