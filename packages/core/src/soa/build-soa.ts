import type { ResultStatus } from '../assessment/vocabulary.js';
import type { Catalog } from '../catalog/catalog.js';
import { NimbusError } from '../errors/nimbus-error.js';
import type { Table } from '../export/table.js';

export const SOA_NUMBERINGS = ['2015', '2022'] as const;
export type SoaNumbering = (typeof SOA_NUMBERINGS)[number];

/** What the Statement of Applicability needs from each control result. */
export interface SoaResultInput {
  readonly controlId: string;
  readonly applicable: boolean;
  readonly justification: string;
  readonly status: ResultStatus;
  readonly implementation: string;
  /** Evidence references: title and, for files, the SHA-256. */
  readonly evidence: readonly { readonly title: string; readonly sha256: string | null }[];
}

export interface SoaRow {
  readonly control: string;
  readonly title: string;
  readonly group: string;
  /** The controls of the assessed framework this row is built from (2022 numbering: via the crosswalk). */
  readonly sources: readonly string[];
  readonly applicable: boolean | null;
  readonly justification: string;
  readonly status: ResultStatus;
  readonly implementation: string;
  readonly evidence: readonly string[];
}

export interface Soa {
  readonly framework: string;
  readonly numbering: SoaNumbering;
  readonly rows: readonly SoaRow[];
}

const evidenceRefs = (r: SoaResultInput) =>
  r.evidence.map((e) => (e.sha256 ? `${e.title} (sha256:${e.sha256.slice(0, 12)})` : e.title));

/** Combines several source results into one status for a merged 2022 control. */
export const combineStatuses = (statuses: readonly ResultStatus[]): ResultStatus => {
  const relevant = statuses.filter((s) => s !== 'not-applicable');
  if (statuses.length === 0) return 'not-assessed';
  if (relevant.length === 0) return 'not-applicable';
  if (relevant.every((s) => s === 'implemented')) return 'implemented';
  if (relevant.some((s) => s === 'implemented' || s === 'partially-implemented'))
    return 'partially-implemented';
  if (relevant.every((s) => s === 'not-assessed')) return 'not-assessed';
  if (relevant.some((s) => s === 'planned')) return 'planned';
  return relevant.some((s) => s === 'not-implemented') ? 'not-implemented' : 'not-assessed';
};

/**
 * The Statement of Applicability of an assessment. In its own numbering (2015) one row per control; in
 * ISO/IEC 27001:2022 Annex A numbering, one row per 2022 control built from the assessed controls that map to it
 * (published crosswalk), followed by the cloud-extended controls, which have no Annex A home. An assessment of
 * the Annex A framework itself keeps its own rows; a framework with no published crosswalk to it cannot be given
 * in 2022 numbering (EXPORT_FORMAT_UNSUPPORTED) rather than yield a table of empty rows.
 */
export const buildSoa = (
  catalog: Catalog,
  frameworkId: string,
  results: readonly SoaResultInput[],
  numbering: SoaNumbering,
  annexFramework = 'iso27002:2022',
): Soa => {
  const fw = catalog.framework(frameworkId);
  const byControl = new Map(results.map((r) => [r.controlId, r]));
  const groupLabel = (fwId: string, controlId: string) => {
    const g = catalog.groupsOf(catalog.control(controlId, fwId), fwId)[0];
    return g ? `${g.id} ${g.title ?? ''}`.trim() : '';
  };
  const ownRow = (controlId: string): SoaRow => {
    const c = catalog.control(controlId, fw.id);
    const r = byControl.get(controlId);
    return {
      control: c.id,
      title: c.title ?? '',
      group: groupLabel(fw.id, c.id),
      sources: [c.id],
      applicable: r ? r.applicable : null,
      justification: r?.justification ?? '',
      status: r?.status ?? 'not-assessed',
      implementation: r?.implementation ?? '',
      evidence: r ? evidenceRefs(r) : [],
    };
  };
  const annex = catalog.framework(annexFramework);
  // An assessment of the Annex A framework itself is already in 2022 numbering: no crosswalk to apply.
  if (numbering === '2015' || annex.id === fw.id)
    return { framework: fw.id, numbering, rows: fw.controls.map((c) => ownRow(c.id)) };

  const rows: SoaRow[] = annex.controls.map((target) => {
    const sources = catalog
      .map(target.id, annex.id, fw.id)
      .filter((l) => l.provenance === 'published')
      .map((l) => l.control)
      .filter((id) => catalog.control(id, fw.id).kind !== 'cloud-extended');
    const inputs = sources.flatMap((id) => (byControl.has(id) ? [byControl.get(id)!] : []));
    const applicable = inputs.length ? inputs.some((r) => r.applicable) : null;
    const excluded = inputs.filter((r) => !r.applicable && r.justification);
    return {
      control: target.id,
      title: target.title ?? '',
      group: groupLabel(annex.id, target.id),
      sources,
      applicable,
      justification: sources.length
        ? excluded.map((r) => `${r.controlId}: ${r.justification}`).join('\n')
        : `New in ${annex.name}: no ${fw.name} control corresponds; assess it separately.`,
      status: combineStatuses(inputs.map((r) => (r.applicable ? r.status : 'not-applicable'))),
      implementation: inputs
        .map((r) => r.implementation)
        .filter(Boolean)
        .join('\n\n'),
      evidence: [...new Set(inputs.flatMap(evidenceRefs))],
    };
  });
  if (rows.every((r) => r.sources.length === 0)) {
    throw new NimbusError(
      'EXPORT_FORMAT_UNSUPPORTED',
      `${fw.name} has no published crosswalk to ${annex.name}, so its Statement of Applicability cannot be ` +
        'given in 2022 numbering; use its own numbering (2015)',
      { framework: fw.id, numbering },
    );
  }
  const cloud = fw.controls.filter((c) => c.kind === 'cloud-extended').map((c) => ownRow(c.id));
  return { framework: fw.id, numbering, rows: [...rows, ...cloud] };
};

/** The SoA as a table for CSV and XLSX. */
export const soaTable = (soa: Soa, frameworkName: string): Table => ({
  title: `Statement of Applicability (${frameworkName}${soa.numbering === '2022' ? ', ISO/IEC 27001:2022 Annex A numbering' : ''})`,
  columns: [
    { header: soa.numbering === '2015' ? 'Clause' : 'Theme', width: 28 },
    { header: 'Control', width: 12 },
    { header: 'Title', width: 44 },
    ...(soa.numbering === '2022' ? [{ header: 'Assessed as (2015 controls)', width: 22 }] : []),
    { header: 'Applicable', width: 11 },
    { header: 'Justification', width: 50 },
    { header: 'Implementation status', width: 22 },
    { header: 'Implementation', width: 60 },
    { header: 'Evidence', width: 50 },
  ],
  rows: soa.rows.map((r) => [
    r.group,
    r.control,
    r.title,
    ...(soa.numbering === '2022' ? [r.sources.join(', ')] : []),
    r.applicable === null ? '' : r.applicable ? 'Yes' : 'No',
    r.justification,
    r.status,
    r.implementation,
    r.evidence.join('\n'),
  ]),
});
