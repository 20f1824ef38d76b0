/** Edit distance with an early exit once it exceeds `limit` (ids are short, so this stays cheap). */
export const editDistance = (a: string, b: string, limit = Number.POSITIVE_INFINITY): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
};

/** Up to `max` candidates closest to `input`: shared prefix first, then by edit distance. */
export const suggest = (input: string, candidates: readonly string[], max = 3): string[] => {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return candidates
    .map((candidate) => {
      const lower = candidate.toLowerCase();
      const distance =
        lower.startsWith(needle) || needle.startsWith(lower) ? 0.5 : editDistance(needle, lower, limit);
      return { candidate, distance };
    })
    .filter((s) => s.distance <= limit)
    .sort(
      (a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate, 'en', { numeric: true }),
    )
    .slice(0, max)
    .map((s) => s.candidate);
};
