// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ControlSummary, TreeGroup } from '../../api/catalog-types.js';
import { type CatalogFilters, filterTree, matchesFilters, NO_FILTERS } from './catalog-filter.js';
import { CatalogFiltersBar } from './catalog-filters.js';
import { ClauseAccordion } from './clause-accordion.js';

afterEach(cleanup);

const control = (id: string, over: Partial<ControlSummary> = {}): ControlSummary => ({
  id,
  title: `Title ${id}`,
  kind: 'iso27002',
  audience: 'none',
  verification: 'confirmed',
  hasGuidance: false,
  ownership: null,
  ...over,
});

const TREE: TreeGroup[] = [
  {
    id: '9',
    kind: 'clause',
    title: 'Access control',
    controls: [],
    groups: [
      {
        id: '9.1',
        kind: 'objective',
        title: 'Business requirements',
        groups: [],
        controls: [
          control('9.1.1'),
          control('9.1.2', {
            audience: 'csc',
            hasGuidance: true,
            verification: 'unverified',
            ownership: { iaas: 'csc-owned', paas: 'csc-owned', saas: 'shared' },
          }),
        ],
      },
      {
        id: 'CLD.9.5',
        kind: 'objective',
        title: 'Shared virtual environment',
        groups: [],
        controls: [
          control('CLD.9.5.1', {
            kind: 'cloud-extended',
            audience: 'csp',
            hasGuidance: true,
            ownership: { iaas: 'csp-owned', paas: 'csp-owned', saas: 'csp-owned' },
          }),
          control('CLD.9.5.2', {
            kind: 'cloud-extended',
            audience: 'both',
            hasGuidance: true,
            ownership: { iaas: 'csc-owned', paas: 'csp-owned', saas: 'csp-owned' },
          }),
        ],
      },
    ],
  },
  {
    id: '10',
    kind: 'clause',
    title: 'Cryptography',
    controls: [],
    groups: [{ id: '10.1', kind: 'objective', title: 'Controls', groups: [], controls: [control('10.1.1')] }],
  },
];

const ids = (f: CatalogFilters) =>
  filterTree(TREE, f).flatMap(function all(g): string[] {
    return [...g.controls.map((c) => c.id), ...g.groups.flatMap(all)];
  });

describe('catalog filter rules', () => {
  it('keeps everything without filters', () => {
    expect(ids(NO_FILTERS)).toEqual(['9.1.1', '9.1.2', 'CLD.9.5.1', 'CLD.9.5.2', '10.1.1']);
  });

  it('keeps only cloud-extended controls and drops emptied clauses', () => {
    const result = filterTree(TREE, { ...NO_FILTERS, cloudOnly: true });
    expect(result.map((g) => g.group.id)).toEqual(['9']);
    expect(result[0]).toMatchObject({ total: 4, shown: 2, cloudExtended: 2 });
  });

  it('guidance for one party includes controls addressing both; "both" means exactly both', () => {
    expect(ids({ ...NO_FILTERS, audience: 'csp' })).toEqual(['CLD.9.5.1', 'CLD.9.5.2']);
    expect(ids({ ...NO_FILTERS, audience: 'csc' })).toEqual(['9.1.2', 'CLD.9.5.2']);
    expect(ids({ ...NO_FILTERS, audience: 'both' })).toEqual(['CLD.9.5.2']);
  });

  it('filters by owner within a service model, or in any model without one', () => {
    expect(ids({ ...NO_FILTERS, serviceModel: 'iaas', owner: 'csc-owned' })).toEqual(['9.1.2', 'CLD.9.5.2']);
    expect(ids({ ...NO_FILTERS, serviceModel: 'saas', owner: 'csp-owned' })).toEqual([
      'CLD.9.5.1',
      'CLD.9.5.2',
    ]);
    expect(ids({ ...NO_FILTERS, owner: 'shared' })).toEqual(['9.1.2']);
    // A service model alone keeps controls that have a default owner at all.
    expect(ids({ ...NO_FILTERS, serviceModel: 'paas' })).toEqual(['9.1.2', 'CLD.9.5.1', 'CLD.9.5.2']);
  });

  it('combines filters', () => {
    expect(
      matchesFilters(TREE[0]!.groups[1]!.controls[1]!, {
        cloudOnly: true,
        audience: 'csc',
        serviceModel: 'iaas',
        owner: 'csc-owned',
      }),
    ).toBe(true);
    expect(ids({ cloudOnly: true, audience: 'csc', serviceModel: 'saas', owner: 'csc-owned' })).toEqual([]);
  });
});

/** The filter bar driving the accordion, as the page wires them. */
function Harness() {
  const [filters, setFilters] = useState<CatalogFilters>(NO_FILTERS);
  const groups = filterTree(TREE, filters);
  return (
    <>
      <CatalogFiltersBar value={filters} onChange={setFilters} cloudData />
      <ClauseAccordion
        groups={groups}
        framework="iso27017:2015"
        filtering={filters !== NO_FILTERS}
        serviceModel={filters.serviceModel}
        opened={groups.map((g) => g.group.id)}
        onOpenedChange={() => {}}
      />
    </>
  );
}

const renderHarness = () =>
  render(
    <MantineProvider>
      <MemoryRouter initialEntries={['/o/org-1/catalog']}>
        <Routes>
          <Route path="/o/:orgId/catalog" element={<Harness />} />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );

describe('catalog filter bar', () => {
  it('shows every control with counts per clause', () => {
    renderHarness();
    expect(screen.getByRole('link', { name: '9.1.1' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '10.1.1' })).toBeTruthy();
    expect(screen.getByText('4 controls')).toBeTruthy();
    expect(screen.getByText('2 CLD')).toBeTruthy();
    // The unverified control says so in text, not only in color.
    expect(screen.getAllByText('Unverified')).toHaveLength(1);
    // Rows link to the control page of the org in the URL.
    expect(screen.getByRole('link', { name: 'CLD.9.5.2' }).getAttribute('href')).toBe(
      '/o/org-1/catalog/iso27017%3A2015/CLD.9.5.2',
    );
  });

  it('"Cloud-extended only" hides other controls and shows "n of m"', () => {
    renderHarness();
    fireEvent.click(screen.getByRole('switch', { name: 'Cloud-extended (CLD) only' }));
    expect(screen.queryByRole('link', { name: '9.1.1' })).toBeNull();
    expect(screen.queryByRole('link', { name: '10.1.1' })).toBeNull();
    expect(screen.getByRole('link', { name: 'CLD.9.5.1' })).toBeTruthy();
    expect(screen.getByText('2 of 4')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('link', { name: '10.1.1' })).toBeTruthy();
  });

  it('"Customer (CSC)" keeps controls whose guidance addresses the customer', () => {
    renderHarness();
    fireEvent.click(screen.getByRole('radio', { name: 'Customer (CSC)' }));
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['9.1.2', 'CLD.9.5.2']);
  });

  it('a service model adds an owner column', async () => {
    renderHarness();
    const input = screen.getAllByLabelText('Service model').find((el) => el.tagName === 'INPUT')!;
    fireEvent.click(input);
    fireEvent.click(await screen.findByRole('option', { name: 'IaaS' }));
    const table = screen.getAllByRole('table')[0]!;
    expect(within(table).getByRole('columnheader', { name: 'Owner (IaaS)' })).toBeTruthy();
    expect(within(table).getAllByText('Customer owned')).toHaveLength(2);
    expect(within(table).getByText('Provider owned')).toBeTruthy();
  });
});
