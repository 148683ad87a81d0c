// Sign-in on a host-mapped tenant end to end, in Debian's Chromium against the real API and the
// portal built as it ships: the tenant is served at the root of its host, and signing in never
// leaves the portal's origin, whatever `next` a link carries (every vector signed in through the
// real form), while a real page of the portal is still returned to.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './api';
import { signIn } from './browser';
import type { RunningPortal } from './portal';
import { hostTenant, hosted, setUpHostedTenant, startSecurityPortal } from './security';
import type { StaticServer } from './staticServer';

let portal: RunningPortal;
let api: TestApi;
let server: StaticServer;
let page: Page;
/** The host-mapped tenant's origin: `localhost` reaches the same static server. */
let hostOrigin: string;

beforeAll(async () => {
  portal = await startSecurityPortal();
  ({ api, server, page } = portal);
  hostOrigin = server.url.replace('127.0.0.1', 'localhost');
  await setUpHostedTenant(api);
});

afterAll(() => portal?.close());

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
