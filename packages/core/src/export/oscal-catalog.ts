import type {
  CompiledControl,
  CompiledFramework,
  CompiledGroup,
  GuidanceStatement,
} from '../catalog/model.js';
import { sortId } from '../catalog/sort-id.js';
import { type ExportContext, NIMBUS_OSCAL_NS, OSCAL_VERSION } from './export-options.js';
import { oscalId } from './oscal-ids.js';

type Prop = { name: string; value: string; ns?: string; class?: string };
type Part = {
  id: string;
  name: string;
  ns?: string;
  class?: string;
  title?: string;
  prose?: string;
  parts?: Part[];
};

const nimbusProp = (name: string, value: string): Prop => ({ name, value, ns: NIMBUS_OSCAL_NS });

const statementParts = (controlId: string, party: string, items: readonly GuidanceStatement[]): Part[] =>
  items.map((s, i) => ({
    id: `${controlId}_${party}_${i + 1}`,
    name: 'item',
    prose: `${s.do}\n\nHow to show it: ${s.show}`,
  }));

const listPart = (controlId: string, name: string, title: string, items: readonly string[]): Part => ({
  id: `${controlId}_${name}`,
  name,
  ns: NIMBUS_OSCAL_NS,
  title,
  prose: items.map((item) => `- ${item}`).join('\n'),
});

const controlToOscal = (c: CompiledControl) => {
  const id = oscalId(c.id, 'c');
  const props: Prop[] = [
    { name: 'label', value: c.id },
    { name: 'sort-id', value: sortId(c.id) },
    nimbusProp('kind', c.kind),
    nimbusProp('verification', c.verification),
  ];
  if (c.verificationBasis) props.push(nimbusProp('verification-basis', c.verificationBasis));
  if (c.audience) props.push(nimbusProp('cloud-guidance-audience', c.audience));
  const g = c.guidance;
  const parts: Part[] = [];
  if (g) {
    for (const model of ['iaas', 'paas', 'saas'] as const)
      props.push(nimbusProp(`ownership-${model}`, g.ownership[model]));
    props.push(...g.keywords.map((k) => nimbusProp('keyword', k.trim())));
    parts.push({ id: `${id}_ovw`, name: 'overview', prose: g.summary });
    if (g.csp) {
      parts.push({
        id: `${id}_gdn_csp`,
        name: 'guidance',
        class: 'cloud-service-provider',
        title: 'Guidance for the cloud service provider',
        parts: statementParts(id, 'csp', g.csp),
      });
    }
    if (g.csc) {
      parts.push({
        id: `${id}_gdn_csc`,
        name: 'guidance',
        class: 'cloud-service-customer',
        title: 'Guidance for the cloud service customer',
        parts: statementParts(id, 'csc', g.csc),
      });
    }
    if (g.evidence.length) parts.push(listPart(id, 'evidence', 'Typical evidence', g.evidence));
    if (g.disclosures.length) {
      parts.push(listPart(id, 'disclosures', 'Information the provider makes available', g.disclosures));
    }
  }
  return {
    id,
    class: c.kind,
    title: c.title ?? c.id,
    props,
    ...(parts.length ? { parts } : {}),
  };
};

/** An OSCAL 1.2 catalog of a framework: groups as in the standard, our guidance as parts, facts as props. */
export const toOscalCatalog = (fw: CompiledFramework, ctx: ExportContext) => {
  const byId = new Map(fw.controls.map((c) => [c.id, c]));
  const group = (g: CompiledGroup): Record<string, unknown> => {
    const controls = g.controls.flatMap((id) => {
      const c = byId.get(id);
      return c ? [controlToOscal(c)] : [];
    });
    const groups = g.groups.map(group);
    return {
      id: oscalId(g.id, 'g'),
      class: g.kind,
      title: g.title ?? g.id,
      props: [{ name: 'label', value: g.id }],
      ...(groups.length ? { groups } : {}),
      ...(controls.length ? { controls } : {}),
    };
  };
  return {
    catalog: {
      uuid: ctx.uuid(`catalog:${fw.id}:${ctx.version}`),
      metadata: {
        title: `${fw.name}: ${fw.title}`,
        'last-modified': ctx.now,
        version: `${fw.id} (nimbus ${ctx.version})`,
        'oscal-version': OSCAL_VERSION,
        props: [nimbusProp('framework-id', fw.id), nimbusProp('published', fw.published)],
        remarks:
          'Identifiers and official titles of the standard are facts. All guidance text was written by the Nimbus ' +
          'authors; no text of the standard is reproduced.',
      },
      groups: fw.groups.map(group),
    },
  };
};
