import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness';
import { DEMO, seedDemo } from './demo';
import { DEMO_ACCOUNTS, TRADER_ACCOUNTS } from './journal';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('demo seed', () => {
  it('creates a demo tenant with a populated journal, once', async () => {
    const first = await seedDemo(api.database, api.app.services);
    expect(first.created).toBe(true);
    expect((await seedDemo(api.database, api.app.services)).created).toBe(false);
    const session = await api.call('POST', '/v1/auth/sign-in', {
      body: { tenant: DEMO.tenant, email: DEMO.email, password: DEMO.password },
    });
    expect(session.status).toBe(200);
    const token = session.body.token;
    const accounts = await api.call('GET', '/v1/accounts', { token });
    expect(accounts.body.data.map((a: { name: string }) => a.name)).toEqual(DEMO_ACCOUNTS.map((a) => a.name));
    const summary = await api.call('GET', '/v1/analytics/summary', { token });
    expect(summary.body.tradeCount).toBeGreaterThan(80);
    expect(summary.body.currencies.map((c: { currency: string }) => c.currency).sort()).toEqual([
      'USD',
      'USDT',
    ]);
    const tagged = await api.call('GET', '/v1/analytics/breakdown?by=setup', { token });
    expect(tagged.body.data.length).toBeGreaterThanOrEqual(4);
    // The member trader signs in to a journal of their own, and sees only it.
    const trader = await api.call('POST', '/v1/auth/sign-in', {
      body: { tenant: DEMO.tenant, email: DEMO.trader, password: DEMO.password },
    });
    expect(trader.status).toBe(200);
    const own = await api.call('GET', '/v1/accounts', { token: trader.body.token });
    expect(own.body.data.map((a: { name: string }) => a.name)).toEqual(TRADER_ACCOUNTS.map((a) => a.name));
    const entries = await api.call('GET', '/v1/journal-entries', { token: trader.body.token });
    expect(entries.body.data.length).toBeGreaterThanOrEqual(5);
    const traderSummary = await api.call('GET', '/v1/analytics/summary', { token: trader.body.token });
    expect(traderSummary.body.tradeCount).toBeGreaterThan(10);
    const key = await api.call('GET', '/v1/me', { token: DEMO.apiKey });
    expect(key.body.kind).toBe('apiKey');
  });
});
