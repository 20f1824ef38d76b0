import { NimbusError, suggest } from '@nimbus/core';
import type { Check } from '../checks/check.js';

/** The checks to run: `only` (all when empty) minus `skip`. An unknown id is a usage error with suggestions. */
export const selectChecks = (
  all: readonly Check[],
  only: readonly string[] = [],
  skip: readonly string[] = [],
): Check[] => {
  const ids = all.map((c) => c.id);
  const unknownIds = [...only, ...skip].filter((id) => !ids.includes(id));
  if (unknownIds.length > 0) {
    const first = unknownIds[0]!;
    // Close spellings first; else the ids that contain every word given (`k8s-latest-tag`).
    const words = first
      .toLowerCase()
      .split(/[-_\s]+/)
      .filter(Boolean);
    const close = suggest(first, ids);
    const suggestions = close.length
      ? close
      : ids.filter((id) => words.every((w) => id.split('-').includes(w))).slice(0, 3);
    throw new NimbusError('INVALID_ARGUMENT', `unknown check id: ${unknownIds.join(', ')}`, {
      checks: unknownIds,
      suggestions,
    });
  }
  const selected = all.filter((c) => (only.length === 0 || only.includes(c.id)) && !skip.includes(c.id));
  if (selected.length === 0)
    throw new NimbusError('INVALID_ARGUMENT', 'no check left to run', { only, skip });
  return selected;
};
