// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { INLINE_PREVIEW_TYPES } from '@nimbus/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expiryBadge, expiryState } from './expiry.js';
import { ExpiryBadge } from './expiry-badge.js';
import { previewKind } from './file-preview.js';
import { evidenceQuery } from './use-evidence.js';
import { NO_EVIDENCE_FILTERS } from './use-evidence-params.js';

afterEach(cleanup);

const TODAY = '2026-11-28';

describe('expiry state (same rule as the server)', () => {
  it('is none without an end date', () => {
    expect(expiryState(null, TODAY)).toBe('none');
  });
  it('is expired from the day after the end date', () => {
    expect(expiryState('2026-11-27', TODAY)).toBe('expired');
    expect(expiryState('2026-11-28', TODAY)).toBe('expiring');
  });
  it('is expiring up to and including 30 days ahead, valid after', () => {
    expect(expiryState('2026-12-28', TODAY)).toBe('expiring');
    expect(expiryState('2026-12-29', TODAY)).toBe('valid');
  });
  it('counts across month and year ends', () => {
    expect(expiryState('2027-01-01', '2026-12-31')).toBe('expiring');
    expect(expiryState('2026-02-28', '2026-03-01')).toBe('expired');
  });
});

describe('expiry badge wording', () => {
  it('says how many days are left, in text as well as color', () => {
    expect(expiryBadge('2026-12-05', TODAY)).toMatchObject({
      state: 'expiring',
      label: '7 days left',
      color: 'orange',
    });
    expect(expiryBadge('2026-11-29', TODAY).label).toBe('1 day left');
    expect(expiryBadge(TODAY, TODAY).label).toBe('Expires today');
  });
  it('explains how long ago it expired', () => {
    const info = expiryBadge('2026-11-18', TODAY);
    expect(info).toMatchObject({ state: 'expired', label: 'Expired', color: 'red' });
    expect(info.description).toContain('10 days ago');
  });
  it('labels valid and open-ended evidence', () => {
    expect(expiryBadge('2027-07-31', TODAY)).toMatchObject({
      state: 'valid',
      label: 'Valid',
      color: 'green',
    });
    expect(expiryBadge(null, TODAY)).toMatchObject({ state: 'none', label: 'No end date', color: 'gray' });
  });
  it("trusts the server's state when it differs from the local clock", () => {
    // The server's "today" may already be tomorrow: it says expired, the badge follows.
    expect(expiryBadge('2026-11-28', TODAY, 'expired').label).toBe('Expired');
  });
});

describe('<ExpiryBadge>', () => {
  const renderBadge = (validUntil: string | null, state?: 'none' | 'valid' | 'expiring' | 'expired') =>
    render(
      <MantineProvider>
        <ExpiryBadge validUntil={validUntil} state={state} today={TODAY} />
      </MantineProvider>,
    );

  it('renders the text of each state', () => {
    renderBadge('2026-12-10', 'expiring');
    expect(screen.getByText('12 days left')).toBeTruthy();
    cleanup();
    renderBadge('2026-01-01', 'expired');
    expect(screen.getByText('Expired')).toBeTruthy();
    cleanup();
    renderBadge(null, 'none');
    expect(screen.getByText('No end date')).toBeTruthy();
  });

  it('exposes the state for styling and tests', () => {
    const { container } = renderBadge('2028-01-01');
    expect(container.querySelector('[data-expiry="valid"]')?.textContent).toBe('Valid');
  });
});

describe('evidence list query', () => {
  it('sends only the filters that are set', () => {
    expect(evidenceQuery(NO_EVIDENCE_FILTERS)).toBe('');
    expect(
      evidenceQuery({ control: ' 12.4.1 ', ownerId: 'u1', kind: 'file', validity: 'expiring', days: 14 }),
    ).toBe('?control=12.4.1&ownerId=u1&kind=file&expiringWithinDays=14');
    expect(evidenceQuery({ ...NO_EVIDENCE_FILTERS, validity: 'expired' })).toBe('?expired=true');
    expect(evidenceQuery({ ...NO_EVIDENCE_FILTERS, validity: 'current' })).toBe('?expired=false');
  });
});

describe('preview kind', () => {
  const file = (contentType: string | null, size = 100) => ({
    kind: 'file' as const,
    contentType,
    size,
    url: null,
  });
  it('shows images and text inline, explains PDFs, offers the rest as downloads', () => {
    expect(previewKind(file('image/png'))).toBe('image');
    expect(previewKind(file('image/svg+xml'))).toBe('none');
    expect(previewKind(file('Image/JPEG; q=1'))).toBe('image');
    expect(previewKind(file('application/pdf'))).toBe('pdf');
    expect(previewKind(file('text/plain; charset=utf-8'))).toBe('text');
    expect(previewKind(file('application/json'))).toBe('text');
    expect(previewKind(file('text/plain', 10_000_000))).toBe('none');
    expect(previewKind(file('application/zip'))).toBe('none');
    expect(previewKind({ kind: 'link', contentType: null, size: null, url: 'https://x.example' })).toBe(
      'link',
    );
  });

  it('embeds exactly the types the server serves inline, and no other image or document', () => {
    for (const type of INLINE_PREVIEW_TYPES) {
      expect(previewKind(file(type))).toBe(type === 'application/pdf' ? 'pdf' : 'image');
    }
    // Other images are offered as downloads only, as the server serves them.
    for (const type of ['image/tiff', 'image/bmp', 'image/x-icon', 'image/heic']) {
      expect(previewKind(file(type)), type).toBe('none');
    }
  });
});
