// The hosted portal end to end: the real API (embedded PGlite) on loopback, the portal built with
// Vite and served statically (pointed at that API at runtime through /config.js, no rebuild), and
// Debian's Chromium driven by playwright-core. One browser for the whole file.
import { rmSync } from 'node:fs';
import type { TenantThemeDoc } from '@journalkit/theme';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './api';
import { expectAccessible, launchChromium, screenshot, settled, signIn as signInAs } from './browser';
import { startPortal, type RunningPortal } from './portal';
import type { StaticServer } from './staticServer';
import { colors, logo, rgb, tenants } from './tenants';
import type { Key } from './tenants';

let portal: RunningPortal;
let api: TestApi;
let server: StaticServer;
let page: Page;
const apiKeys = {} as Record<Key, string>;

beforeAll(async () => {
  portal = await startPortal({
    '/e2e/acme.svg': { type: 'image/svg+xml', body: logo('#0b5fff', 'Acme') },
    '/e2e/nordic.svg': { type: 'image/svg+xml', body: logo('#fb923c', 'Nordic') },
  });
  ({ api, server, page } = portal);
  for (const key of ['a', 'b'] as const) {
    const t = tenants[key];
    const { apiKey } = await api.createTenant(t.slug);
    apiKeys[key] = apiKey;
    const patched = await api.call('PATCH', '/v1/tenant', {
      token: apiKey,
      body: { name: t.name, settings: { ...t.settings, theme: t.theme } },
    });
    expect(patched.status, patched.text).toBe(200);
    await api.createUser(apiKey, { email: t.email, password: t.password, roles: t.roles });
  }
});

afterAll(() => portal?.close());

/** The tenant scope's CSS variables and painted colours. */
function themeOf(p: Page) {
  return p.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-tenant]')!;
    const style = getComputedStyle(root);
    const submit = document.querySelector<HTMLElement>('button[type="submit"], [data-part="nav-link"]');
    return {
      tenant: root.dataset.tenant,
      accent: style.getPropertyValue('--jk-color-accent').trim(),
      canvas: style.backgroundColor,
      submit: submit ? getComputedStyle(submit).backgroundColor : undefined,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    };
  });
}

const signIn = (key: Key, password = tenants[key].password) => signInAs(page, tenants[key].email, password);

const shot = (name: string) => screenshot(page, name);

