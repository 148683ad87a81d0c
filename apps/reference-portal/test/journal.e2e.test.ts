// The journal pages end to end, as one user's story: the real API (embedded PGlite) on loopback,
// the portal built as it ships and served statically, Debian's Chromium. A new trader creates an
// account, imports a broker sample file, reads the dashboard, the trades and one trade, writes a
// note, renames and archives the account; then a large account pages through the trades list, and
// a filtered, sorted, scrolled list survives opening a trade and coming back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './api';
import { expectAccessible, screenshot, settled, signIn } from './browser';
import { PAGED_TRADES, money, pushPagedTrades, sample } from './journalData';
import { startPortal, type RunningPortal } from './portal';
import type { StaticServer } from './staticServer';

const tenant = { slug: 'journal-e2e', name: 'Journal Desk' };
const user = { email: 'new.trader@journal.test', password: 'journal-password-1' };

let portal: RunningPortal;
let api: TestApi;
let server: StaticServer;
let page: Page;
let userToken: string;

beforeAll(async () => {
  portal = await startPortal();
  ({ api, server, page } = portal);
  const { apiKey } = await api.createTenant(tenant.slug);
  const patched = await api.call('PATCH', '/v1/tenant', {
    token: apiKey,
    body: { name: tenant.name, settings: { defaultLocale: 'en', supportedLocales: ['en', 'de', 'ar'] } },
  });
  expect(patched.status, patched.text).toBe(200);
  ({ token: userToken } = await api.createUser(apiKey, { ...user, roles: ['member'] }));
});

afterAll(() => portal?.close());

const url = (p: string) => `${server.url}/t/${tenant.slug}${p}`;
const main = () => page.getByRole('main');
const dialog = () => page.getByRole('dialog');
const toast = () => page.locator('[data-component="Toast"]').last();
const accountsOfUser = async () =>
  (await api.call('GET', '/v1/accounts?includeArchived=true', { token: userToken })).body.data as {
    id: string;
    name: string;
    broker: string;
    currency: string;
    timezone: string;
    startingBalance: string | null;
    archivedAt: string | null;
  }[];

