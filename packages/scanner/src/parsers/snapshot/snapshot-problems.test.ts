import { describe, expect, it } from 'vitest';
import { MAX_SCHEMA_ERRORS, problemLog } from './snapshot-problems.js';

describe('problemLog', () => {
  it('lists problems in document order, whatever order they were found in', () => {
    const log = problemLog('s.json', 1);
    log.error([5, 2, 0], 40, 'item 2 of list 5');
    log.warn([1, -1, 0], 3, 'a warning early on');
    log.error([5, 0, 1], 31, 'second problem of item 0');
    log.error([5, 0, 0], 30, 'first problem of item 0');
    log.error([2, -1, 0], 10, 'a node');
    expect(log.finish()).toEqual({
      unreadable: false,
      issues: [
        { level: 'warning', location: { file: 's.json', line: 3 }, message: 'a warning early on' },
        { level: 'error', location: { file: 's.json', line: 10 }, message: 'a node' },
        { level: 'error', location: { file: 's.json', line: 30 }, message: 'first problem of item 0' },
        { level: 'error', location: { file: 's.json', line: 31 }, message: 'second problem of item 0' },
        { level: 'error', location: { file: 's.json', line: 40 }, message: 'item 2 of list 5' },
      ],
    });
  });

  it('keeps the first errors in document order and counts the rest, holding a bounded list', () => {
    const log = problemLog('s.json', 7);
    // Found last to first, many more than are kept.
    for (let i = 999; i >= 0; i--) log.error([1, i, 0], 100 + i, `item ${i}`);
    log.warn([2, -1, 0], 2000, 'kept');
    const { issues } = log.finish();
    expect(issues).toHaveLength(MAX_SCHEMA_ERRORS + 2);
    expect(issues.slice(0, MAX_SCHEMA_ERRORS).map((i) => i.message)).toEqual(
      Array.from({ length: MAX_SCHEMA_ERRORS }, (_, i) => `item ${i}`),
    );
    expect(issues.at(-2)?.message).toBe('kept');
    expect(issues.at(-1)).toEqual({
      level: 'error',
      location: { file: 's.json', line: 7 },
      message: `snapshot: ${1000 - MAX_SCHEMA_ERRORS} more schema problems`,
    });
  });

  it('reports an unreadable file with its first syntax error alone', () => {
    const log = problemLog('s.json', 1);
    log.error([1, 0, 0], 3, 'schema');
    expect(log.isUnreadable).toBe(false);
    log.unreadable(9, 'cannot parse: bad');
    log.unreadable(12, 'cannot parse: later');
    expect(log.isUnreadable).toBe(true);
    expect(log.finish()).toEqual({
      unreadable: true,
      issues: [{ level: 'error', location: { file: 's.json', line: 9 }, message: 'cannot parse: bad' }],
    });
  });
});
