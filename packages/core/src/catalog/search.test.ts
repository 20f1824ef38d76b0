import { describe, expect, it } from 'vitest';
import { realCatalog } from '../../test/real-catalog.js';
import { CatalogSearch, normalizeTerm } from './search.js';

const search = new CatalogSearch(realCatalog(), ['iso27017:2015']);
const top = (q: string, n = 5) => search.search(q, n).map((h) => h.control.id);

describe('CatalogSearch', () => {
  it('finds what a practitioner expects for common words', () => {
    expect(top('incident')).toEqual(expect.arrayContaining(['16.1.1', '16.1.2', 'CLD.6.3.1']));
    expect(top('hypervisor', 1)).toEqual(['CLD.9.5.1']);
    expect(top('deletion', 1)).toEqual(['CLD.8.1.5']);
    expect(top('tenant isolation', 1)).toEqual(['CLD.9.5.1']);
    expect(top('key management')).toContain('10.1.2');
    expect(top('vm hardening', 1)).toEqual(['CLD.9.5.2']);
    expect(top('clock', 1)).toEqual(['12.4.4']);
  });

  it('finds a control by its id', () => {
    expect(top('CLD.12.1.5', 1)).toEqual(['CLD.12.1.5']);
    expect(top('12.3.1', 1)).toEqual(['12.3.1']);
  });

  it('stems words so that other forms match', () => {
    expect(normalizeTerm('Deleting')).toBe(normalizeTerm('deletion'));
    expect(top('deleting customer data', 3)).toContain('CLD.8.1.5');
  });

  it('falls back to any-word matching and returns nothing for nonsense', () => {
    expect(top('hypervisor zzzzqqq', 3)).toContain('CLD.9.5.1');
    expect(search.search('qqqqzzzz')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });
});
