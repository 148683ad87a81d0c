import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi, type TestApi } from '../../test/harness';
import { DEFAULT_LIMITS, RateLimiter } from './rateLimit';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('rate limits', () => {
  it('defaults fit a browser user: at most 1,000 requests a minute', () => {
    expect(DEFAULT_LIMITS.userRequestsPerMinute).toBeLessThanOrEqual(1000);
  });

  it('limits each user by the tenant’s setting and answers 429 with Retry-After and RateLimit-*', async () => {
    const t = await api.createTenant();
    const set = await api.call('PATCH', `/v1/platform/tenants/${t.tenantId}`, {
      token: PLATFORM_KEY,
      body: { limits: { userRequestsPerMinute: 5, apiKeyRequestsPerMinute: 1000 } },
    });
    expect(set.status).toBe(200);
    const alice = await api.createUser(t.apiKey, {});
    const bob = await api.createUser(t.apiKey, {});
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await api.call('GET', '/v1/me', { token: alice.token });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(last!.body.type).toBe('https://journalkit.dev/problems/rate-limited');
    const retry = Number(last!.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(last!.headers.get('ratelimit-limit')).toBe('5');
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');
    // Another user of the same tenant has a budget of their own.
    const b = await api.call('GET', '/v1/me', { token: bob.token });
    expect(b.status).toBe(200);
    expect(b.headers.get('ratelimit-remaining')).toBe('4');
  });

  it('limits API keys separately', async () => {
    const t = await api.createTenant();
    await api.call('PATCH', `/v1/platform/tenants/${t.tenantId}`, {
      token: PLATFORM_KEY,
      body: { limits: { apiKeyRequestsPerMinute: 3 } },
    });
    const s: number[] = [];
    for (let i = 0; i < 4; i++) s.push((await api.call('GET', '/v1/me', { token: t.apiKey })).status);
    expect(s).toEqual([200, 200, 200, 429]);
  });

  it('windows reset after a minute', () => {
    let now = 0;
    const rl = new RateLimiter(() => now);
    expect(rl.hit('k', 1).allowed).toBe(true);
    expect(rl.hit('k', 1).allowed).toBe(false);
    now = 60_000;
    expect(rl.hit('k', 1).allowed).toBe(true);
    rl.close();
  });
});
