/** A repeatable comma-separated option: `--checks a,b --checks c` → `[a, b, c]` (blanks dropped). */
export const idList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];