describe('journal pages in Chromium', () => {
  it('offers a new user to create an account first: on the dashboard, the import page and the accounts page', async () => {
    await page.goto(url('/journal'));
    await page.waitForURL(/\/sign-in\?next=/);
    await signIn(page, user.email, user.password);
    await page.waitForURL(url('/journal'));
    await expect
      .poll(() => main().getByRole('heading', { level: 2 }).textContent())
      .toBe('Start your journal');
    expect(await main().getByRole('link', { name: 'Create account' }).getAttribute('href')).toBe(
      `/t/${tenant.slug}/journal/accounts?create`,
    );
    await screenshot(page, 'journal-dashboard-new-user');
    await page
      .getByRole('navigation', { name: 'Journal pages' })
      .getByRole('link', { name: 'Import' })
      .click();
    await page.waitForURL(url('/journal/import'));
    await expect
      .poll(() => main().getByRole('heading', { level: 2 }).textContent())
      .toBe('Create an account first to import trades into it.');
    await screenshot(page, 'journal-import-no-accounts');
    await main().getByRole('link', { name: 'Create an account' }).click();
    // The link opens the create dialog on the accounts page (and the address forgets `?create`).
    await dialog().getByRole('heading', { name: 'Create account' }).waitFor();
    await page.waitForURL(url('/journal/accounts'));
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count()).toBe(0);
    const empty = main().locator('[data-component="EmptyState"]');
    expect(await empty.getByRole('heading').textContent()).toBe('No accounts yet');
    expect(await empty.getByRole('button', { name: 'Create account' }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Journal pages' });
    expect(await nav.getByRole('link', { name: 'Accounts' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page);
  });

  it('creates an account in the dialog, showing the API’s field errors on their fields', async () => {
    await main().getByRole('button', { name: 'Create account' }).click();
    const form = dialog();
    await form.locator('input[name="name"]').fill('Tradovate futures');
    await form.locator('input[name="broker"]').fill('tradovate');
    await form.locator('input[name="currency"]').fill('us');
    await form.locator('input[name="startingBalance"]').fill('50,000');
    await form.getByRole('button', { name: 'Create account' }).click();
    // The API refuses (400 problem+json with errors[].field); each error sits on its own field.
    const currency = form.locator('input[name="currency"]');
    await expect.poll(() => currency.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('input[name="startingBalance"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('input[name="name"]').getAttribute('aria-invalid')).toBeNull();
    const currencyError = await currency.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent,
    );
    expect(currencyError).toContain('Use 3 to 10 capital letters or digits');
    expect(await form.getByRole('alert').last().textContent()).toBe('Check the marked fields.');
    await settled(page);
    await screenshot(page, 'journal-account-dialog-errors');
    expect(await accountsOfUser()).toEqual([]);

    await currency.fill('usd'); // upper-cased as typed
    await form.locator('input[name="startingBalance"]').fill('50000');
    const timezone = form.getByRole('combobox', { name: 'Timezone' });
    await timezone.fill('chicago');
    await page.getByRole('option', { name: 'America/Chicago' }).click();
    await form.getByRole('button', { name: 'Create account' }).click();
    await expect.poll(() => toast().textContent()).toContain('Account “Tradovate futures” created.');
    expect(await dialog().count()).toBe(0);
    const [stored] = await accountsOfUser();
    expect(stored).toMatchObject({
      name: 'Tradovate futures',
      broker: 'tradovate',
      currency: 'USD',
      timezone: sample.expected.account.timezone,
      startingBalance: '50000',
      archivedAt: null,
    });
    const card = main().getByRole('listitem').filter({ hasText: 'Tradovate futures' });
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe('Tradovate futures');
    expect(await card.locator('[data-part="starting-balance"]').textContent()).toBe('$50,000.00');
    expect(await card.textContent()).toContain('America/Chicago');
    await screenshot(page, 'journal-accounts');
  });

  it('imports a broker sample through the Import page: the counts match the engine’s expected file', async () => {
    await main().getByRole('link', { name: 'Import trades' }).click();
    await page.waitForURL(/\/journal\/import\?account=/);
    const wizard = main().locator('[data-component="ImportWizard"]');
    expect(await wizard.getByRole('combobox', { name: 'Account' }).textContent()).toContain(
      'Tradovate futures',
    );
    await wizard.getByRole('combobox', { name: 'File format' }).click();
    await page.getByRole('option', { name: 'Tradovate' }).click();
    await wizard.locator('input[type="file"]').setInputFiles(sample.file);
    await wizard.getByRole('button', { name: 'Check file' }).click();
    const figure = (name: string) =>
      wizard
        .locator('[data-part="figures"] > div')
        .filter({ has: page.getByText(name, { exact: true }) })
        .locator('dd');
    await expect.poll(() => figure('New executions').textContent()).toBe(String(sample.expected.executions));
    expect(await figure('Trades affected').textContent()).toBe(String(sample.expected.trades.length));
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => wizard.textContent()).toContain('Import finished.');
    expect(await figure('New executions').textContent()).toBe(String(sample.expected.executions));
    expect(await figure('Duplicates').textContent()).toBe('0');
    await screenshot(page, 'journal-import-done');
  });

  it('shows the dashboard stats of the import, net P&L to the cent', async () => {
    await page
      .getByRole('navigation', { name: 'Journal pages' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await page.waitForURL(url('/journal'));
    const stat = (metric: string) => main().locator(`[data-metric="${metric}"] [data-part="value"]`);
    const { summary } = sample.expected;
    await expect.poll(() => stat('netPnl').textContent()).toBe(money(summary.netPnl)); // +$10,938.84
    expect(await stat('trades').textContent()).toBe(String(summary.tradeCount));
    expect(await stat('openTrades').textContent()).toBe(String(summary.openTradeCount));
    await main().locator('[data-component="EquityCurve"] canvas').first().waitFor();
    await screenshot(page, 'journal-dashboard');
  });

  let tradeId = '';
  it('lists the trades, opens one, and keeps its journal note after a reload', async () => {
    await page
      .getByRole('navigation', { name: 'Journal pages' })
      .getByRole('link', { name: 'Trades' })
      .click();
    await page.waitForURL(url('/journal/trades'));
    const status = main().locator('[data-part="paging"] [role="status"]');
    const total = sample.expected.trades.length;
    await expect.poll(() => status.textContent()).toBe(`All ${total} trades loaded`);
    const grid = main().getByRole('grid', { name: 'Trades' });
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(total + 1));
    expect(await main().getByRole('button', { name: 'Load more trades' }).count()).toBe(0);
    await screenshot(page, 'journal-trades');

    const first = grid.getByRole('row').nth(1);
    const symbol = (await first.locator('[data-column="symbol"]').textContent())!;
    await first.click();
    await page.waitForURL(/\/journal\/trades\/[^/]+$/);
    tradeId = decodeURIComponent(page.url().split('/').at(-1)!);
    await expect.poll(() => main().locator('[data-component="TradeDetail"]').textContent()).toContain(symbol);
    const note = 'Waited for the opening range to break, sized down after two losers.';
    await main().getByRole('textbox', { name: 'Notes' }).fill(note);
    await main().getByRole('button', { name: 'Save journal' }).click();
    await expect
      .poll(() => main().locator('[data-component="JournalEntryEditor"]').textContent())
      .toContain('Saved');
    await page.reload();
    await expect.poll(() => main().getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(note);
    const stored = await api.call('GET', `/v1/trades/${tradeId}/journal`, { token: userToken });
    expect(stored.body.body).toBe(note);
    await screenshot(page, 'journal-trade-detail');
    await expectAccessible(page);
  });

  it('renames the account, archives it and shows it behind the switch', async () => {
    await page.goto(url('/journal/accounts'));
    await main().getByRole('button', { name: 'Edit Tradovate futures' }).click();
    const name = dialog().locator('input[name="name"]');
    expect(await name.inputValue()).toBe('Tradovate futures');
    expect(await dialog().locator('input[name="currency"]').isDisabled()).toBe(true);
    await name.fill('Tradovate (main)');
    await dialog().getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => toast().textContent()).toContain('Changes to “Tradovate (main)” saved.');
    await main().getByRole('heading', { level: 2, name: 'Tradovate (main)' }).waitFor();
    expect((await accountsOfUser())[0]!.name).toBe('Tradovate (main)');

    await main().getByRole('button', { name: 'Archive Tradovate (main)' }).click();
    await expect.poll(() => toast().textContent()).toContain('“Tradovate (main)” archived.');
    await expect.poll(() => main().getByRole('list', { name: 'Your accounts' }).count()).toBe(0);
    expect(await main().textContent()).toContain('Every account is archived.');
    expect((await accountsOfUser())[0]!.archivedAt).not.toBeNull();
    await main().getByRole('switch', { name: 'Show archived accounts' }).click();
    const card = main().getByRole('listitem').filter({ hasText: 'Tradovate (main)' });
    expect(await card.locator('[data-component="Badge"]').textContent()).toBe('Archived');
    expect(await card.getByRole('button', { name: 'Restore Tradovate (main)' }).isVisible()).toBe(true);
    await settled(page);
    await screenshot(page, 'journal-accounts-archived');
    await expectAccessible(page);
  });

  it('pages through a large account: scrolling near the end and "Load more" fetch the next pages', async () => {
    // A second account with 250 trades, pushed like a broker bridge would (one batch of fills).
    await pushPagedTrades(api, userToken, 'Bridge');

    await page.goto(url('/journal/trades'));
    const status = main().locator('[data-part="paging"] [role="status"]');
    const grid = main().getByRole('grid', { name: 'Trades' });
    await expect.poll(() => status.textContent()).toBe('100 trades loaded, more to load');
    expect(await grid.getAttribute('aria-rowcount')).toBe('101');
    await main().getByRole('button', { name: 'Load more trades' }).click();
    await expect.poll(() => status.textContent()).toBe('200 trades loaded, more to load');
    // Scrolling the table near its end asks for the last page by itself.
    await main()
      .locator('[data-part="viewport"]')
      .evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    // Exactly these: the archived account's trades are no longer listed.
    await expect.poll(() => status.textContent()).toBe(`All ${PAGED_TRADES} trades loaded`);
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(PAGED_TRADES + 1));
    expect(await main().getByRole('button', { name: 'Load more trades' }).count()).toBe(0);

    // Sorting by P&L asks the API (across every trade, not just the loaded ones).
    await page.reload();
    await expect.poll(() => status.textContent()).toBe('100 trades loaded, more to load');
    await grid
      .getByRole('columnheader', { name: /Net P&L/ })
      .getByRole('button')
      .click();
    await expect
      .poll(() => grid.getByRole('row').nth(1).locator('[data-column="pnl"] [data-part="pnl"]').textContent())
      .toContain(money(12.5));
    expect(await status.textContent()).toBe('100 trades loaded, more to load');
    await screenshot(page, 'journal-trades-paged');
  });

  it('comes back from a trade to the same filters, sort, loaded pages and scroll (Back, the back link, a reload)', async () => {
    await page.goto(url('/journal/trades'));
    const filters = main().getByRole('search', { name: 'Filter trades' });
    const accountSelect = filters.getByRole('combobox', { name: 'Account' });
    const statusSelect = filters.getByRole('combobox', { name: 'Status' });
    const symbolInput = filters.getByRole('textbox', { name: 'Symbol' });
    const status = main().locator('[data-part="paging"] [role="status"]');
    const grid = main().getByRole('grid', { name: 'Trades' });
    const pnlHeader = grid.getByRole('columnheader', { name: /Net P&L/ });
    const viewport = main().locator('[data-part="viewport"]');
    const topPnl = () =>
      grid.locator('[role="row"][aria-rowindex="2"] [data-column="pnl"] [data-part="pnl"]').textContent();
    await expect.poll(() => status.textContent()).toBe('100 trades loaded, more to load');

    await accountSelect.click();
    await page.getByRole('option', { name: 'Bridge' }).click();
    await statusSelect.click();
    await page.getByRole('option', { name: 'Closed', exact: true }).click();
    await symbolInput.fill('page');
    await pnlHeader.getByRole('button').click();
    await expect.poll(() => pnlHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => topPnl()).toContain(money(12.5));
    // A second page, then the table scrolled to about its 50th row: the state to come back to.
    await main().getByRole('button', { name: 'Load more trades' }).click();
    await expect.poll(() => status.textContent()).toBe('200 trades loaded, more to load');
    const scrolled = await viewport.evaluate((el) => {
      el.scrollTo({ top: Math.round(el.scrollHeight / 4) });
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(500);
    const listUrl = page.url();
    // The row in the middle of the table's scrolling area (certainly visible: clicking it scrolls nothing).
    const middleRow = () =>
      viewport.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit?.closest('[role="row"]')?.getAttribute('aria-rowindex');
      });
    // The virtualized rows for the new scroll position arrive a frame or two later.
    await expect.poll(async () => Number(await middleRow())).toBeGreaterThan(40);
    const middle = await middleRow();
    const visibleRow = grid.locator(`[role="row"][aria-rowindex="${middle}"]`);
    const openedSymbol = (await visibleRow.locator('[data-column="symbol"]').textContent())!;
    await visibleRow.click();
    await page.waitForURL(/\/journal\/trades\/[^/?]+$/);
    await expect
      .poll(() => main().locator('[data-component="TradeDetail"]').textContent())
      .toContain(openedSymbol);

    const expectSameList = async () => {
      await expect.poll(() => symbolInput.inputValue()).toBe('page');
      expect(await statusSelect.textContent()).toContain('Closed');
      expect(await accountSelect.textContent()).toContain('Bridge');
      expect(await pnlHeader.getAttribute('aria-sort')).toBe('descending');
      // The pages already loaded are back at once (the same query, cached), and the scroll with them.
      await expect.poll(() => status.textContent()).toBe('200 trades loaded, more to load');
      expect(await grid.getAttribute('aria-rowcount')).toBe('201');
      await expect.poll(() => viewport.evaluate((el) => el.scrollTop)).toBe(scrolled);
      expect(page.url()).toBe(listUrl);
    };
    await page.goBack(); // the browser's Back
    await expectSameList();
    await screenshot(page, 'journal-trades-back');

    // The filters and sort are in the address, and the trade's back link leads to that address.
    const params = new URL(listUrl).searchParams;
    expect(params.get('status')).toBe('closed');
    expect(params.get('symbol')).toBe('page');
    expect(params.get('sort')).toBe('-pnl');
    expect(params.get('account')).toMatch(/^[0-9a-f-]{36}$/);
    await page.goForward();
    const backLink = main().getByRole('link', { name: 'Back to trades' });
    await expect.poll(() => backLink.getAttribute('href')).toBe(listUrl.slice(server.url.length));
    await backLink.click();
    await expectSameList();

    // A reload (or a shared link) keeps the filters and the sort; the pages load afresh.
    await page.reload();
    await expect.poll(() => symbolInput.inputValue()).toBe('page');
    expect(await statusSelect.textContent()).toContain('Closed');
    await expect.poll(() => accountSelect.textContent()).toContain('Bridge');
    await expect.poll(() => status.textContent()).toBe('100 trades loaded, more to load');
    expect(await pnlHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => topPnl()).toContain(money(12.5));
    expect(page.url()).toBe(listUrl);
    // A trade opened straight from its address still leads back to the plain list.
    await page.goto(url(`/journal/trades/${encodeURIComponent(tradeId)}`));
    expect(await main().getByRole('link', { name: 'Back to trades' }).getAttribute('href')).toBe(
      `/t/${tenant.slug}/journal/trades`,
    );
  });

  it('lays the journal out right to left in Arabic, and in German', async () => {
    await page.goto(url('/journal/accounts?lang=ar'));
    await main().getByRole('heading', { level: 1, name: 'الحسابات' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await main().getByRole('button', { name: 'إنشاء حساب' }).click();
    await dialog().getByRole('heading', { name: 'إنشاء حساب' }).waitFor();
    await settled(page);
    await screenshot(page, 'journal-account-dialog-ar-rtl');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await screenshot(page, 'journal-accounts-ar-rtl');
    await page.goto(url('/journal/trades'));
    await expect
      .poll(() => main().locator('[data-part="paging"] [role="status"]').textContent())
      .toContain('وهناك المزيد');
    await screenshot(page, 'journal-trades-ar-rtl');
    await expectAccessible(page);

    await page.goto(url('/journal/accounts?lang=de'));
    await main().getByRole('heading', { level: 1, name: 'Konten' }).waitFor();
    await main().getByRole('listitem').first().waitFor();
    await screenshot(page, 'journal-accounts-de');
  });
});
