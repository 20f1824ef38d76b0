import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ServeProcess, startServe } from '../../../cli/test/serve-process.js';
import { axeViolations, launch, screenshot, signIn, watchConsole } from './browser.js';

/** The password every demo user gets (`serve --demo` reads NIMBUS_DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'e2e demo passphrase 2027';
export const DEMO_ASSESSMENT = 'Acme CRM: ISO/IEC 27017 CSP assessment 2026';

export interface DemoWorld {
  server: ServeProcess;
  browser: BrowserContext;
}

/**
 * One real `nimbus serve --demo` (on a fresh SQLite database in a temporary NIMBUS_HOME) and one Chromium for
 * the test file: started in beforeAll, stopped in afterAll.
 */
export const useDemoWorld = (): DemoWorld => {
  const world = {} as DemoWorld;
  beforeAll(async () => {
    world.server = await startServe({ NIMBUS_DEMO_PASSWORD: DEMO_PASSWORD }, ['--demo']);
    world.browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await world.browser?.close();
    if (world.server) {
      world.server.child.kill('SIGTERM');
      await world.server.exited;
    }
  });
  return world;
};

export interface SignedIn {
  readonly page: Page;
  /** Console errors and warnings of the page so far (see expectCleanScreen). */
  readonly consoleMessages: string[];
  readonly orgId: string;
}

/** A new tab signed in through the form as a demo user. */
export const signInAs = async (world: DemoWorld, email: string): Promise<SignedIn> => {
  const page = await world.browser.newPage();
  page.setDefaultTimeout(15_000);
  const consoleMessages = watchConsole(page);
  await signIn(page, world.server.url, email, DEMO_PASSWORD);
  const orgId = /\/o\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  return { page, consoleMessages, orgId };
};

/**
 * Waits until no loader or refetching region is left, the network is quiet and every finite animation or
 * transition (a modal fading in, a notification sliding) has finished, so axe sees the colors a user reads.
 */
export const settle = async (page: Page) => {
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]),
  );
};

/**
 * The checks every main screen passes: no serious or critical axe violation, a full-page screenshot in
 * test-results/<name>.png, and no console error or warning except the exact lines listed in `provoked`
 * (responses the test caused on purpose).
 */
export const expectCleanScreen = async (
  signedIn: Pick<SignedIn, 'page' | 'consoleMessages'>,
  name: string,
  provoked: readonly string[] = [],
) => {
  const { page, consoleMessages } = signedIn;
  await settle(page);
  expect(await axeViolations(page), `axe on ${name}`).toEqual([]);
  // Notifications were checked with the page; the picture shows the screen without them.
  // They may close by themselves meanwhile, so a click that finds none gone is fine.
  const dismiss = page.getByRole('button', { name: 'Dismiss the notification' });
  await expect
    .poll(
      async () => {
        if ((await dismiss.count()) > 0)
          await dismiss
            .first()
            .click({ timeout: 1_000 })
            .catch(() => undefined);
        return dismiss.count();
      },
      { timeout: 15_000 },
    )
    .toBe(0);
  await screenshot(page, name);
  expect(
    consoleMessages.filter((m) => !provoked.includes(m)),
    `console on ${name}`,
  ).toEqual([]);
};

/** The browser's console line for a response with this status that the test provoked on purpose. */
export const failedResource = (status: number, text: string) =>
  `error: Failed to load resource: the server responded with a status of ${status} (${text})`;

/** GET a JSON API path with the page's session cookie (page.request shares the browser context's cookies). */
export const apiGet = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(new URL(path, page.url()).toString());
  expect(res.status(), `GET ${path}`).toBe(200);
  return (await res.json()) as T;
};

/** The CSRF token of the page's session, for state-changing API calls made with its cookie. */
export const csrfToken = async (page: Page) =>
  (await apiGet<{ csrfToken: string }>(page, '/api/v1/auth/session')).csrfToken;

export interface ProgressView {
  readonly total: number;
  readonly applicable: number;
  readonly assessed: number;
  readonly byStatus: Record<string, number>;
  readonly completion: number;
}

export interface AssessmentView {
  readonly id: string;
  readonly name: string;
  readonly progress: { readonly overall: ProgressView };
  readonly results: readonly {
    readonly id: string;
    readonly controlId: string;
    readonly status: string;
    readonly version: number;
    readonly evidenceCount: number;
  }[];
}

export const getAssessment = (page: Page, orgId: string, id: string) =>
  apiGet<AssessmentView>(page, `/api/v1/orgs/${orgId}/assessments/${id}`);

/** The id of the demo's two-thirds-done CSP assessment. */
export const demoAssessmentId = async (page: Page, orgId: string) => {
  const list = await apiGet<{ id: string; name: string }[]>(page, `/api/v1/orgs/${orgId}/assessments`);
  return list.find((a) => a.name === DEMO_ASSESSMENT)!.id;
};
