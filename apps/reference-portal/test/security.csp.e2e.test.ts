// The portal's Content-Security-Policy end to end, in Debian's Chromium against the real API and
// the portal built as it ships: the policy (the build's meta element plus the header the test host
// sends, src/csp.ts) names no inline or eval source, holds on every page with zero violations and
// no console error, and stops script injected into the page.
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './api';
import { expectAccessible, screenshot, signIn } from './browser';
import type { RunningPortal } from './portal';
import { owner, pathTenant, setUpGuardedTenant, startSecurityPortal } from './security';
import type { StaticServer } from './staticServer';

let portal: RunningPortal;
let api: TestApi;
let server: StaticServer;
let page: Page;
let tradeId: string;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}
const consoleErrors: string[] = [];
const violations = (p: Page) => p.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? []);

beforeAll(async () => {
  portal = await startSecurityPortal();
  ({ api, server, page } = portal);
  // Every violation the page reports, from before its first script runs (an init script is
  // injected by the browser itself, not subject to the page's policy).
  await page.addInitScript(() => {
    const store: Violation[] = [];
    (window as unknown as { __csp: Violation[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) =>
      store.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));

  ({ tradeId } = await setUpGuardedTenant(api));
});

afterAll(() => portal?.close());

/**
 * Loads a page, waits for it to settle, and checks the policy saw nothing to refuse and the console
 * logged no error (but the `expected` ones: Chromium logs an API's 404 answer as one).
 */
async function visitClean(url: string, ready: () => Promise<unknown>, expected: string[] = []) {
  consoleErrors.length = 0;
  await page.goto(url);
  await ready();
  // Not `networkidle`: the signed-in pages hold the API's event stream open.
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  await page.waitForTimeout(300);
  expect(await violations(page), url).toEqual([]);
  expect(consoleErrors, url).toEqual(expected);
}

describe('Content-Security-Policy', () => {
  it('is in the built page and in the host header, and names no inline or eval source', async () => {
    const response = await page.goto(`${server.url}/t/${pathTenant.slug}`);
    const header = response!.headers()['content-security-policy']!;
    expect(header).toContain("script-src 'self';");
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain(`connect-src 'self' ${api.url};`);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self';");
    expect(meta).toContain("object-src 'none'");
    expect(meta).toContain("base-uri 'self'");
    expect(meta).toContain("form-action 'self'");
    expect(meta).not.toContain('frame-ancestors'); // ignored (with a console error) in a meta element
    for (const policy of [header, meta!]) {
      const script = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(script).not.toMatch(/unsafe-inline|unsafe-eval|data:|blob:|https:/);
    }
  });

  it('renders every page of the portal without a single violation or console error', async () => {
    const base = `${server.url}/t/${pathTenant.slug}`;
    await visitClean(`${server.url}/`, () => page.locator('h1').waitFor()); // no tenant
    await visitClean(`${server.url}/t/no-such-tenant`, () => page.locator('h1').waitFor(), [
      'Failed to load resource: the server responded with a status of 404 (Not Found)', // the API's answer
    ]);
    await visitClean(`${base}/sign-in`, () => page.locator('img[data-part="tenant-logo"]').waitFor());
    expect(await page.locator('h1').textContent()).toContain('<img src=x onerror=');
    await signIn(page, owner.email, owner.password);
    await page.waitForURL(`${base}/journal`);
    const pages: [string, () => Promise<unknown>][] = [
      ['/journal', () => page.locator('[data-component="StatsGrid"]').waitFor()],
      ['/journal/trades', () => page.getByRole('row', { name: /CSP/ }).first().waitFor()],
      [`/journal/trades/${tradeId}`, () => page.locator('[data-component="JournalEntryEditor"]').waitFor()],
      ['/journal/import', () => page.locator('[data-component="ImportWizard"]').waitFor()],
      ['/journal/accounts', () => page.getByRole('heading', { name: 'Main' }).waitFor()],
      ['/learn', () => page.getByRole('main').locator('h1').waitFor()],
      ['/community', () => page.getByRole('main').locator('h1').waitFor()],
      ['/admin/branding', () => page.locator('[data-part="theme-preview"]').first().waitFor()],
      ['/journal?lang=ar', () => page.locator('html[dir="rtl"] [data-component="StatsGrid"]').waitFor()],
    ];
    for (const [path, ready] of pages) await visitClean(`${base}${path}`, ready);
    await screenshot(page, 'csp-dashboard-ar');
    await expectAccessible(page); // axe is served same-origin and still runs under the policy
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  it('stops script injected into the page: inline <script>, event handlers, javascript: URLs, eval', async () => {
    await page.goto(`${server.url}/t/${pathTenant.slug}/journal`);
    await page.locator('[data-component="StatsGrid"]').waitFor();
    await page.evaluate(() => {
      const root = document.querySelector('main')!;
      root.insertAdjacentHTML(
        'beforeend',
        `<img data-test="injected" src="data:," onerror="window.__pwned='onerror'">` +
          `<a data-test="injected-link" href="javascript:window.__pwned='href'">x</a>`,
      );
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'inline';";
      document.head.append(script);
      const div = document.createElement('div');
      div.innerHTML = `<svg><script>window.__pwned='svg'</script></svg>`;
      root.append(div);
    });
    await page.locator('[data-test="injected-link"]').click();
    // A page script asking for eval or a string timer: refused by the policy too.
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const probe = document.createElement('script');
          probe.src = '/e2e/eval-probe.js';
          probe.onload = resolve;
          probe.onerror = reject;
          document.head.append(probe);
        }),
    );
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive))
      .toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    const directives = new Set((await violations(page)).map((v) => v.directive));
    for (const d of directives) expect(d).toMatch(/^script-src/);
  });
});
