import { describe, expect, it } from 'vitest';
import { oscalValidator, testExportContext } from '../../test/oscal-validator.js';
import { compiledRealCatalog, realCatalog } from '../../test/real-catalog.js';
import { toOscalCatalog } from './oscal-catalog.js';
import { oscalId } from './oscal-ids.js';
import { toOscalMappingCollection } from './oscal-mapping.js';

const catalog = realCatalog();
const errorsOf = (doc: unknown) => {
  const validate = oscalValidator();
  return validate(doc)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).slice(0, 10);
};

describe('OSCAL export', () => {
  it.each(catalog.frameworks.map((f) => f.id))(
    'writes a catalog of %s that validates against OSCAL 1.2.1',
    (id) => {
      const doc = toOscalCatalog(catalog.framework(id), testExportContext);
      expect(errorsOf(doc)).toEqual([]);
    },
  );

  it('carries every control, our guidance as parts and the facts as props', () => {
    const doc = toOscalCatalog(catalog.framework('iso27017:2015'), testExportContext);
    const controls: {
      id: string;
      props: { name: string; value: string }[];
      parts?: { name: string; class?: string }[];
    }[] = [];
    const walk = (groups: { groups?: unknown[]; controls?: unknown[] }[]) => {
      for (const g of groups) {
        controls.push(...((g.controls ?? []) as typeof controls));
        walk((g.groups ?? []) as typeof groups);
      }
    };
    walk(doc.catalog.groups as never);
    expect(controls).toHaveLength(121);
    const cld = controls.find((c) => c.id === 'cld.9.5.1')!;
    expect(cld.props).toEqual(
      expect.arrayContaining([
        { name: 'label', value: 'CLD.9.5.1' },
        expect.objectContaining({ name: 'cloud-guidance-audience', value: 'csp' }),
        expect.objectContaining({ name: 'ownership-iaas', value: 'csp-owned' }),
      ]),
    );
    expect(cld.parts?.filter((p) => p.name === 'guidance').map((p) => p.class)).toEqual([
      'cloud-service-provider',
    ]);
    const unverified = controls.find((c) => c.id === 'c-6.1.3')!;
    expect(unverified.props).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'verification', value: 'unverified' })]),
    );
  });

  it('gives every node a unique id', () => {
    const doc = JSON.stringify(toOscalCatalog(catalog.framework('iso27017:2015'), testExportContext));
    const ids = [...doc.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['iso27017:2015', 'iso27002:2013', 'iso27002:2022'])(
    'writes a mapping collection of %s that validates',
    (id) => {
      const doc = toOscalMappingCollection(compiledRealCatalog().catalog, id, testExportContext);
      expect(errorsOf(doc)).toEqual([]);
      expect(doc['mapping-collection'].mappings.length).toBeGreaterThan(0);
    },
  );

  it('marks derived mapping sets as draft and published ones as complete', () => {
    const doc = toOscalMappingCollection(compiledRealCatalog().catalog, 'iso27017:2015', testExportContext);
    const statusOf = (mid: string) =>
      doc['mapping-collection'].mappings.find((m) => m.props.some((p) => p.value === mid))?.status;
    expect(statusOf('iso27017-2015--csa-ccm-4')).toBe('draft');
    expect(statusOf('iso27017-2015--iso27002-2013')).toBe('complete');
  });

  it('makes OSCAL-safe ids from any label', () => {
    expect(oscalId('12.4.1', 'c')).toBe('c-12.4.1');
    expect(oscalId('CLD.6.3.1', 'c')).toBe('cld.6.3.1');
    expect(oscalId('A&A-01', 'c')).toBe('a_a-01');
    expect(oscalId('SA-9(3)', 'c')).toBe('sa-9_3_');
  });

  it('reports schema violations, so the validation above is not vacuous', () => {
    const doc = toOscalCatalog(catalog.framework('iso27002:2022'), testExportContext);
    const broken = { catalog: { ...doc.catalog, uuid: 'not-a-uuid' } };
    expect(errorsOf(broken).length).toBeGreaterThan(0);
  });
});
