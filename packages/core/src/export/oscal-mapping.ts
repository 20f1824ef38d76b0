import type { CompiledCatalog, CompiledMappingSet } from '../catalog/model.js';
import { type ExportContext, NIMBUS_OSCAL_NS, OSCAL_VERSION } from './export-options.js';
import { oscalId } from './oscal-ids.js';

const resourceHref = (frameworkId: string) => `#${oscalId(frameworkId.replace(':', '-'), 'f')}`;

const toMapping = (set: CompiledMappingSet, ctx: ExportContext) => ({
  uuid: ctx.uuid(`mapping:${set.id}`),
  method: set.provenance === 'published' ? 'human' : 'hybrid',
  'matching-rationale': 'semantic',
  status: set.provenance === 'published' ? 'complete' : 'draft',
  'source-resource': {
    type: 'catalog',
    href: resourceHref(set.source),
    props: [{ name: 'framework', value: set.source, ns: NIMBUS_OSCAL_NS }],
  },
  'target-resource': {
    type: 'catalog',
    href: resourceHref(set.target),
    props: [{ name: 'framework', value: set.target, ns: NIMBUS_OSCAL_NS }],
  },
  props: [
    { name: 'provenance', value: set.provenance, ns: NIMBUS_OSCAL_NS },
    { name: 'mapping-id', value: set.id, ns: NIMBUS_OSCAL_NS },
  ],
  remarks: set.reference,
  maps: set.maps.map((row) => ({
    uuid: ctx.uuid(`map:${set.id}:${row.source}:${row.target}`),
    relationship: row.relation,
    sources: [{ type: 'control', 'id-ref': oscalId(row.source, 'c') }],
    targets: [{ type: 'control', 'id-ref': oscalId(row.target, 'c') }],
  })),
});

/** An OSCAL 1.2 mapping collection of every mapping set that touches the framework, each with its provenance. */
export const toOscalMappingCollection = (
  catalog: CompiledCatalog,
  frameworkId: string,
  ctx: ExportContext,
) => {
  const sets = catalog.mappings.filter((m) => m.source === frameworkId || m.target === frameworkId);
  const derived = sets.some((s) => s.provenance === 'derived');
  return {
    'mapping-collection': {
      uuid: ctx.uuid(`mapping-collection:${frameworkId}:${ctx.version}`),
      metadata: {
        title: `Nimbus mappings of ${frameworkId}`,
        'last-modified': ctx.now,
        version: `nimbus ${ctx.version}`,
        'oscal-version': OSCAL_VERSION,
      },
      provenance: {
        method: derived ? 'hybrid' : 'human',
        'matching-rationale': 'semantic',
        status: derived ? 'draft' : 'complete',
        'mapping-description':
          'Mappings shipped with Nimbus. Sets with provenance "published" restate a correspondence published by ' +
          'the standard body; sets with provenance "derived" are topical correspondences by the Nimbus authors.',
      },
      mappings: sets.map((s) => toMapping(s, ctx)),
    },
  };
};
