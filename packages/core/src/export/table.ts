import type { Catalog } from '../catalog/catalog.js';
import type { CompiledControl } from '../catalog/model.js';

/** A format-neutral table: the one shape that the CSV, XLSX and Markdown writers render. */
export interface Table {
  readonly title: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly rows: readonly (readonly string[])[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const bullets = (items: readonly { do: string; show: string }[] | undefined) =>
  (items ?? []).map((s) => `- ${s.do} (Show: ${s.show})`).join('\n');

export interface ControlTableOptions {
  /** Frameworks whose corresponding controls get a column each (e.g. iso27002:2022 for Annex A numbering). */
  readonly mapTo?: readonly string[];
}

/** One row per control with everything the catalog knows about it. */
export const controlTable = (
  catalog: Catalog,
  frameworkId: string,
  options: ControlTableOptions = {},
): Table => {
  const fw = catalog.framework(frameworkId);
  const depth = Math.max(0, ...fw.controls.map((c) => c.groupPath.length));
  const sample = fw.controls.find((c) => c.groupPath.length === depth);
  const levelNames = sample ? catalog.groupsOf(sample, fw.id).map((g) => cap(g.kind)) : [];
  const hasCloud = fw.controls.some((c) => c.audience);
  const mapTo = (options.mapTo ?? []).map((id) => catalog.framework(id)).filter((f) => f.id !== fw.id);

  const columns = [
    ...levelNames.map((header) => ({ header, width: 34 })),
    { header: 'Control', width: 12 },
    { header: 'Title', width: 44 },
    { header: 'Kind', width: 14 },
    { header: 'Verification', width: 13 },
    ...(hasCloud
      ? [
          { header: 'Cloud guidance for', width: 16 },
          { header: 'Summary', width: 60 },
          { header: 'Provider (CSP) guidance', width: 80 },
          { header: 'Customer (CSC) guidance', width: 80 },
          { header: 'Typical evidence', width: 50 },
          { header: 'Provider disclosures', width: 50 },
          { header: 'IaaS', width: 12 },
          { header: 'PaaS', width: 12 },
          { header: 'SaaS', width: 12 },
          { header: 'Keywords', width: 30 },
        ]
      : []),
    ...mapTo.map((f) => ({ header: f.name, width: 18 })),
  ];

  const row = (c: CompiledControl): string[] => {
    const groups = catalog.groupsOf(c, fw.id).map((g) => [g.id, g.title].filter(Boolean).join(' '));
    while (groups.length < levelNames.length) groups.push('');
    const g = c.guidance;
    const cloud = hasCloud
      ? [
          c.audience ?? '',
          g?.summary ?? '',
          bullets(g?.csp),
          bullets(g?.csc),
          (g?.evidence ?? []).join('\n'),
          (g?.disclosures ?? []).join('\n'),
          g?.ownership.iaas ?? '',
          g?.ownership.paas ?? '',
          g?.ownership.saas ?? '',
          (g?.keywords ?? []).join(', '),
        ]
      : [];
    const links = mapTo.length ? catalog.mappingsOf(c.id, fw.id) : [];
    const mapped = mapTo.map((f) =>
      links
        .filter((l) => l.framework === f.id)
        .map((l) => l.control)
        .join(', '),
    );
    return [...groups, c.id, c.title ?? '', c.kind, c.verification, ...cloud, ...mapped];
  };

  return { title: `${fw.name} controls`, columns, rows: fw.controls.map(row) };
};
