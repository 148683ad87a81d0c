import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { startTestApi, type TestApi } from '../../test/harness';
import { installHeavyReads } from './heavyReads';
import { problemsPlugin } from './problems';

/**
 * Finding 17 (last part) of the attack on the API: on embedded PGlite, six concurrent analytics
 * requests from one user pushed everyone's latency past a second. Heavy reads now run at most
 * two at a time per caller; another user's request is served between them.
 */
let api: TestApi;
let heavy: { token: string; accountId: string };
let other: string;

beforeAll(async () => {
  api = await startTestApi();
  const t = await api.createTenant();
  const a = await api.createUser(t.apiKey, { roles: ['member'] });
  const b = await api.createUser(t.apiKey, { roles: ['member'] });
  other = b.token;
  const account = await api.call('POST', '/v1/accounts', {
    token: a.token,
    body: { name: 'Busy', broker: 'IBKR', currency: 'USD' },
  });
  // 3,000 round trips over 30 symbols: enough that a breakdown takes a visible while.
  const executions = Array.from({ length: 6000 }, (_, i) => {
    const trade = Math.floor(i / 2);
    return {
      brokerExecutionId: `e${i}`,
      executedAt: new Date(Date.UTC(2024, 0, 2) + trade * 600_000 + (i % 2) * 60_000).toISOString(),
      symbol: `S${trade % 30}`,
      assetClass: 'stock',
      side: i % 2 ? 'sell' : 'buy',
      quantity: '10',
      price: String(100 + (trade % 7) + (i % 2 ? (trade % 3) - 1 : 0)),
    };
  });
  const pushed = await api.call('POST', `/v1/accounts/${account.body.id}/executions`, {
    token: a.token,
    body: { executions },
  });
  expect(pushed.status, pushed.text).toBe(200);
  heavy = { token: a.token, accountId: account.body.id };
}, 120_000);
afterAll(() => api.close());

const breakdown = (by: string) =>
  api.call('GET', `/v1/analytics/breakdown?by=${by}&accountId=${heavy.accountId}`, { token: heavy.token });

describe('heavy reads per caller', () => {
  it('another user is served while one user runs eight analytics requests at once', async () => {
    const t0 = Date.now();
    const finished: number[] = [];
    const burst = Array.from({ length: 8 }, (_, i) =>
      breakdown(['symbol', 'weekday', 'hour', 'side'][i % 4]!).then((r) => {
        expect(r.status, r.text).toBe(200);
        finished.push(Date.now() - t0);
      }),
    );
    // Give the burst a head start, so it is queued before the other user asks.
    await new Promise((r) => setTimeout(r, 20));
    const mine = await api.call('GET', '/v1/accounts', { token: other });
    const served = Date.now() - t0;
    expect(mine.status).toBe(200);
    await Promise.all(burst);
    finished.sort((x, y) => x - y);
    // Served behind at most the two heavy reads running, never behind all eight.
    expect(served, `served at ${served} ms; burst finished at ${finished.join(', ')}`).toBeLessThan(
      finished[4]!,
    );
  });
});

describe('the bound itself', () => {
  it('runs two at a time, queues sixteen, refuses the rest with 429, and forgets finished ones', async () => {
    const app = Fastify();
    await problemsPlugin(app);
    app.addHook('onRequest', async (request) => {
      request.principal = {
        kind: 'apiKey',
        tenantId: 't',
        keyId: String(request.headers['x-key']),
        ownerUserId: null,
        permissions: new Set(),
      };
    });
    installHeavyReads(app, { perCaller: 2, queue: 16, waitMs: 5000 });
    let running = 0;
    let most = 0;
    const gates: Array<() => void> = [];
    app.get('/heavy', { config: { heavy: true } }, async (request) => {
      const mine = request.headers['x-key'] === 'a';
      if (mine) most = Math.max(most, ++running);
      await new Promise<void>((r) => gates.push(r));
      if (mine) running--;
      return { ok: true };
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const call = (key = 'a') => fetch(`${url}/heavy`, { headers: { 'x-key': key } });
      const calls = Array.from({ length: 24 }, () => call());
      await expect.poll(() => gates.length).toBe(2);
      // Another caller is not held by the first one's queue.
      const b = call('b');
      await expect.poll(() => gates.length).toBe(3);
      gates.splice(2, 1)[0]!();
      expect((await b).status).toBe(200);
      // Release the first caller's turns one by one.
      const release = setInterval(() => gates.shift()?.(), 5);
      const results = await Promise.all(calls);
      clearInterval(release);
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(18);
      const refused = results.filter((r) => r.status === 429);
      expect(refused).toHaveLength(6);
      const body = (await refused[0]!.json()) as { type: string };
      expect(body.type).toBe('https://journalkit.dev/problems/too-many-concurrent-requests');
      expect(refused[0]!.headers.get('retry-after')).toBe('1');
      expect(most).toBe(2);
      // Nothing stays counted: two more run at once.
      const again = [call(), call()];
      await expect.poll(() => gates.length).toBe(2);
      gates.splice(0).forEach((g) => g());
      expect((await Promise.all(again)).map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await app.close();
    }
  });
});
