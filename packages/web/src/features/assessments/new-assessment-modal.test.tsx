// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { errorsFromApi, NewAssessmentModal } from './new-assessment-modal.js';
import { ALICE, mockFetch, ORG, renderPage, stubBrowser } from './test-helpers.js';

const FRAMEWORKS = [
  { id: 'iso27017:2015', name: 'ISO/IEC 27017:2015', referenceOnly: false, controls: 121 },
  { id: 'iso27002:2013', name: 'ISO/IEC 27002:2013', referenceOnly: false, controls: 114 },
  { id: 'nist-sp800-53:r5', name: 'NIST SP 800-53 Rev. 5', referenceOnly: true, controls: 205 },
];

beforeAll(stubBrowser);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the new assessment form', () => {
  it('offers only frameworks that can be assessed, checks the name, and shows server errors on their fields', async () => {
    const user = userEvent.setup();
    const calls = mockFetch((call) => {
      if (call.url === '/api/v1/catalog/frameworks') return { status: 200, body: FRAMEWORKS };
      if (call.url.endsWith('/members'))
        return {
          status: 200,
          body: [{ orgId: ORG, userId: ALICE, role: 'owner', email: 'a@x', name: 'Alice Moreau' }],
        };
      if (call.url.endsWith('/services')) return { status: 200, body: [] };
      return {
        status: 400,
        body: {
          code: 'VALIDATION_FAILED',
          detail: 'invalid body: body.targetDate: a date as YYYY-MM-DD',
          errors: [
            { in: 'body', path: 'targetDate', code: 'invalid_string', message: 'a date as YYYY-MM-DD' },
          ],
        },
      };
    });
    renderPage(<NewAssessmentModal opened onClose={() => {}} />);

    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    expect(screen.getByText('Give the assessment a name.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('combobox', { name: /Framework/ }));
    expect(await screen.findByRole('option', { name: /ISO\/IEC 27002:2013/ })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /NIST/ })).toBeNull();
    await user.keyboard('{Escape}');

    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Acme 2027');
    await user.click(screen.getByRole('radio', { name: /Cloud service customer/ }));
    await user.click(screen.getByRole('button', { name: 'Create assessment' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Acme 2027',
      framework: 'iso27017:2015',
      perspective: 'csc',
      scope: [],
      ownerId: null,
      targetDate: null,
    });
    expect(await screen.findByText('a date as YYYY-MM-DD')).toBeTruthy();
  });

  it('reads "field: message" details of reference checks as field errors', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'ownerId: "x" is not a member of this organization');
    expect(errorsFromApi(err)).toEqual({ ownerId: '"x" is not a member of this organization' });
  });
});
