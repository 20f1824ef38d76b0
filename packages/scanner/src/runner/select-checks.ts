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

/**
 * Narrows checks to those of the given providers and to those linked to any of the given controls (ISO/IEC
 * 27017:2015 ids; `controlsOf` from the catalog's check links). A provider that no check has, or a control that
 * no check gives evidence for, is a usage error: a pipeline that asked for it would otherwise pass vacuously.
 */
export const narrowChecks = (
  checks: readonly Check[],
  options: {
    readonly providers?: readonly string[];
    readonly controls?: readonly string[];
    readonly controlsOf: (checkId: string) => readonly string[];
  },
): Check[] => {
  const providers = options.providers ?? [];
  const controls = options.controls ?? [];
  const known = [...new Set(checks.map((c) => c.provider))].sort();
  const badProvider = providers.filter((p) => !known.includes(p as Check['provider']));
  if (badProvider.length > 0)
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `no checks for provider ${badProvider.join(', ')}: use one of ${known.join(', ')}`,
      { providers: badProvider },
    );
  const uncovered = controls.filter((id) => !checks.some((c) => options.controlsOf(c.id).includes(id)));
  if (uncovered.length > 0)
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `no check gives evidence for ${uncovered.join(', ')}: scanner checks cover the technical controls (see nimbus catalog show <control>)`,
      { controls: uncovered },
    );
  const selected = checks.filter(
    (c) =>
      (providers.length === 0 || providers.includes(c.provider)) &&
      (controls.length === 0 || options.controlsOf(c.id).some((id) => controls.includes(id))),
  );
  if (selected.length === 0)
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `no check is both for ${providers.join(', ')} and linked to ${controls.join(', ')}`,
      { providers, controls },
    );
  return selected;
};
