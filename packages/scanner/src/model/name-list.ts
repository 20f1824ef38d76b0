/** How many names a message lists before it counts the rest. */
const LISTED_NAMES = 5;

/**
 * Names for a message, in plain words: `a`, `a and b`, `a, b and c`; past `listed` of them the first few and how
 * many more (`a, b, c, d, e and 95 more`). A message about one resource that named every other resource of a
 * large input would grow with the input, and so would every report that holds it.
 */
export const nameList = (names: readonly string[], listed = LISTED_NAMES): string => {
  if (names.length > listed) return `${names.slice(0, listed).join(', ')} and ${names.length - listed} more`;
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};