/** A screenshot at desktop width (1280) and one at a phone's (390). */
async function shots(name: string) {
  await settled(page);
  await shot(name);
  await page.setViewportSize({ width: 390, height: 760 });
  await settled(page);
  await shot(`${name}-phone`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const h1 = () => page.getByRole('main').getByRole('heading', { level: 1 });

describe('reference portal in Chromium', () => {
  it('themes each tenant from its public branding before sign-in: colours, logo, locale, direction', async () => {
    const seen: Record<string, Awaited<ReturnType<typeof themeOf>>> = {};
    for (const key of ['a', 'b'] as const) {
      const t = tenants[key];
      await page.goto(`${server.url}/t/${t.slug}`);
      await page.waitForURL(`${server.url}/t/${t.slug}/sign-in`);
      await page.locator('h1').waitFor();
      const expected = colors(t.theme);
      const theme = (seen[key] = await themeOf(page));
      expect(theme.tenant).toBe(t.slug);
      expect(theme.accent).toBe(expected.accent);
      expect(theme.submit).toBe(rgb(expected.accent));
      expect(theme.canvas).toBe(rgb(expected.canvas));
      const img = page.locator('img[data-part="tenant-logo"]');
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
        .toBeGreaterThan(0);
      expect(await img.getAttribute('alt')).toBe(t.name);
      await expect.poll(() => page.title()).toContain(t.name);
    }
    expect(seen.a!.accent).not.toBe(seen.b!.accent);
    expect(seen.a!.canvas).not.toBe(seen.b!.canvas);
    expect(seen.b).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('h1').textContent()).toBe('سجّل الدخول إلى Nordic Markets');
    await shot('sign-in-nordic-ar-rtl');
    await expectAccessible(page);
    await page.goto(`${server.url}/t/${tenants.a.slug}`);
    await page.locator('h1').waitFor();
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/e2e/acme.svg');
    expect(seen.a).toMatchObject({ lang: 'en', dir: 'ltr' });
    await shot('sign-in-acme');
    await expectAccessible(page);
  });

  it('refuses a wrong password, signs in, and shows the AppShell; sessions stay per tenant', async () => {
    await page.goto(`${server.url}/t/${tenants.a.slug}/admin/branding`);
    await page.waitForURL(/\/sign-in\?next=/);
    await signIn('a', 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    await signIn('a');
    await page.waitForURL(`${server.url}/t/${tenants.a.slug}/admin/branding`); // back where they were going
    const nav = page.getByRole('navigation', { name: 'Primary' });
    await nav.getByRole('link', { name: 'Journal' }).click();
    await page.waitForURL(/\/journal$/);
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Journal' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Admin' }).isVisible()).toBe(true);
    expect(await page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).toBe('Journal');
    expect(await page.getByRole('img', { name: 'Acme Trading' }).isVisible()).toBe(true);
    await shot('shell-acme');
    await expectAccessible(page);

    // Another tenant in the same tab has its own session: sign-in again, in Arabic, right to left.
    await page.goto(`${server.url}/t/${tenants.b.slug}/journal`);
    await page.waitForURL(/\/t\/nordic-e2e\/sign-in/);
    await signIn('b');
    await page.waitForURL(/\/t\/nordic-e2e\/journal$/);
    const navB = page.getByRole('navigation', { name: 'التنقل الرئيسي' });
    expect(await navB.getByRole('link', { name: 'اليوميات' }).getAttribute('aria-current')).toBe('page');
    expect(await navB.getByRole('link', { name: 'الإدارة' }).count()).toBe(0); // members see no Admin
    expect(await themeOf(page)).toMatchObject({
      dir: 'rtl',
      lang: 'ar',
      accent: colors(tenants.b.theme).accent,
    });
    await shot('shell-nordic-ar-rtl');
    await expectAccessible(page);

    // Narrow screens: the navigation moves into a panel.
    await page.setViewportSize({ width: 390, height: 760 });
    await page.getByRole('button', { name: 'فتح القائمة' }).click();
    expect(await page.getByRole('dialog').getByRole('link', { name: 'المجتمع' }).isVisible()).toBe(true);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await shot('shell-nordic-ar-narrow-menu');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Sign out from the user menu: the session is revoked and forgotten, sign-in again.
    const token = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('journalkit.session.nordic-e2e')!).token,
    );
    await page.getByRole('button', { name: 'User 2' }).click();
    await page.getByRole('menuitem', { name: 'تسجيل الخروج' }).click();
    await page.waitForURL(/\/t\/nordic-e2e\/sign-in/);
    expect(await page.evaluate(() => sessionStorage.getItem('journalkit.session.nordic-e2e'))).toBeNull();
    expect((await api.call('GET', '/v1/me', { token })).status).toBe(401);
  });

  it('shows a theme changed through the API on the next page load, without a rebuild', async () => {
    await page.goto(`${server.url}/t/${tenants.a.slug}/journal`);
    await page.locator('[data-tenant]').waitFor();
    const changed = {
      ...tenants.a.theme,
      brand: { primary: '#15803d' },
      colorMode: 'dark',
    } satisfies TenantThemeDoc;
    const r = await api.call('PATCH', '/v1/tenant', {
      token: apiKeys.a,
      body: { settings: { theme: changed } },
    });
    expect(r.status, r.text).toBe(200);
    await page.reload();
    await page.getByRole('banner').waitFor();
    const theme = await themeOf(page);
    expect(theme.accent).toBe(colors(changed).accent);
    expect(theme.canvas).toBe(rgb(colors(changed).canvas));
    await shot('shell-acme-after-api-change');
  });

  it('lets an admin edit the theme with live preview, validation and AA notes, and saves it', async () => {
    await page.goto(`${server.url}/t/${tenants.a.slug}/admin`);
    await page.waitForURL(/\/admin\/branding$/);
    const color = page.getByRole('textbox', { name: 'Brand colour', exact: true });
    await color.fill('blue');
    await expect
      .poll(() => page.locator('[data-part="theme-errors"]').textContent())
      .toContain('/brand/primary');
    expect(await page.getByRole('button', { name: 'Save theme' }).getAttribute('aria-disabled')).toBe('true');
    await color.fill('#ffd400');
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => page.locator('[data-part="theme-adjustments"] li').count()).toBeGreaterThan(0);
    const expected = colors({ ...tenants.a.theme, brand: { primary: '#ffd400' }, colorMode: 'light' });
    const preview = page.locator('[data-part="theme-preview"] [data-component="JournalkitThemeProvider"]');
    expect(
      await preview.evaluate((el) => getComputedStyle(el).getPropertyValue('--jk-color-accent').trim()),
    ).toBe(expected.accent);
    await shot('branding-acme');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save theme' }).click();
    await expect.poll(() => page.locator('[data-part="save-status"]').textContent()).toContain('Saved');
    const stored = await api.call('GET', `/v1/public/tenants/${tenants.a.slug}`);
    expect(stored.body.theme.brand.primary).toBe('#ffd400');
    await page.reload();
    await page.getByRole('banner').waitFor();
    expect((await themeOf(page)).accent).toBe(expected.accent);
  });

  it('says "page not found" for an unknown page of a known portal, with links back, in the user’s language', async () => {
    const a = tenants.a; // still signed in as Acme's owner (above)
    await page.goto(`${server.url}/t/${a.slug}/admin/users`);
    await expect.poll(() => h1().textContent()).toBe('Page not found');
    expect(await page.getByText('We could not find this portal').count()).toBe(0);
    expect(await page.getByRole('main').textContent()).toContain(
      `There is no page at this address in ${a.name}.`,
    );
    await expect.poll(() => page.title()).toBe(`Page not found · ${a.name}`);
    // In the shell, themed as the tenant, the section it is in marked in the navigation.
    const nav = page.getByRole('navigation', { name: 'Primary' });
    expect(await nav.getByRole('link', { name: 'Admin' }).getAttribute('aria-current')).toBe('page');
    const saved = colors({ ...a.theme, brand: { primary: '#ffd400' }, colorMode: 'light' }); // saved above
    expect((await themeOf(page)).accent).toBe(saved.accent);
    await shots('not-found-acme');
    await expectAccessible(page);
    const links = page.locator('[data-part="not-found-links"] a');
    expect(await links.allTextContents()).toEqual(['Go to Admin', 'Go to the start page']);
    await page.getByRole('link', { name: 'Go to Admin' }).click();
    await page.waitForURL(`${server.url}/t/${a.slug}/admin/branding`);
    await page.getByRole('textbox', { name: 'Brand colour', exact: true }).waitFor();

    // Inside the journal (whose start is the portal's start: one link), in Arabic, right to left.
    await page.goto(`${server.url}/t/${a.slug}/journal/nope?lang=ar`);
    await expect.poll(() => h1().textContent()).toBe('الصفحة غير موجودة');
    expect(await themeOf(page)).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(await links.allTextContents()).toEqual(['الانتقال إلى الصفحة الرئيسية']);
    await shots('not-found-acme-ar-rtl');
    await expectAccessible(page);
    await links.first().click();
    await page.waitForURL(`${server.url}/t/${a.slug}/journal`);
    await expect.poll(() => h1().textContent()).toBe('اليوميات');
    await page.goto(`${server.url}/t/${a.slug}/journal?lang=en`); // back to English for what follows
    await expect.poll(() => h1().textContent()).toBe('Journal');

    // An address in no section at all links home only.
    await page.goto(`${server.url}/t/${a.slug}/nope/deeper`);
    await expect.poll(() => h1().textContent()).toBe('Page not found');
    expect(await links.allTextContents()).toEqual(['Go to the start page']);

    // Only an unknown tenant is "a portal we could not find".
    await page.goto(`${server.url}/t/no-such-portal-e2e/journal`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('We could not find this portal');

    // Signed out (Nordic's member signed out above): an unknown page says so rather than asking to
    // sign in, in the tenant's language, and leads to the start, which is the sign-in page.
    await page.goto(`${server.url}/t/${tenants.b.slug}/admin/users`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('الصفحة غير موجودة');
    expect(page.url()).toBe(`${server.url}/t/${tenants.b.slug}/admin/users`);
    expect((await themeOf(page)).accent).toBe(colors(tenants.b.theme).accent);
    expect(await page.locator('img[data-part="tenant-logo"]').getAttribute('alt')).toBe(tenants.b.name);
    await shots('not-found-signed-out-nordic-ar-rtl');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'الانتقال إلى الصفحة الرئيسية' }).click();
    await page.waitForURL(`${server.url}/t/${tenants.b.slug}/sign-in`);
  });

  it('shows a member without tenant:update "no access" on Branding, and never asks the API for it', async () => {
    const b = tenants.b;
    await page.goto(`${server.url}/t/${b.slug}/admin/branding`);
    await page.waitForURL(/\/sign-in\?next=/);
    await signIn('b');
    await page.waitForURL(`${server.url}/t/${b.slug}/admin/branding`);
    const tenantCalls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/v1/tenant') tenantCalls.push(r.method());
    });
    await expect.poll(() => h1().textContent()).toBe('ليس لديك إذن بالوصول إلى هذه الصفحة');
    const token = await page.evaluate(
      (slug) => JSON.parse(sessionStorage.getItem(`journalkit.session.${slug}`)!).token,
      b.slug,
    );
    const me = await api.call('GET', '/v1/me', { token });
    expect(me.body.permissions).not.toContain('tenant:update');
    expect(await page.getByRole('main').textContent()).toContain(`اطلب من مالك ${b.name}`);
    expect(await page.getByRole('textbox', { name: 'لون العلامة', exact: true }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'التنقل الرئيسي' });
    expect(await nav.getByRole('link', { name: 'الإدارة' }).count()).toBe(0);
    await shots('no-access-nordic-ar-rtl');
    await expectAccessible(page);

    await page.goto(`${server.url}/t/${b.slug}/admin/branding?lang=en`);
    await expect.poll(() => h1().textContent()).toBe('You do not have access to this page');
    await expect.poll(() => page.title()).toBe(`You do not have access to this page · ${b.name}`);
    await shots('no-access-nordic');
    await page.getByRole('main').getByRole('link', { name: 'Go to the start page' }).click();
    await page.waitForURL(`${server.url}/t/${b.slug}/journal`);
    await expect.poll(() => h1().textContent()).toBe('Journal');
    expect(tenantCalls).toEqual([]); // the Branding page never rendered: its GET /v1/tenant never went out
    await page.goto(`${server.url}/t/${b.slug}/journal?lang=ar`); // Nordic's own language again
    await expect.poll(() => h1().textContent()).toBe('اليوميات');
  });

  it('fetches the strings of the page in its language only: Arabic sign-in, then the Arabic journal', async () => {
    // A fresh browser (empty cache and storage): every chunk the page needs is a request.
    const fresh = await launchChromium();
    try {
      const catalogs: string[] = [];
      const sectionCode: string[] = [];
      fresh.page.on('request', (r) => {
        const file = new URL(r.url()).pathname;
        const catalog = /^\/assets\/i18n\/([^/]+)\/([A-Za-z]+)-[\w-]+\.js$/.exec(file);
        if (catalog) catalogs.push(`${catalog[1]}/${catalog[2]}`);
        if (/^\/assets\/(journal|learn|community|admin)-[\w-]+\.js$/.test(file)) sectionCode.push(file);
      });
      await fresh.page.goto(`${server.url}/t/${tenants.a.slug}/sign-in?lang=ar`);
      await expect.poll(() => fresh.page.locator('h1').textContent()).toBe('سجّل الدخول إلى Acme Trading');
      await fresh.page.waitForLoadState('networkidle');
      expect(catalogs.sort()).toEqual(['ar/common', 'ar/journalkit', 'ar/signIn']);
      expect(sectionCode).toEqual([]);
      await screenshot(fresh.page, 'sign-in-acme-ar-rtl');

      await signInAs(fresh.page, tenants.a.email, tenants.a.password);
      await fresh.page.waitForURL(/\/journal$/);
      await expect
        .poll(() => fresh.page.getByRole('main').getByRole('heading', { level: 1 }).textContent())
        .toBe('اليوميات');
      await fresh.page.waitForLoadState('networkidle');
      expect(catalogs.sort()).toEqual(['ar/common', 'ar/journal', 'ar/journalkit', 'ar/signIn']);
      expect(sectionCode.map((f) => f.split('/').pop()!.split('-')[0])).toEqual(['journal']);
    } finally {
      await fresh.context.close();
      rmSync(fresh.profile, { recursive: true, force: true });
    }
  });
});
