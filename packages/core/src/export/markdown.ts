import type { Catalog } from '../catalog/catalog.js';
import type { CompiledControl, CompiledGroup, GuidanceStatement } from '../catalog/model.js';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const statements = (title: string, items: readonly GuidanceStatement[] | undefined): string[] =>
  items?.length ? [`**${title}**`, '', ...items.map((s) => `- ${s.do} *How to show it:* ${s.show}`), ''] : [];

const controlSection = (catalog: Catalog, fwId: string, c: CompiledControl): string[] => {
  const lines = [`#### ${c.id} ${c.title ?? ''}`.trimEnd(), ''];
  const facts = [
    `kind: ${c.kind}`,
    `verification: ${c.verification}${c.verificationBasis ? ` (${c.verificationBasis})` : ''}`,
  ];
  if (c.audience) facts.unshift(`cloud guidance for: ${c.audience}`);
  lines.push(`*${facts.join(' · ')}*`, '');
  const g = c.guidance;
  if (g) {
    lines.push(g.summary, '');
    lines.push(
      ...statements('Cloud service provider', g.csp),
      ...statements('Cloud service customer', g.csc),
    );
    if (g.evidence.length) lines.push('**Typical evidence**', '', ...g.evidence.map((e) => `- ${e}`), '');
    if (g.disclosures.length) {
      lines.push('**What the provider makes available**', '', ...g.disclosures.map((e) => `- ${e}`), '');
    }
    lines.push(
      '| IaaS | PaaS | SaaS |',
      '|---|---|---|',
      `| ${g.ownership.iaas} | ${g.ownership.paas} | ${g.ownership.saas} |`,
      '',
    );
  }
  const links = catalog.mappingsOf(c.id, fwId).filter((l) => !l.via);
  if (links.length) {
    const byFw = new Map<string, string[]>();
    for (const l of links)
      byFw.set(l.framework, [
        ...(byFw.get(l.framework) ?? []),
        `${l.control} (${l.relation}, ${l.provenance})`,
      ]);
    lines.push('**Mappings**', '', ...[...byFw].map(([fw, ids]) => `- ${fw}: ${esc(ids.join(', '))}`), '');
  }
  return lines;
};

/** A readable Markdown rendering of a framework with our guidance, for wikis and reviews. */
export const toMarkdown = (catalog: Catalog, frameworkId: string): string => {
  const fw = catalog.framework(frameworkId);
  const byId = new Map(fw.controls.map((c) => [c.id, c]));
  const lines = [
    `# ${fw.name}: ${fw.title}`,
    '',
    `${fw.controls.length} controls. Identifiers and titles are facts of the standard; all guidance is written by the Nimbus authors.`,
    '',
  ];
  const walk = (groups: readonly CompiledGroup[], level: number) => {
    for (const g of groups) {
      lines.push(`${'#'.repeat(Math.min(level, 3))} ${g.id} ${g.title ?? ''}`.trimEnd(), '');
      for (const id of g.controls) {
        const c = byId.get(id);
        if (c) lines.push(...controlSection(catalog, fw.id, c));
      }
      walk(g.groups, level + 1);
    }
  };
  walk(fw.groups, 2);
  return `${lines.join('\n').trimEnd()}\n`;
};
