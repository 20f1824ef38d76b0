/**
 * One line of progress on standard error, rewritten in place when standard error is a terminal; elsewhere
 * nothing (CI logs and redirected output stay clean), or with `plain` one line per update. Terminal updates are
 * throttled; `clear()` erases the line before the report prints.
 */
export const progressLine = (
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  options: { everyMs?: number; now?: () => number; plain?: boolean } = {},
) => {
  const tty = Boolean(stderr.isTTY);
  const every = options.everyMs ?? 100;
  const now = options.now ?? (() => performance.now());
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(text: string, force = false) {
      if (!tty) {
        if (options.plain) stderr.write(`${text}\n`);
        return;
      }
      const t = now();
      if (!force && t - last < every) return;
      last = t;
      stderr.write(`\r\x1b[2K${text}`);
      drawn = true;
    },
    clear() {
      if (drawn) stderr.write('\r\x1b[2K');
      drawn = false;
    },
  };
};
