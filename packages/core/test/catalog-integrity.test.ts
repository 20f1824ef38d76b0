import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatIssue } from '../src/errors/validation-issue.js';
import { compiledRealCatalog, realCatalog } from './real-catalog.js';
import { hasReference, REFERENCE_FILE } from './repo.js';

const CLD = ['CLD.6.3.1', 'CLD.8.1.5', 'CLD.9.5.1', 'CLD.9.5.2', 'CLD.12.1.5', 'CLD.12.4.5', 'CLD.13.1.4'];

describe('the shipped catalog', () => {
  const catalog = realCatalog();
  const c17 = catalog.framework('iso27017:2015');

  it('validates with no issue at all', () => {
    expect(compiledRealCatalog().issues.map(formatIssue)).toEqual([]);
  });

  it('has exactly 114 / 121 / 7 / 93 / 25 controls', () => {
    expect(catalog.framework('iso27002:2013').controls).toHaveLength(114);
    expect(c17.controls).toHaveLength(121);
    expect(c17.controls.filter((c) => c.kind === 'cloud-extended').map((c) => c.id)).toEqual(CLD);
    expect(catalog.framework('iso27002:2022').controls).toHaveLength(93);
    expect(catalog.framework('iso27018:2019').controls).toHaveLength(25);
    expect(catalog.framework('csa-ccm:4.0').controls).toHaveLength(197);
  });

  it('gives cloud guidance on 37 of the 114 controls: 30 for both, 4 customer-only, 3 provider-only', () => {
    const inherited = c17.controls.filter((c) => c.kind === 'iso27002');
    const by = (a: string) => inherited.filter((c) => c.audience === a).map((c) => c.id);
    expect(by('both')).toHaveLength(30);
    expect(by('csc')).toEqual(['9.1.2', '10.1.2', '12.4.3', '15.1.1']);
    expect(by('csp')).toEqual(['9.2.1', '9.2.2', '15.1.3']);
    expect(by('other-info-only')).toEqual(['14.2.9', '18.1.4']);
    expect(
      c17.controls.filter((c) => c.kind === 'cloud-extended' && c.audience === 'csp').map((c) => c.id),
    ).toEqual(['CLD.9.5.1', 'CLD.13.1.4']);
  });

  it('has our own guidance for every party the standard addresses, and ownership for every service model', () => {
    const relevant = c17.controls.filter((c) => ['csp', 'csc', 'both'].includes(c.audience ?? ''));
    expect(relevant).toHaveLength(44);
    for (const c of relevant) {
      const g = c.guidance;
      expect(g, c.id).toBeDefined();
      if (c.audience !== 'csc') expect(g?.csp?.length, `${c.id} csp`).toBeGreaterThanOrEqual(2);
      if (c.audience !== 'csp') expect(g?.csc?.length, `${c.id} csc`).toBeGreaterThanOrEqual(2);
      if (c.audience === 'csp') expect(g?.csc, `${c.id} csc`).toBeUndefined();
      if (c.audience === 'csc') expect(g?.csp, `${c.id} csp`).toBeUndefined();
      expect(g?.evidence.length, `${c.id} evidence`).toBeGreaterThan(0);
      expect(Object.keys(g?.ownership ?? {}).sort()).toEqual(['iaas', 'paas', 'saas']);
      expect(g?.keywords.length, `${c.id} keywords`).toBeGreaterThanOrEqual(3);
    }
  });

  it('maps every 2013 control to 2022, and leaves the 11 new 2022 controls without a 2013 source', () => {
    const set = compiledRealCatalog().catalog.mappings.find((m) => m.id === 'iso27002-2013--iso27002-2022')!;
    expect(set.provenance).toBe('published');
    const sources = new Set(set.maps.map((m) => m.source));
    expect(catalog.framework('iso27002:2013').controls.filter((c) => !sources.has(c.id))).toEqual([]);
    const targets = new Set(set.maps.map((m) => m.target));
    const fresh = catalog
      .framework('iso27002:2022')
      .controls.filter((c) => !targets.has(c.id))
      .map((c) => c.id);
    expect(fresh).toEqual([
      '5.7',
      '5.23',
      '5.30',
      '7.4',
      '8.9',
      '8.10',
      '8.11',
      '8.12',
      '8.16',
      '8.23',
      '8.28',
    ]);
    expect(set.maps.filter((m) => m.source === '18.2.3').map((m) => m.target)).toEqual(['5.36', '8.8']);
  });

  it('marks every mapping of the CLD controls as derived', () => {
    for (const id of CLD) {
      const links = catalog.mappingsOf(id).filter((l) => !l.via);
      expect(links.length, id).toBeGreaterThan(0);
      expect(
        links.every((l) => l.provenance === 'derived'),
        id,
      ).toBe(true);
    }
  });
});

describe.skipIf(!hasReference)('the catalog against shared/reference', () => {
  const ref = hasReference ? parse(readFileSync(REFERENCE_FILE, 'utf8')) : {};
  const catalog = realCatalog();

  it('carries the same ids, titles, audiences and verification marks for the 114 controls', () => {
    for (const r of ref.iso27002_2013 as {
      id: string;
      title: string;
      cloud_guidance: string;
      unverified?: boolean;
    }[]) {
      const c = catalog.control(r.id, 'iso27017:2015');
      expect(c.title, r.id).toBe(r.title);
      expect(catalog.control(r.id, 'iso27002:2013').title).toBe(r.title);
      const audience = c.audience === 'other-info-only' ? 'none' : c.audience;
      expect(audience, r.id).toBe(r.cloud_guidance);
      expect(c.verification, r.id).toBe(r.unverified ? 'unverified' : 'confirmed');
    }
  });

  it('carries the CLD controls, the 2022 controls and the 27018 controls with the reference titles', () => {
    for (const r of (
      ref.iso27017_cld as { id: string; kind: string; title: string; cloud_guidance: string }[]
    ).filter((x) => x.kind === 'control')) {
      expect(catalog.control(r.id).title).toBe(r.title);
      expect(catalog.control(r.id).audience).toBe(r.cloud_guidance);
    }
    for (const r of ref.iso27002_2022 as { id: string; title: string }[]) {
      expect(catalog.control(String(r.id), 'iso27002:2022').title).toBe(r.title);
    }
    const ids18 = (ref.iso27018_2019_annex_a as { controls: { id: string }[] }[]).flatMap((g) =>
      g.controls.map((c) => c.id),
    );
    expect(catalog.framework('iso27018:2019').controls.map((c) => c.id)).toEqual(ids18);
  });

  it('has the published 2013 -> 2022 rows of the reference, no more and no fewer', () => {
    const expected = (ref.iso27002_2013 as { id: string; maps_2022: string[] }[])
      .flatMap((r) => r.maps_2022.map((t) => `${r.id}>${t}`))
      .sort();
    const set = compiledRealCatalog().catalog.mappings.find((m) => m.id === 'iso27002-2013--iso27002-2022')!;
    expect(set.maps.map((m) => `${m.source}>${m.target}`).sort()).toEqual(expected);
  });
});
