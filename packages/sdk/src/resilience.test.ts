import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createJournalkitClient } from './client';
import { isJournalkitError, isJournalkitNetworkError } from './errors';
import { createJournalkitServer } from './server';
import {
  PLATFORM_KEY,
  rejectionOf,
  startProxy,
  startTestApi,
  stopTestApi,
  type Loopback,
  type TestApi,
} from './test/loopback';

// Retries, idempotency, token refresh, pagination and abort against the real API on loopback.
let api: TestApi;
let tenant: { tenantId: string; slug: string; apiKey: string };
let proxy: Loopback | undefined;

beforeAll(async () => {
  api = await startTestApi();
  tenant = await api.createTenant();
});
afterAll(() => stopTestApi(api));
afterEach(async () => {
  vi.useRealTimers();
  await proxy?.close();
  proxy = undefined;
});

async function keyNames(apiKey: string) {
  const r = await api.call('GET', '/v1/api-keys?limit=200', { token: apiKey });
  return (r.body.data as { name: string }[]).map((k) => k.name);
}

describe('idempotent POST retries', () => {
  test('a POST whose response is lost is retried with its Idempotency-Key and creates one object', async () => {
    proxy = await startProxy(api.url, (hit, i) => (hit.method === 'POST' && i === 0 ? 'drop' : undefined));
    const jk = createJournalkitClient({ baseUrl: proxy.url, token: tenant.apiKey, retry: { baseDelay: 10 } });
    const { data, response } = await jk.request('POST', '/v1/users', {
      body: { displayName: 'exactly-once' },
    });
    expect(proxy.hits).toHaveLength(2);
    expect(proxy.hits[1]!.headers['idempotency-key']).toBe(proxy.hits[0]!.headers['idempotency-key']);
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(data.displayName).toBe('exactly-once');
    const users = await api.call('GET', '/v1/users?limit=200', { token: tenant.apiKey });
    expect(
      (users.body.data as { displayName: string }[]).filter((u) => u.displayName === 'exactly-once'),
    ).toHaveLength(1);
  });

  test('a lost response that held a secret is not replayed: the retry says what was created, once', async () => {
    proxy = await startProxy(api.url, (hit, i) => (hit.method === 'POST' && i === 0 ? 'drop' : undefined));
    const jk = createJournalkitClient({ baseUrl: proxy.url, token: tenant.apiKey, retry: { baseDelay: 10 } });
    const error = await rejectionOf(jk.request('POST', '/v1/api-keys', { body: { name: 'secret-once' } }));
    expect(proxy.hits).toHaveLength(2);
    expect(isJournalkitError(error)).toBe(true);
    expect([error.status, error.code]).toEqual([409, 'idempotency-secret-not-replayed']);
    expect(error.problem).toMatchObject({ created: { name: 'secret-once', secret: '[shown once]' } });
    expect(JSON.stringify(error.problem)).not.toMatch(/jk_sk_[A-Za-z0-9_-]{20,}/);
    expect((await keyNames(tenant.apiKey)).filter((n) => n === 'secret-once')).toHaveLength(1);
  });

  test('without an Idempotency-Key the POST is not retried (and the lost create stays created)', async () => {
    proxy = await startProxy(api.url, (hit, i) => (hit.method === 'POST' && i === 0 ? 'drop' : undefined));
    const jk = createJournalkitClient({ baseUrl: proxy.url, token: tenant.apiKey });
    const error = await rejectionOf(
      jk.POST('/v1/api-keys', { body: { name: 'unkeyed' }, idempotencyKey: false }),
    );
    expect(isJournalkitNetworkError(error)).toBe(true);
    expect(proxy.hits).toHaveLength(1);
    expect((await keyNames(tenant.apiKey)).filter((n) => n === 'unkeyed')).toHaveLength(1);
  });
});

