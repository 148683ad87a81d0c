import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createJournalkitClient } from './client';
import { JournalkitError, isJournalkitError, isJournalkitNetworkError } from './errors';
import type { Middleware } from './middleware/types';
import { rejectionOf, startTestApi, stopTestApi, type TestApi } from './test/loopback';

let api: TestApi;
let tenant: { tenantId: string; slug: string; apiKey: string };

beforeAll(async () => {
  api = await startTestApi();
  tenant = await api.createTenant();
});
afterAll(() => stopTestApi(api));

const serverClient = (extra: Partial<Parameters<typeof createJournalkitClient>[0]> = {}) =>
  createJournalkitClient({ baseUrl: api.url, token: tenant.apiKey, ...extra });

describe('typed calls against the real API', () => {
  test('an API key reads /v1/me', async () => {
    const me = await serverClient().GET('/v1/me');
    expect(me.kind).toBe('apiKey');
    expect(me.tenant.slug).toBe(tenant.slug);
  });

  test('create, read, update a user; an end-user token sees itself', async () => {
    const jk = serverClient();
    const { data: created, response } = await jk.request('POST', '/v1/users', {
      body: { externalId: 'crm-1', displayName: 'Ana Lima', email: 'ana@example.com', locale: 'pt-BR' },
    });
    expect(response.status).toBe(201);
    const read = await jk.GET('/v1/users/{userId}', { params: { path: { userId: created.id } } });
    expect(read).toEqual(created);
    const updated = await jk.PATCH('/v1/users/{userId}', {
      params: { path: { userId: created.id } },
      body: { displayName: 'Ana L.' },
    });
    expect(updated.displayName).toBe('Ana L.');
    const { token } = await jk.POST('/v1/users/{userId}/tokens', {
      params: { path: { userId: created.id } },
      body: {},
    });
    const me = await createJournalkitClient({ baseUrl: api.url, token }).GET('/v1/me');
    expect(me.kind === 'user' && me.user.id).toBe(created.id);
  });

  test('query parameters are serialised', async () => {
    await serverClient().POST('/v1/users', {
      body: { externalId: 'by-mail', displayName: 'M', email: 'find+me@example.com' },
    });
    const page = await serverClient().GET('/v1/users', {
      params: { query: { email: 'find+me@example.com', limit: 5 } },
    });
    expect(page.data.map((u) => u.externalId)).toEqual(['by-mail']);
  });

  test('a baseUrl with a trailing slash works', async () => {
    const health = await createJournalkitClient({ baseUrl: `${api.url}/` }).GET('/healthz');
    expect(health.status).toBe('ok');
  });
});

describe('multipart uploads', () => {
  test('an object body with a Blob is sent as multipart/form-data; a FormData as is', async () => {
    const { token } = await api.createUser(tenant.apiKey, { roles: ['member'] });
    const jk = createJournalkitClient({ baseUrl: api.url, token });
    const account = await jk.POST('/v1/accounts', {
      body: { name: 'Up', broker: 'generic', currency: 'USD' },
    });
    const csv =
      'executed_at,symbol,asset_class,side,quantity,price,fees,multiplier,currency,execution_id\n' +
      '2024-03-28T14:00:00+00:00,AAPL,stock,buy,10,100,1,,USD,E1\n' +
      '2024-03-28T15:00:00+00:00,AAPL,stock,sell,10,101,1,,USD,E2\n';
    const path = { params: { path: { accountId: account.id } } };
    const dry = await jk.POST('/v1/accounts/{accountId}/imports', {
      ...path,
      body: { file: new Blob([csv], { type: 'text/csv' }), format: 'generic', dryRun: true },
    });
    expect([dry.dryRun, dry.rowsRead, dry.inserted]).toEqual([true, 2, 2]);
    const form = new FormData();
    form.append('file', new Blob([csv]), 'trades.csv');
    form.append('format', 'generic');
    const { data, response } = await jk.request('POST', '/v1/accounts/{accountId}/imports', {
      ...path,
      body: form,
    });
    expect([response.status, data.inserted, data.filename]).toEqual([201, 2, 'trades.csv']);
  });
});

