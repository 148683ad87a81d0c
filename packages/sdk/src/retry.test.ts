import { afterEach, describe, expect, test, vi } from 'vitest';
import { createJournalkitClient } from './client';
import { isJournalkitError, isJournalkitNetworkError } from './errors';
import { DEFAULT_RETRY, retryAfterSeconds, retryDelay } from './retry';
import { json, rejectionOf, startLoopback, type Loopback } from './test/loopback';

// These tests need answers the real API cannot be made to give on demand (503, a Retry-After of
// 1 s, a reset connection), so they run against real HTTP servers on loopback.
let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const problem = (status: number, slug: string) => ({
  type: `https://journalkit.dev/problems/${slug}`,
  title: slug,
  status,
  detail: `${slug} detail`,
  requestId: `req-${slug}`,
});

describe('retry policy (pure)', () => {
  test('exponential backoff with equal jitter, capped, and a Retry-After honoured unless over maxDelay', () => {
    const policy = { retries: 3, baseDelay: 100, maxDelay: 300 };
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect([0, 1, 2].map((a) => retryDelay(policy, a))).toEqual([50, 100, 150]);
    vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    expect([0, 1, 2].map((a) => Math.round(retryDelay(policy, a)))).toEqual([100, 200, 300]);
    vi.restoreAllMocks();
    expect(retryDelay(policy, 3)).toBe(-1);
    expect(retryDelay(policy, 0, 0.2)).toBe(200);
    expect(retryDelay(policy, 0, 1)).toBe(-1);
    expect(DEFAULT_RETRY).toEqual({ retries: 2, baseDelay: 500, maxDelay: 30_000 });
  });

  test('Retry-After as seconds or as an HTTP date', () => {
    const at = (value: string) =>
      retryAfterSeconds(new Response(null, { headers: { 'retry-after': value } }));
    expect(at('7')).toBe(7);
    expect(at(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThan(1);
    expect(at('soon')).toBeUndefined();
    expect(retryAfterSeconds(new Response(null))).toBeUndefined();
  });
});

describe('retries over HTTP', () => {
  test('429 with Retry-After: 1 is retried after the delay, with the same Idempotency-Key', async () => {
    server = await startLoopback((_req, res, _hit, i) =>
      i === 0
        ? json(res, 429, problem(429, 'rate-limited'), { 'retry-after': '1' })
        : json(res, 201, { id: 'k1' }),
    );
    const jk = createJournalkitClient({ baseUrl: server.url, token: 't' });
    const started = Date.now();
    const created = await jk.POST('/v1/api-keys', { body: { name: 'x' } });
    expect(created).toEqual({ id: 'k1' });
    expect(server.hits).toHaveLength(2);
    const [first, second] = server.hits;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(first!.headers['idempotency-key']).toBeTruthy();
    expect(second!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
    expect(second!.body).toBe(first!.body);
  });

  test('503 is retried with backoff until it succeeds', async () => {
    server = await startLoopback((_req, res, _hit, i) =>
      i < 2 ? json(res, 503, problem(503, 'unavailable')) : json(res, 200, { status: 'ok' }),
    );
    const jk = createJournalkitClient({ baseUrl: server.url, retry: { baseDelay: 10 } });
    expect(await jk.GET('/healthz')).toEqual({ status: 'ok' });
    expect(server.hits).toHaveLength(3);
  });

  test('the last error is thrown once retries are exhausted', async () => {
    server = await startLoopback((_req, res) =>
      json(res, 503, problem(503, 'unavailable'), { 'retry-after': '0' }),
    );
    const jk = createJournalkitClient({ baseUrl: server.url, retry: { retries: 3 } });
    const error = await rejectionOf(jk.GET('/healthz'));
    expect(isJournalkitError(error) && [error.status, error.code, error.retryAfter]).toEqual([
      503,
      'unavailable',
      0,
    ]);
    expect(server.hits).toHaveLength(4);
  });

  test('only idempotent requests and keyed POSTs are retried; 500 never is', async () => {
    server = await startLoopback((_req, res) =>
      json(res, 503, problem(503, 'unavailable'), { 'retry-after': '0' }),
    );
    const jk = createJournalkitClient({ baseUrl: server.url, retry: { retries: 1 } });
    const userId = 'u1';
    await rejectionOf(
      jk.PATCH('/v1/users/{userId}', { params: { path: { userId } }, body: { displayName: 'x' } }),
    );
    expect(server.hits).toHaveLength(1);
    await rejectionOf(jk.POST('/v1/api-keys', { body: { name: 'x' }, idempotencyKey: false }));
    expect(server.hits).toHaveLength(2);
    expect(server.hits[1]!.headers['idempotency-key']).toBeUndefined();
    await rejectionOf(jk.DELETE('/v1/api-keys/{keyId}', { params: { path: { keyId: 'k' } } }));
    expect(server.hits).toHaveLength(4);
    await server.close();

    server = await startLoopback((_req, res) => json(res, 500, problem(500, 'internal-error')));
    const jk500 = createJournalkitClient({ baseUrl: server.url });
    expect((await rejectionOf(jk500.GET('/healthz'))).status).toBe(500);
    expect(server.hits).toHaveLength(1);
  });

  test('409 idempotency-in-progress is retried after its Retry-After', async () => {
    server = await startLoopback((_req, res, _hit, i) =>
      i === 0
        ? json(res, 409, problem(409, 'idempotency-in-progress'), { 'retry-after': '0' })
        : json(res, 201, { id: 'once' }),
    );
    const jk = createJournalkitClient({ baseUrl: server.url });
    expect(await jk.POST('/v1/api-keys', { body: { name: 'x' } })).toEqual({ id: 'once' });
    expect(server.hits).toHaveLength(2);
  });

  test('a reset connection is a network error, retried', async () => {
    server = await startLoopback((req, res, _hit, i) => {
      if (i === 0) req.socket.destroy();
      else json(res, 200, { status: 'ok' });
    });
    const jk = createJournalkitClient({ baseUrl: server.url, retry: { baseDelay: 5 } });
    expect(await jk.GET('/healthz')).toEqual({ status: 'ok' });
    expect(server.hits).toHaveLength(2);
    await server.close();
    server = await startLoopback((req) => void req.socket.destroy());
    const error = await rejectionOf(
      createJournalkitClient({ baseUrl: server.url, retry: false }).GET('/healthz'),
    );
    expect(isJournalkitNetworkError(error)).toBe(true);
  });

  test('a non-problem error body (a proxy page) still becomes a JournalkitError', async () => {
    server = await startLoopback((_req, res) => {
      res
        .writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'edge-1' })
        .end('<h1>Bad gateway</h1>');
    });
    const error = await rejectionOf(createJournalkitClient({ baseUrl: server.url }).GET('/healthz'));
    expect([error.status, error.type, error.detail, error.requestId]).toEqual([
      502,
      'about:blank',
      '<h1>Bad gateway</h1>',
      'edge-1',
    ]);
  });
});

describe('token refresh over HTTP', () => {
  test('concurrent 401s share one getToken() call, however their answers interleave', async () => {
    server = await startLoopback((req, res) =>
      req.headers.authorization === 'Bearer new'
        ? json(res, 200, { status: 'ok' })
        : json(res, 401, problem(401, 'token-expired')),
    );
    let calls = 0;
    const jk = createJournalkitClient({
      baseUrl: server.url,
      getToken: () => (calls++ === 0 ? 'old' : 'new'),
    });
    const results = await Promise.all(Array.from({ length: 8 }, () => jk.GET('/healthz')));
    expect(results).toHaveLength(8);
    expect(calls).toBe(2);
  });
});

describe('abort', () => {
  test('aborting cancels a request in flight', async () => {
    server = await startLoopback(() => undefined); // never answers
    const controller = new AbortController();
    const pending = createJournalkitClient({ baseUrl: server.url }).GET('/healthz', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf<Error>(pending);
    expect(error.name).toBe('AbortError');
    expect(server.hits).toHaveLength(1);
  });

  test('aborting cancels the wait between retries; an aborted signal sends nothing', async () => {
    server = await startLoopback((_req, res) =>
      json(res, 429, problem(429, 'rate-limited'), { 'retry-after': '30' }),
    );
    const controller = new AbortController();
    const started = Date.now();
    const pending = createJournalkitClient({ baseUrl: server.url }).GET('/healthz', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    expect((await rejectionOf<Error>(pending)).name).toBe('AbortError');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.hits).toHaveLength(1);

    await rejectionOf(
      createJournalkitClient({ baseUrl: server.url }).GET('/healthz', { signal: AbortSignal.abort() }),
    );
    expect(server.hits).toHaveLength(1);
  });
});
