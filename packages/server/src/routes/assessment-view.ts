import {
  type Assessment,
  type Catalog,
  type CompiledControl,
  type ControlResult,
  computeProgress,
  type Evidence,
  progressBy,
} from '@nimbus/core';

const indexes = new WeakMap<Catalog, Map<string, Map<string, CompiledControl>>>();

/** Controls of a framework by id, built once per catalog (the hot path renders 121 results per request). */
const controlsOf = (catalog: Catalog, framework: string): Map<string, CompiledControl> => {
  let byFramework = indexes.get(catalog);
  if (!byFramework) {
    byFramework = new Map();
    indexes.set(catalog, byFramework);
  }
  let map = byFramework.get(framework);
  if (!map) {
    map = new Map(catalog.framework(framework).controls.map((c) => [c.id, c]));
    byFramework.set(framework, map);
  }
  return map;
};

/** A control result with what the catalog says about its control and the evidence linked to it. */
export const resultView = (
  catalog: Catalog,
  framework: string,
  r: ControlResult,
  evidence: readonly Evidence[] = [],
) => {
  const c = controlsOf(catalog, framework).get(r.controlId) ?? catalog.control(r.controlId, framework);
  let automated: Evidence | null = null;
  for (const e of evidence) {
    if (e.kind === 'scan' && (!automated || (e.collectedAt ?? '') > (automated.collectedAt ?? '')))
      automated = e;
  }
  return {
    ...r,
    control: {
      id: c.id,
      title: c.title ?? '',
      kind: c.kind,
      clause: c.groupPath[0] ?? '',
      audience: c.audience ?? null,
      verification: c.verification,
    },
    evidenceCount: evidence.length,
    latestAutomatedEvidence: automated,
  };
};

/** Progress overall, per clause and for the cloud-extended controls. Derived on every read, never stored. */
export const assessmentProgress = (
  catalog: Catalog,
  a: Assessment,
  results: readonly ControlResult[],
  today: string,
) => {
  const controls = controlsOf(catalog, a.framework);
  const clauseOf = (id: string) => controls.get(id)?.groupPath[0] ?? '?';
  return {
    overall: computeProgress(results, today),
    byClause: progressBy(results, clauseOf, today).map(({ key, progress }) => ({ clause: key, progress })),
    cloudExtended: computeProgress(
      results.filter((r) => controls.get(r.controlId)?.kind === 'cloud-extended'),
      today,
    ),
  };
};
