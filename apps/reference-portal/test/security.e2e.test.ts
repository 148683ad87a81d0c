// The portal's browser-side defences end to end, in Debian's Chromium against the real API and
// the portal built as it ships: the Content-Security-Policy (the build's meta element plus the
// header the test host sends, src/csp.ts) holds on every page with zero violations and stops
// injected script; and sign-in on a host-mapped tenant never leaves the portal's origin, whatever
// `next` a link carries. And bad input the portal explains: a file over the upload limit refused in
// the browser with both sizes in the member's language, a PDF or another broker's export named as
// what it is, and repeated wrong passwords answered with the time the next attempt is taken.
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './api';
import path from 'node:path';
import { expectAccessible, portalRoot, screenshot, signIn } from './browser';
import { startPortal, type RunningPortal } from './portal';
import type { StaticServer } from './staticServer';
import { logo } from './tenants';

const pathTenant = { slug: 'csp-e2e', name: 'Guarded Markets' };
const hostTenant = { slug: 'hosted-e2e', name: 'Hosted Desk' };
const owner = { email: 'owner@guarded.test', password: 'guarded-password-1' };
const guesser = { email: 'target@guarded.test', password: 'guarded-password-2' };
const UPLOAD_LIMIT = 1024 * 1024;
const hosted = { email: 'trader@hosted.test', password: 'hosted-password-1' };

let portal: RunningPortal;
let api: TestApi;
let server: StaticServer;
let page: Page;
let ownerToken: string;
let tradeId: string;
/** The host-mapped tenant's origin: `localhost` reaches the same static server. */
let hostOrigin: string;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}
const consoleErrors: string[] = [];
const violations = (p: Page) => p.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? []);

