// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Evidence } from '../../api/types.js';
import { AutomatedEvidence, failedCount } from './automated-evidence.js';
import { ORG, renderPage } from './test-helpers.js';

const scan = (title: string): Evidence => ({
  id: '00000000-0000-4000-8000-0000000000e1',
  orgId: ORG,
  kind: 'scan',
  title,
  sha256: 'a'.repeat(64),
  size: 512,
  contentType: 'application/json',
  filename: 'nimbus-scan-2026-11-28-CLD.9.5.2.json',
  url: null,
  collectedAt: '2026-11-28',
  validUntil: null,
  ownerId: null,
  createdAt: '2026-11-28T09:30:00.000Z',
  createdBy: null,
  version: 1,
});

describe('AutomatedEvidence', () => {
  afterEach(cleanup);

  it('reads the failures from the title the server writes', () => {
    expect(failedCount('nimbus scan of infra/: 2 failed, 14 passed')).toBe(2);
    expect(failedCount('nimbus scan of infra/: 0 failed, 3 passed')).toBe(0);
    expect(failedCount('Hand-written title')).toBeUndefined();
  });

  it('shows when the scan ran, what it found and links its part of the scan', () => {
    renderPage(
      <AutomatedEvidence
        orgId={ORG}
        evidence={scan('nimbus scan of infra/ (acme/platform@4f2c1e9): 2 failed, 14 passed')}
      />,
    );
    const box = screen.getByLabelText('Latest automated evidence');
    expect(box.textContent).toContain('2 failed');
    const link = screen.getByRole('link', { name: /nimbus scan of infra/ });
    expect(link.getAttribute('href')).toBe(
      `/api/v1/orgs/${ORG}/evidence/00000000-0000-4000-8000-0000000000e1/download`,
    );
  });

  it('says so when every check passed', () => {
    renderPage(
      <AutomatedEvidence orgId={ORG} evidence={scan('nimbus scan of infra/: 0 failed, 17 passed')} />,
    );
    expect(screen.getByLabelText('Latest automated evidence').textContent).toContain('all checks passed');
  });
});
