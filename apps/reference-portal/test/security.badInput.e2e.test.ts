// Bad input the portal explains, end to end in Debian's Chromium against the real API and the
// portal built as it ships: a file over the upload limit refused in the browser with both sizes in
// the member's language (Arabic, on a phone too), a PDF or another broker's export named as what it
// is, and repeated wrong passwords answered with the time the next attempt is taken (the browser's
// device token then kept and sent back).
import type { Page } from 'playwright-core';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './api';
import { portalRoot, screenshot, signIn } from './browser';
import type { RunningPortal } from './portal';
import {
  UPLOAD_LIMIT,
  guesser,
  owner,
  pathTenant,
  setUpGuardedTenant,
  startSecurityPortal,
} from './security';
import type { StaticServer } from './staticServer';

let portal: RunningPortal;
let api: TestApi;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  portal = await startSecurityPortal();
  ({ api, server, page } = portal);
  await setUpGuardedTenant(api);
});

afterAll(() => portal?.close());

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