describe('errors', () => {
  test('a validation problem arrives as a JournalkitError with field errors and the request id', async () => {
    const error = await serverClient()
      .POST('/v1/users', { body: { displayName: 'X', email: 'not-an-email' } })
      .catch((e: unknown) => e);
    expect(isJournalkitError(error)).toBe(true);
    expect(isJournalkitNetworkError(error)).toBe(false);
    expect(error).toBeInstanceOf(JournalkitError);
    const e = error as JournalkitError;
    expect(e.status).toBe(400);
    expect(e.type).toBe('https://journalkit.dev/problems/validation-error');
    expect(e.code).toBe('validation-error');
    expect(e.title).toBe('Invalid request');
    expect(e.errors).toEqual([expect.objectContaining({ field: '/body/email' })]);
    expect(e.requestId).toBeTruthy();
    expect(e.requestId).toBe(e.response.headers.get('x-request-id'));
    expect(e.problem.detail).toBe(e.message);
  });

  test('not found, forbidden and unauthenticated are problems too', async () => {
    const missing = await rejectionOf(
      serverClient().GET('/v1/users/{userId}', {
        params: { path: { userId: '0190a5b0-0000-7000-8000-000000000000' } },
      }),
    );
    expect([missing.status, missing.code]).toEqual([404, 'not-found']);
    const anonymous = await rejectionOf(createJournalkitClient({ baseUrl: api.url }).GET('/v1/me'));
    expect([anonymous.status, anonymous.code]).toEqual([401, 'unauthenticated']);
    const { token } = await api.createUser(tenant.apiKey, { roles: ['member'] });
    const member = createJournalkitClient({ baseUrl: api.url, token });
    const forbidden = await rejectionOf(member.GET('/v1/api-keys'));
    expect([forbidden.status, forbidden.code]).toEqual([403, 'forbidden']);
  });

  test('no answer is a JournalkitNetworkError, retried, distinguishable from API errors', async () => {
    const attempts: number[] = [];
    const jk = createJournalkitClient({
      baseUrl: 'http://127.0.0.1:9', // discard port: connection refused
      retry: { retries: 2, baseDelay: 5 },
      middleware: [{ onRequest: ({ attempt }) => void attempts.push(attempt) }],
    });
    const error = await jk.GET('/healthz').catch((e: unknown) => e);
    expect(isJournalkitNetworkError(error)).toBe(true);
    expect(isJournalkitError(error)).toBe(false);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(attempts).toEqual([0, 1, 2]);
  });
});

describe('middleware and headers', () => {
  test('onRequest in order, onResponse in reverse; auth, locale and idempotency headers are set', async () => {
    const order: string[] = [];
    const seen: Headers[] = [];
    const mw = (name: string): Middleware => ({
      onRequest: ({ request }) => {
        order.push(`req:${name}`);
        seen.push(request.headers);
      },
      onResponse: () => void order.push(`res:${name}`),
    });
    const jk = serverClient({ locale: () => 'pt-BR', middleware: [mw('a')] });
    jk.use(mw('b'));
    await jk.GET('/v1/me');
    expect(order).toEqual(['req:a', 'req:b', 'res:b', 'res:a']);
    expect(seen[0]?.get('authorization')).toBe(`Bearer ${tenant.apiKey}`);
    expect(seen[0]?.get('accept-language')).toBe('pt-BR');
    expect(seen[0]?.has('idempotency-key')).toBe(false);
    await jk.POST('/v1/api-keys', { body: { name: 'headers' } });
    expect(seen[2]?.get('idempotency-key')).toMatch(/^[0-9a-f-]{32,36}$/);
    await jk.POST('/v1/api-keys', { body: { name: 'headers-2' }, idempotencyKey: 'my-key-1' });
    expect(seen[4]?.get('idempotency-key')).toBe('my-key-1');
  });

  test('onRequest may answer without the network; eject removes middleware', async () => {
    const offline: Middleware = {
      onRequest: () =>
        new Response(JSON.stringify({ status: 'cached' }), {
          headers: { 'content-type': 'application/json' },
        }),
    };
    const jk = createJournalkitClient({ baseUrl: 'http://127.0.0.1:9', retry: false, middleware: [offline] });
    expect(await jk.GET('/healthz')).toEqual({ status: 'cached' });
    jk.eject(offline);
    await expect(jk.GET('/healthz')).rejects.toSatisfy(isJournalkitNetworkError);
  });

  test('onError may recover from a network failure or replace the error', async () => {
    const recover: Middleware = {
      onError: () =>
        new Response('{"status":"fallback"}', { headers: { 'content-type': 'application/json' } }),
    };
    const jk = createJournalkitClient({ baseUrl: 'http://127.0.0.1:9', retry: false, middleware: [recover] });
    expect(await jk.GET('/healthz')).toEqual({ status: 'fallback' });
    const replaced = new Error('offline');
    const jk2 = createJournalkitClient({
      baseUrl: 'http://127.0.0.1:9',
      middleware: [{ onError: () => replaced }],
    });
    await expect(jk2.GET('/healthz')).rejects.toBe(replaced);
  });

  test('an API key is refused in a browser unless explicitly allowed', async () => {
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      await expect(serverClient().GET('/v1/me')).rejects.toThrow(/belong on servers/);
      expect((await serverClient({ dangerouslyAllowBrowser: true }).GET('/v1/me')).kind).toBe('apiKey');
    } finally {
      delete g.document;
    }
  });
});