beforeAll(async () => {
  portal = await startPortal(
    {
      '/e2e/guarded.svg': { type: 'image/svg+xml', body: logo('#0f766e', 'Guarded') },
      // A same-origin script that asks for eval, Function and a string timer.
      '/e2e/eval-probe.js': {
        type: 'text/javascript',
        body: [
          `try { eval("window.__pwned = 'eval'"); } catch {}`,
          `try { new Function("window.__pwned = 'function'")(); } catch {}`,
          `try { setTimeout("window.__pwned = 'timer'"); } catch {}`,
        ].join('\n'),
      },
    },
    // 1 MiB uploads, so a file over the limit is small enough to hand to the browser.
    { hosts: { localhost: hostTenant.slug }, apiEnv: { JOURNALKIT_UPLOAD_LIMIT: String(UPLOAD_LIMIT) } },
  );
  ({ api, server, page } = portal);
  hostOrigin = server.url.replace('127.0.0.1', 'localhost');
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

  const a = await api.createTenant(pathTenant.slug);
  const themed = await api.call('PATCH', '/v1/tenant', {
    token: a.apiKey,
    body: {
      // Markup in a name must stay text (React escapes it; the CSP is the second wall).
      name: `${pathTenant.name} <img src=x onerror="window.__pwned='name'">`,
      settings: {
        defaultLocale: 'en',
        supportedLocales: ['en', 'ar'],
        theme: {
          id: pathTenant.slug,
          name: pathTenant.name,
          brand: { primary: '#0f766e' },
          logo: { url: '/e2e/guarded.svg' },
          favicon: '/e2e/guarded.svg',
        },
      },
    },
  });
  expect(themed.status, themed.text).toBe(200);
  ({ token: ownerToken } = await api.createUser(a.apiKey, { ...owner, roles: ['owner'] }));
  const account = await api.call('POST', '/v1/accounts', {
    token: ownerToken,
    body: { name: 'Main', broker: 'bridge', currency: 'USD', timezone: 'UTC' },
  });
  expect(account.status, account.text).toBe(201);
  const pushed = await api.call('POST', `/v1/accounts/${account.body.id}/executions`, {
    token: ownerToken,
    body: {
      executions: [
        { brokerExecutionId: 'c-1', executedAt: '2024-03-04T14:30:00Z', side: 'buy', price: '100' },
        { brokerExecutionId: 'c-2', executedAt: '2024-03-04T15:30:00Z', side: 'sell', price: '101.5' },
      ].map((e) => ({ ...e, symbol: 'CSP', assetClass: 'stock', quantity: '10' })),
    },
  });
  expect(pushed.status, pushed.text).toBeLessThan(300);
  const trades = await api.call('GET', '/v1/trades', { token: ownerToken });
  tradeId = trades.body.data[0].id;
  // A stored entry: without one the API answers the entry's GET with 404 (logged as an error).
  const entry = await api.call('PUT', `/v1/trades/${tradeId}/journal`, {
    token: ownerToken,
    body: { body: 'Entered on the **open**. <script>window.__pwned = "markdown"</script>', tags: ['csp'] },
  });
  expect(entry.status, entry.text).toBe(200);

  await api.createUser(a.apiKey, { ...guesser, roles: ['member'] });

  const b = await api.createTenant(hostTenant.slug);
  const named = await api.call('PATCH', '/v1/tenant', { token: b.apiKey, body: { name: hostTenant.name } });
  expect(named.status, named.text).toBe(200);
  await api.createUser(b.apiKey, { ...hosted, roles: ['member'] });
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

describe('sign-in on a host-mapped tenant', () => {
  // Each `next` exactly as a link would carry it in the address.
  const vectors = [
    '/%09/evil.example/x',
    '/%0a/evil.example/x',
    '/%0d%0a/evil.example/x',
    '/%0d/evil.example/x',
    '%09//evil.example/',
    '%20//evil.example/',
    '/%5C/evil.example/',
    '/%5Cevil.example/',
    '%5C%5Cevil.example/',
    '//evil.example/',
    '%2F%2Fevil.example/',
    '/.//evil.example/',
    '/..//evil.example/',
    '/%2e%2e//evil.example/',
    '/journal/../..//evil.example/',
    '%EF%BC%8F%EF%BC%8Fevil.example/',
    'https://evil.example/',
    'javascript:alert(1)',
  ];

  it('serves the tenant at the root of its host', async () => {
    await page.goto(`${hostOrigin}/journal`);
    await page.waitForURL(`${hostOrigin}/sign-in?next=%2Fjournal`);
    expect(await page.locator('h1').textContent()).toBe(`Sign in to ${hostTenant.name}`);
  });

  it.each(vectors)('stays on the portal after signing in with next=%s', async (next) => {
    await page.goto(`${hostOrigin}/journal`);
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${hostOrigin}/sign-in?next=${next}`);
    await page.locator('form').waitFor();
    await signIn(page, hosted.email, hosted.password);
    await page.waitForURL((u) => u.origin !== hostOrigin || u.pathname === '/journal');
    expect(new URL(page.url()).origin).toBe(hostOrigin);
    expect(new URL(page.url()).pathname).toBe('/journal');
    await page.getByRole('banner').waitFor();
  });

  it('still returns to a real page of the portal', async () => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${hostOrigin}/sign-in?next=${encodeURIComponent('/journal/accounts?create')}`);
    await signIn(page, hosted.email, hosted.password);
    await page.waitForURL(`${hostOrigin}/journal/accounts`); // the dialog opens and drops `?create`
    await page.getByRole('dialog').waitFor();
  });
});

describe('bad input the portal explains', () => {
  const base = () => `${server.url}/t/${pathTenant.slug}`;
  const importRequests: string[] = [];
  const onRequest = (r: { method(): string; url(): string }) => {
    if (r.method() === 'POST' && /\/imports(\?|$)/.test(r.url())) importRequests.push(r.url());
  };

  async function openImport(lang: 'en' | 'ar') {
    await page.goto(`${base()}/journal/import?lang=${lang}`);
    const wizard = page.locator('[data-component="ImportWizard"]');
    await Promise.race([wizard.waitFor(), page.locator('input[name="password"]').waitFor()]);
    if (!(await wizard.isVisible())) {
      await signIn(page, owner.email, owner.password);
      await wizard.waitFor();
    }
  }

  it('refuses a file over the upload limit before sending it, with both sizes in Arabic', async () => {
    await openImport('ar');
    page.on('request', onRequest);
    try {
      await page.locator('[data-component="ImportWizard"] input[type="file"]').setInputFiles({
        name: 'كبير.csv',
        mimeType: 'text/csv',
        buffer: Buffer.alloc(UPLOAD_LIMIT + 200 * 1024, 'a'),
      });
      const refused = page.locator('[data-component="ImportWizard"] [data-part="rejections"]');
      await expect.poll(() => refused.textContent()).toContain('أكبر حجم يمكنك استيراده');
      // 1.2 MB over 1 MB, in the words and units of Arabic; never the API's English.
      const text = (await refused.textContent())!;
      const mb = (n: string) =>
        new Intl.NumberFormat('ar', { style: 'unit', unit: 'megabyte' }).format(Number(n));
      expect(text).toContain(mb('1.2'));
      expect(text).toContain(mb('1'));
      expect(text).not.toMatch(/[A-Za-z]{3,}/);
      await screenshot(page, 'import-too-large-ar');
      // And on a phone: the message wraps inside the page, nothing cut or off-screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'import-too-large-ar-phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.setViewportSize({ width: 1280, height: 800 });
      // The file was not taken: nothing to check, nothing sent.
      expect(await page.getByRole('button', { name: 'فحص الملف' }).getAttribute('aria-disabled')).toBe(
        'true',
      );
      expect(importRequests).toEqual([]);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('says a PDF is a PDF, and offers the format a MetaTrader 5 export is', async () => {
    await openImport('en');
    const drop = page.locator('[data-component="ImportWizard"] input[type="file"]');
    await drop.setInputFiles({
      name: 'statement.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
    });
    await page.getByRole('button', { name: 'Check file' }).click();
    const refusal = page.locator('[data-part="refusal"]');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-reason')).toBe('unsupported-file');
    expect(await refusal.textContent()).toMatch(/^This is a PDF, not a broker export/);
    await screenshot(page, 'import-pdf-en');

    // A MetaTrader 5 report checked as the default (Journalkit CSV): named, and one click away.
    await drop.setInputFiles(path.join(portalRoot, '../api/test/fixtures/brokers/mt5-1.csv'));
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect.poll(() => refusal.getAttribute('data-reason')).toBe('format-mismatch');
    expect(await refusal.textContent()).toBe('This looks like a MetaTrader 5 export: choose that format.');
    await screenshot(page, 'import-mt5-mismatch-en');
    await page.getByRole('button', { name: 'Use MetaTrader 5 and check again' }).click();
    await page.getByText('New executions').waitFor();
  });

  it('answers repeated wrong passwords with the time of the next attempt, then lets the member in', async () => {
    await page.goto(`${base()}/journal`);
    await page.evaluate(() => sessionStorage.clear());
    // Nine failures for this account from elsewhere, each waited for: past the five free ones the
    // waits double (1, 2, 4 s), and the next attempt must wait 8 s.
    for (let failed = 0; failed < 9;) {
      const r = await api.call('POST', '/v1/auth/sign-in', {
        body: { tenant: pathTenant.slug, email: guesser.email, password: `wrong-${failed}` },
      });
      if (r.status === 401) failed++;
      else {
        expect(r.status).toBe(429);
        await new Promise((resolve) => setTimeout(resolve, r.body.retryAfterSeconds * 1000));
      }
    }
    await page.goto(`${base()}/sign-in?lang=en`);
    await signIn(page, guesser.email, 'wrong-again');
    const alert = page.locator('[data-part="sign-in-error"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Too many attempts to sign in\. You can try again at \d{1,2}:\d{2}:\d{2}/,
    );
    const submit = page.locator('form button[type="submit"]');
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'sign-in-throttled-en');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toBe('You can try again now.');
    expect(await submit.getAttribute('aria-disabled')).not.toBe('true');

    // The right password now works, and the browser keeps a device token for this address.
    await page.locator('input[name="password"]').fill(guesser.password);
    await submit.click();
    await page.waitForURL(`${base()}/journal`);
    const devices = await page.evaluate(
      (slug) => localStorage.getItem(`journalkit.device.${slug}`),
      pathTenant.slug,
    );
    const token = JSON.parse(devices!)[guesser.email] as string;
    expect(token).toMatch(/^jk_dt_/);

    // Next time it is sent back, so failures elsewhere cannot lock this browser out.
    await page.evaluate(() => sessionStorage.clear());
    for (let i = 0; i < 8; i++)
      await api.call('POST', '/v1/auth/sign-in', {
        body: { tenant: pathTenant.slug, email: guesser.email, password: `elsewhere-${i}` },
      });
    const sent: unknown[] = [];
    const listen = (r: { url(): string; postDataJSON(): unknown }) => {
      if (r.url().endsWith('/v1/auth/sign-in')) sent.push(r.postDataJSON());
    };
    page.on('request', listen);
    try {
      await page.goto(`${base()}/sign-in`);
      await signIn(page, guesser.email, guesser.password);
      await page.waitForURL(`${base()}/journal`);
    } finally {
      page.off('request', listen);
    }
    expect(sent).toEqual([expect.objectContaining({ email: guesser.email, deviceToken: token })]);
  });
});
