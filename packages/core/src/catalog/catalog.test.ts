import { describe, expect, it } from 'vitest';
import { miniCatalog, toSources } from '../../test/mini-catalog.js';
import { realCatalog } from '../../test/real-catalog.js';
import { compileCatalog } from '../compiler.js';
import { NimbusError } from '../errors/nimbus-error.js';
import { Catalog } from './catalog.js';

const catalog = realCatalog();
const ids = (links: { control: string }[]) => links.map((l) => l.control);

describe('Catalog lookups', () => {
  it('finds controls regardless of case and the Annex A "A." prefix', () => {
    expect(catalog.control('cld.9.5.2').id).toBe('CLD.9.5.2');
    expect(catalog.control('A.12.4.1').id).toBe('12.4.1');
    expect(catalog.control('8.15', 'iso27002:2022').title).toBe('Logging');
    expect(catalog.framework('iso27018').id).toBe('iso27018:2019');
  });

  it('fails with CONTROL_NOT_FOUND and close suggestions for an unknown id', () => {
    const err = (() => {
      try {
        catalog.control('CLD.6.3.2');
      } catch (e) {
        return e as NimbusError;
      }
    })();
    expect(err).toBeInstanceOf(NimbusError);
    expect(err?.code).toBe('CONTROL_NOT_FOUND');
    expect(err?.details.suggestions).toContain('CLD.6.3.1');
  });

  it('fails with FRAMEWORK_NOT_FOUND and suggestions for an unknown framework', () => {
    expect(() => catalog.framework('iso27017:2016')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_NOT_FOUND' }),
    );
    try {
      catalog.framework('iso27017:2016');
    } catch (e) {
      expect((e as NimbusError).details.suggestions).toContain('iso27017:2015');
    }
  });

  it('lists with filters', () => {
    expect(catalog.list('iso27017:2015', { kind: 'cloud-extended' })).toHaveLength(7);
    expect(catalog.list('iso27017:2015', { guidance: 'csp' })).toHaveLength(40);
    expect(catalog.list('iso27017:2015', { guidance: 'csc' })).toHaveLength(39);
    expect(catalog.list('iso27017:2015', { guidance: 'both' })).toHaveLength(35);
    const saasCustomer = catalog.list('iso27017:2015', { serviceModel: 'saas', owner: 'csc-owned' });
    expect(saasCustomer.every((c) => c.guidance?.ownership.saas === 'csc-owned')).toBe(true);
    // The 44 cloud-relevant controls plus the two "other information only" ones carry a default owner.
    expect(catalog.list('iso27017:2015', { serviceModel: 'iaas' })).toHaveLength(46);
  });

  it('gives the enclosing clause and objective with titles', () => {
    expect(catalog.groupsOf(catalog.control('CLD.9.5.1'))).toEqual([
      { id: '9', kind: 'clause', title: 'Access control' },
      {
        id: 'CLD.9.5',
        kind: 'objective',
        title: 'Access control of cloud service customer data in shared virtual environment',
      },
    ]);
  });
});

describe('Catalog mappings', () => {
  it('maps a 27017 control to 27002:2022 through the 27002:2013 control it adopts', () => {
    const links = catalog.map('12.4.1', 'iso27017:2015', 'iso27002:2022');
    expect(links).toEqual([
      expect.objectContaining({
        control: '8.15',
        relation: 'subset-of',
        provenance: 'published',
        via: 'iso27002:2013',
      }),
    ]);
  });

  it('maps back from 27002:2022 to 27017, including the derived CLD link', () => {
    const links = catalog.map('8.15', 'iso27002:2022', 'iso27017:2015');
    expect(ids(links)).toEqual(['12.4.1', '12.4.2', '12.4.3', 'CLD.12.4.5']);
    expect(links.find((l) => l.control === '12.4.1')?.relation).toBe('superset-of');
    expect(links.find((l) => l.control === 'CLD.12.4.5')?.provenance).toBe('derived');
  });

  it('maps 27002:2013 to 2022 directly and 2022 controls new in 2022 to nothing', () => {
    expect(ids(catalog.map('18.2.3', 'iso27002:2013', 'iso27002:2022'))).toEqual(['5.36', '8.8']);
    expect(catalog.map('5.7', 'iso27002:2022', 'iso27002:2013')).toEqual([]);
  });

  it('shows a CLD control linked to 2022, CCM, 27018 and SP 800-53, all derived', () => {
    const links = catalog.mappingsOf('CLD.6.3.1').filter((l) => !l.via);
    expect(new Set(links.map((l) => l.framework))).toEqual(
      new Set(['iso27002:2022', 'csa-ccm:4.0', 'iso27018:2019', 'nist-sp800-53:r5']),
    );
  });

  it('refuses to map between frameworks no mapping connects', () => {
    const files = miniCatalog();
    files['frameworks/lonely-1.yaml'] =
      "id: lonely:1\nname: Lonely\ntitle: t\npublisher: p\npublished: '2020-01-01'\nlevels: [control]\ngroups:\n  - { id: g, kind: group, controls: [{ id: x, title: X }] }\n";
    const mini = new Catalog(compileCatalog(toSources(files)).catalog);
    expect(() => mini.map('x', 'lonely:1', 'new:2022')).toThrow(
      expect.objectContaining({ code: 'MAPPING_NOT_FOUND' }),
    );
    expect(mini.map('CLD.6.3.1', 'cloud:2015', 'new:2022').map((l) => l.control)).toEqual(['5.2']);
  });
});