describe('rate limits on the real API', () => {
  test('a 429 arrives as a JournalkitError with Retry-After; not retried past maxDelay; abort ends the wait', async () => {
    const limited = await api.createTenant();
    const patched = await api.call('PATCH', `/v1/platform/tenants/${limited.tenantId}`, {
      token: PLATFORM_KEY,
      body: { limits: { apiKeyRequestsPerMinute: 2 } },
    });
    expect(patched.status).toBe(200);
    const attempts: number[] = [];
    const jk = createJournalkitClient({
      baseUrl: api.url,
      token: limited.apiKey,
      retry: false,
      middleware: [{ onRequest: ({ attempt }) => void attempts.push(attempt) }],
    });
    await jk.GET('/v1/me');
    await jk.GET('/v1/me');
    const error = await rejectionOf(jk.GET('/v1/me'));
    expect(isJournalkitError(error)).toBe(true);
    expect([error.status, error.code]).toEqual([429, 'rate-limited']);
    expect(error.retryAfter).toBeGreaterThan(0);
    expect(error.retryAfter).toBeLessThanOrEqual(60);
    expect(error.response.headers.get('ratelimit-limit')).toBe('2');
    expect(error.requestId).toBeTruthy();

    // Retries on, but the Retry-After (up to 60 s) exceeds maxDelay: thrown at once, not waited for.
    const started = Date.now();
    const again = await rejectionOf(jk.GET('/v1/me', { retry: { maxDelay: 5_000 } }));
    expect(again.status).toBe(429);
    expect(Date.now() - started).toBeLessThan(1_000);

    // With a maxDelay long enough the client waits; aborting ends the wait at once.
    const controller = new AbortController();
    const waiting = jk.GET('/v1/me', { retry: { maxDelay: 120_000 }, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    expect((await rejectionOf<Error>(waiting)).name).toBe('AbortError');
    expect(attempts.at(-1)).toBe(0);
  });
});

describe('token refresh', () => {
  test('a revoked token: getToken is called again once and the call succeeds', async () => {
    const { userId, token: revoked } = await api.createUser(tenant.apiKey, {});
    expect((await api.call('POST', '/v1/auth/sign-out', { token: revoked })).status).toBe(204);
    const server = createJournalkitServer({ baseUrl: api.url, apiKey: tenant.apiKey });
    const getToken = vi.fn(async () =>
      getToken.mock.calls.length === 1 ? revoked : (await server.mintUserToken(userId)).token,
    );
    const jk = createJournalkitClient({ baseUrl: api.url, getToken });
    const [a, b, c] = await Promise.all([jk.GET('/v1/me'), jk.GET('/v1/me'), jk.GET('/v1/me')]);
    expect([a.kind, b.kind, c.kind]).toEqual(['user', 'user', 'user']);
    expect(getToken).toHaveBeenCalledTimes(2); // concurrent 401s share one refresh
    await jk.GET('/v1/me');
    expect(getToken).toHaveBeenCalledTimes(2); // the new token is cached
  });

  test('an expired token (token-expired) is refreshed', async () => {
    const server = createJournalkitServer({ baseUrl: api.url, apiKey: tenant.apiKey });
    const { token, user } = await server.endUserToken({ externalId: 'expiring', displayName: 'E' });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 3600_000 });
    const plain = await rejectionOf(createJournalkitClient({ baseUrl: api.url, token }).GET('/v1/me'));
    expect([plain.status, plain.code]).toEqual([401, 'token-expired']);
    const tokens = [token];
    const getToken = vi.fn(async () => tokens.shift() ?? (await server.mintUserToken(user.id)).token);
    const me = await createJournalkitClient({ baseUrl: api.url, getToken }).GET('/v1/me');
    expect(me.kind === 'user' && me.user.externalId).toBe('expiring');
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  test('only one refresh per call: a second 401 is thrown; a failing getToken is asked again next call', async () => {
    const { token } = await api.createUser(tenant.apiKey, {});
    await api.call('POST', '/v1/auth/sign-out', { token });
    const getToken = vi.fn(() => token);
    const error = await rejectionOf(createJournalkitClient({ baseUrl: api.url, getToken }).GET('/v1/me'));
    expect([error.status, getToken.mock.calls.length]).toEqual([401, 2]);

    let fail = true;
    const flaky = createJournalkitClient({
      baseUrl: api.url,
      getToken: () => (fail ? Promise.reject(new Error('backend down')) : tenant.apiKey),
    });
    await expect(flaky.GET('/v1/me')).rejects.toThrow('backend down');
    fail = false;
    expect((await flaky.GET('/v1/me')).kind).toBe('apiKey');
  });
});

describe('pagination', () => {
  test('paginate walks every page, and stops fetching when the caller stops', async () => {
    const fresh = await api.createTenant();
    const server = createJournalkitServer({ baseUrl: api.url, apiKey: fresh.apiKey });
    for (let i = 0; i < 7; i++) await server.upsertUser({ externalId: `p-${i}`, displayName: `P ${i}` });
    const pages: (string | null)[] = [];
    const jk = createJournalkitClient({
      baseUrl: api.url,
      token: fresh.apiKey,
      middleware: [
        { onRequest: ({ request }) => void pages.push(new URL(request.url).searchParams.get('cursor')) },
      ],
    });
    const ids: string[] = [];
    for await (const user of jk.paginate('/v1/users', { params: { query: { limit: 3 } } }))
      ids.push(user.externalId ?? '');
    expect(ids).toEqual(['p-0', 'p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6']);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBeNull();

    pages.length = 0;
    for await (const user of jk.paginate('/v1/users', { params: { query: { limit: 3 } } })) {
      if (user.externalId === 'p-1') break;
    }
    expect(pages).toHaveLength(1);
  });

  test('an aborted signal stops pagination', async () => {
    const controller = new AbortController();
    const jk = createJournalkitClient({ baseUrl: api.url, token: tenant.apiKey });
    const seen: unknown[] = [];
    const walk = (async () => {
      for await (const user of jk.paginate('/v1/users', {
        params: { query: { limit: 1 } },
        signal: controller.signal,
      })) {
        seen.push(user);
        controller.abort();
      }
    })();
    expect((await rejectionOf<Error>(walk)).name).toBe('AbortError');
    expect(seen).toHaveLength(1);
  });
});

describe('server helpers', () => {
  test('endUserToken creates the user once and mints a token the browser client can use', async () => {
    const server = createJournalkitServer({ baseUrl: api.url, apiKey: tenant.apiKey });
    const first = await server.endUserToken(
      { externalId: 'crm-42', displayName: 'Bo', email: 'bo@example.com' },
      { ttlSeconds: 600 },
    );
    const second = await server.endUserToken({ externalId: 'crm-42', displayName: 'Bo Renamed' });
    expect(second.user.id).toBe(first.user.id);
    expect(second.user.displayName).toBe('Bo Renamed');
    expect(Date.parse(first.expiresAt) - Date.now()).toBeLessThanOrEqual(600_000);
    const me = await createJournalkitClient({ baseUrl: api.url, token: first.token }).GET('/v1/me');
    expect(me.kind === 'user' && me.user.email).toBe('bo@example.com');
    expect((await server.client.GET('/v1/me')).kind).toBe('apiKey');
  });

  test('refuses to run in a browser', () => {
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      expect(() => createJournalkitServer({ baseUrl: api.url, apiKey: tenant.apiKey })).toThrow(
        /must not run in a browser/,
      );
    } finally {
      delete g.document;
    }
  });
});
