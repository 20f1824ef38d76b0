import {
  type Assessment,
  type Catalog,
  type ControlResult,
  computeProgress,
  type Evidence,
  progressBy,
} from '@nimbus/core';

/** A control result with what the catalog says about its control and the evidence linked to it. */
export const resultView = (
  catalog: Catalog,
  framework: string,
  r: ControlResult,
  evidence: readonly Evidence[] = [],
) => {
  const c = catalog.control(r.controlId, framework);
  const clause = c.groupPath[0] ?? '';
  const automated = evidence
    .filter((e) => e.kind === 'scan')
    .sort((a, b) => (b.collectedAt ?? '').localeCompare(a.collectedAt ?? ''));
  return {
    ...r,
    control: {
      id: c.id,
      title: c.title ?? '',
      kind: c.kind,
      clause,
      audience: c.audience ?? null,
      verification: c.verification,
    },
    evidenceCount: evidence.length,
    latestAutomatedEvidence: automated[0] ?? null,
  };
};

/** Progress overall, per clause and for the cloud-extended controls. Derived on every read, never stored. */
export const assessmentProgress = (
  catalog: Catalog,
  a: Assessment,
  results: readonly ControlResult[],
  today: string,
) => {
  const kindOf = new Map(catalog.framework(a.framework).controls.map((c) => [c.id, c]));
  const clauseOf = (id: string) => kindOf.get(id)?.groupPath[0] ?? '?';
  return {
    overall: computeProgress(results, today),
    byClause: progressBy(results, clauseOf, today).map(({ key, progress }) => ({ clause: key, progress })),
    cloudExtended: computeProgress(
      results.filter((r) => kindOf.get(r.controlId)?.kind === 'cloud-extended'),
      today,
    ),
  };
};
