import type { ControlView, GuidanceStatement, Party } from '@nimbus/core';
import { type Output, paint, wrap } from '../output.js';
import { AUDIENCE_LABEL } from './labels.js';

// The view itself (control, groups, mappings, linked checks) is built by @nimbus/core's buildControlView, which the
// server's GET /api/v1/catalog/control returns too.

/** Renders `nimbus catalog show` for a person: facts first, then guidance, evidence, ownership, mappings. */
export const renderControl = (view: ControlView, output: Output, perspective?: Party): string => {
  const p = paint(output);
  const { control: c } = view;
  const w = output.width;
  const lines: string[] = [];
  const heading = (t: string) => lines.push('', p.bold(p.cyan(t)));
  lines.push(`${p.bold(c.id)}  ${p.bold(c.title ?? '(title not held)')}`);
  lines.push(
    p.dim(`${view.framework} · ${view.groups.map((g) => `${g.id} ${g.title ?? ''}`.trim()).join(' › ')}`),
  );
  const verification =
    c.verification === 'confirmed'
      ? p.green('confirmed')
      : p.yellow(`unverified${c.verificationBasis ? ` (${c.verificationBasis})` : ''}`);
  const facts = [`Kind: ${c.kind}`];
  if (c.audience) facts.push(`Cloud guidance for: ${AUDIENCE_LABEL[c.audience]}`);
  facts.push(`Verification: ${verification}`);
  lines.push(facts.join('   '));
  if (c.verification === 'unverified') {
    lines.push(
      p.dim(
        wrap(
          'Whom the standard addresses here was not confirmed from a primary source; check it against your copy of the standard.',
          w,
        ),
      ),
    );
  }
  const g = c.guidance;
  if (g) {
    heading('Summary');
    lines.push(wrap(g.summary, w, 2));
    const party = (title: string, items: readonly GuidanceStatement[] | undefined) => {
      if (!items) return;
      heading(title);
      items.forEach((s, i) => {
        lines.push(wrap(s.do, w, 5, 2).replace(/^ {2}/, `  ${i + 1}. `.padEnd(5)));
        lines.push(p.dim(wrap(`Show: ${s.show}`, w, 5)));
      });
    };
    if (perspective !== 'csc') party('Cloud service provider (CSP)', g.csp);
    if (perspective !== 'csp') party('Cloud service customer (CSC)', g.csc);
    if (perspective && !g[perspective]) {
      lines.push('', p.dim(`The standard gives no ${perspective.toUpperCase()} guidance for ${c.id}.`));
    }
    heading('Typical evidence');
    for (const e of g.evidence) lines.push(wrap(e, w, 4, 2).replace(/^ {2}/, '  • '));
    if (g.disclosures.length) {
      heading('What the provider should make available');
      for (const e of g.disclosures) lines.push(wrap(e, w, 4, 2).replace(/^ {2}/, '  • '));
    }
    heading('Default ownership (CSA SSRM)');
    lines.push(
      `  IaaS ${p.bold(g.ownership.iaas)} · PaaS ${p.bold(g.ownership.paas)} · SaaS ${p.bold(g.ownership.saas)}`,
    );
  } else if (c.audience) {
    lines.push(
      '',
      p.dim(
        'ISO/IEC 27017 adds no cloud-specific guidance here: apply the ISO/IEC 27002:2013 control as is.',
      ),
    );
  }
  if (view.checks.length) {
    heading('Automated checks (nimbus scan)');
    for (const c of view.checks) lines.push(`  ${p.bold(c.check)}`, p.dim(wrap(c.why, w, 4)));
  }
  if (view.mappings.length) {
    heading('Mappings');
    const byFw = new Map<string, (typeof view.mappings)[number][]>();
    for (const m of view.mappings) byFw.set(m.framework, [...(byFw.get(m.framework) ?? []), m]);
    for (const [fw, links] of byFw) {
      lines.push(`  ${p.bold(fw)}`);
      for (const l of links) {
        const prov = l.provenance === 'published' ? p.green('published') : p.yellow('derived');
        const via = l.via ? p.dim(` via ${l.via}`) : '';
        lines.push(
          `    ${l.control.padEnd(10)} ${(l.title ?? '').slice(0, 52).padEnd(52)} ${l.relation.padEnd(15)} ${prov}${via}`,
        );
      }
    }
  }
  return lines.join('\n');
};
