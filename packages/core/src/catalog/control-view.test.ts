import { describe, expect, it } from 'vitest';
import { miniCatalog, toSources } from '../../test/mini-catalog.js';
import { realCatalog } from '../../test/real-catalog.js';
import { compileCatalog } from '../compiler.js';
import { Catalog } from './catalog.js';
import { buildControlView } from './control-view.js';

const CHECKS = `formatVersion: 1
framework: cloud:2015
checks:
  tenant-roles-documented:
    controls: [CLD.6.3.1]
    why: The split of duties between the parties is written down.
  policy-review-dated:
    controls: [5.1.1, CLD.6.3.1]
    why: Policies carry a review date.
`;

const mini = () => {
  const files = miniCatalog();
  files['checks/cloud-2015.yaml'] = CHECKS;
  const { catalog, issues } = compileCatalog(toSources(files));
  expect(issues).toEqual([]);
  return new Catalog(catalog);
};

describe('buildControlView', () => {
  it('gives the control, its groups, its mappings with titles and framework names, and its checks', () => {
    const view = buildControlView(mini(), 'cld.6.3.1', 'cloud');
    expect(view.framework).toBe('cloud:2015');
    expect(view.control.id).toBe('CLD.6.3.1');
    expect(view.groups.map((g) => g.id)).toEqual(['6', 'CLD.6.3']);
    expect(view.mappings).toEqual([
      expect.objectContaining({
        framework: 'new:2022',
        control: '5.2',
        relation: 'intersects-with',
        provenance: 'derived',
        title: 'Roles',
        frameworkName: 'New 2022',
      }),
      // composed through the equal-to step 6.1.1 = 5.2 of new:2022
      expect.objectContaining({
        framework: 'base:2013',
        control: '6.1.1',
        via: 'new:2022',
        title: 'Roles',
        frameworkName: 'Base 2013',
      }),
    ]);
    expect(view.checks).toEqual([
      { check: 'tenant-roles-documented', why: 'The split of duties between the parties is written down.' },
      { check: 'policy-review-dated', why: 'Policies carry a review date.' },
    ]);
  });

  it('lists only the checks linked to that control, and none for a framework without check links', () => {
    const catalog = mini();
    expect(buildControlView(catalog, '5.1.1', 'cloud:2015').checks.map((c) => c.check)).toEqual([
      'policy-review-dated',
    ]);
    expect(buildControlView(catalog, '6.1.1', 'cloud:2015').checks).toEqual([]);
    // The same control id in its base framework has no links: links belong to one framework.
    expect(buildControlView(catalog, '5.1.1', 'base:2013').checks).toEqual([]);
  });

  it('gives a null title for a mapped control the catalog has no title for', () => {
    const files = miniCatalog();
    files['frameworks/new-2022.yaml'] = files['frameworks/new-2022.yaml']!.replace(
      "{ id: '5.2', title: Roles }",
      "{ id: '5.2' }",
    );
    const catalog = new Catalog(compileCatalog(toSources(files)).catalog);
    const link = buildControlView(catalog, 'CLD.6.3.1', 'cloud:2015').mappings.find(
      (m) => m.control === '5.2',
    );
    expect(link).toMatchObject({ title: null, frameworkName: 'New 2022' });
  });

  it('uses the default framework and fails like the catalog for unknown ids and frameworks', () => {
    const real = realCatalog();
    const view = buildControlView(real, 'CLD.9.5.2');
    expect(view.framework).toBe('iso27017:2015');
    expect(view.checks).toEqual(real.checksOf('CLD.9.5.2'));
    expect(view.checks.map((c) => c.check)).toContain('aws-ec2-imdsv2-required');
    expect(() => buildControlView(real, 'CLD.6.3.2')).toThrow(
      expect.objectContaining({ code: 'CONTROL_NOT_FOUND' }),
    );
    expect(() => buildControlView(real, '5.1.1', 'iso27017:2016')).toThrow(
      expect.objectContaining({ code: 'FRAMEWORK_NOT_FOUND' }),
    );
  });
});
