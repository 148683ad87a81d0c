import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi, type TestApi } from '../../test/harness';

let api: TestApi;
let key: string;
beforeAll(async () => {
  api = await startTestApi({ JOURNALKIT_BODY_LIMIT: '2048' });
  key = (await api.createTenant()).apiKey;
});
afterAll(() => api.close());

const P = 'https://journalkit.dev/problems/';

// Every bad request answers a 4xx application/problem+json with a stable type — never a 500.
const cases: Array<{
  name: string;
  method: string;
  path: string;
  auth?: 'key' | 'platform' | 'none';
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: number;
  type: string;
  field?: string;
}> = [
  { name: 'unknown route', method: 'GET', path: '/v1/nope', status: 404, type: 'route-not-found' },
  { name: 'unknown method', method: 'PUT', path: '/v1/users', status: 404, type: 'route-not-found' },
  {
    name: 'no credentials',
    method: 'GET',
    path: '/v1/users',
    auth: 'none',
    status: 401,
    type: 'unauthenticated',
  },
  {
    name: 'malformed Authorization',
    method: 'GET',
    path: '/v1/users',
    auth: 'none',
    headers: { authorization: 'Basic abc' },
    status: 401,
    type: 'unauthenticated',
  },
  {
    name: 'bad JSON',
    method: 'POST',
    path: '/v1/users',
    raw: '{"displayName": ',
    status: 400,
    type: 'invalid-json',
  },
  {
    name: 'empty JSON body',
    method: 'POST',
    path: '/v1/users',
    raw: '',
    headers: { 'content-type': 'application/json' },
    status: 400,
    type: 'invalid-json',
  },
  {
    name: 'wrong content type',
    method: 'POST',
    path: '/v1/users',
    raw: 'displayName=x',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: 'oversized body',
    method: 'POST',
    path: '/v1/users',
    body: { displayName: 'x'.repeat(5000) },
    status: 413,
    type: 'payload-too-large',
  },
  {
    name: 'missing field',
    method: 'POST',
    path: '/v1/users',
    body: {},
    status: 400,
    type: 'validation-error',
    field: '/body/displayName',
  },
  {
    name: 'unknown field',
    method: 'POST',
    path: '/v1/users',
    body: { displayName: 'x', isAdmin: true },
    status: 400,
    type: 'validation-error',
    field: '/body/isAdmin',
  },
  {
    name: 'wrong type',
    method: 'POST',
    path: '/v1/users',
    body: { displayName: 42 },
    status: 400,
    type: 'validation-error',
    field: '/body/displayName',
  },
  {
    name: 'bad email',
    method: 'POST',
    path: '/v1/users',
    body: { displayName: 'x', email: 'not-an-email' },
    status: 400,
    type: 'validation-error',
    field: '/body/email',
  },
  {
    name: 'unknown role',
    method: 'POST',
    path: '/v1/users',
    body: { displayName: 'x', roles: ['god'] },
    status: 400,
    type: 'validation-error',
  },
  {
    name: 'bad uuid in path',
    method: 'GET',
    path: '/v1/users/123',
    status: 400,
    type: 'validation-error',
    field: '/params/userId',
  },
  {
    name: 'unknown id',
    method: 'GET',
    path: '/v1/users/0190f0e0-0000-7000-8000-000000000000',
    status: 404,
    type: 'not-found',
  },
  {
    name: 'limit out of range',
    method: 'GET',
    path: '/v1/users?limit=100000',
    status: 400,
    type: 'validation-error',
    field: '/querystring/limit',
  },
  { name: 'bad cursor', method: 'GET', path: '/v1/users?cursor=%%%', status: 400, type: 'invalid-cursor' },
  {
    name: 'over-long idempotency key',
    method: 'POST',
    path: '/v1/users',
    body: { displayName: 'x' },
    headers: { 'idempotency-key': 'k'.repeat(300) },
    status: 400,
    type: 'invalid-idempotency-key',
  },
  {
    name: 'platform route with a tenant key',
    method: 'GET',
    path: '/v1/platform/tenants',
    status: 403,
    type: 'forbidden',
  },
  {
    name: 'tenant route with the platform key',
    method: 'GET',
    path: '/v1/users',
    auth: 'platform',
    status: 403,
    type: 'forbidden',
  },
];

describe('problem details for bad requests', () => {
  it.each(cases)('$name → $status $type', async (c) => {
    const headers: Record<string, string> = { ...c.headers };
    if (c.raw !== undefined) headers['content-type'] ??= 'application/json';
    const token = c.auth === 'none' ? undefined : c.auth === 'platform' ? PLATFORM_KEY : key;
    const r = await api.call(c.method, c.path, { token, body: c.body, rawBody: c.raw, headers });
    expect(r.status, r.text).toBe(c.status);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ type: P + c.type, status: c.status });
    expect(typeof r.body.title).toBe('string');
    expect(typeof r.body.detail).toBe('string');
    expect(r.body.requestId).toBe(r.headers.get('x-request-id'));
    if (c.field) expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(c.field);
  });

  it('a failed write leaves nothing behind', async () => {
    const before = await api.call('GET', '/v1/users', { token: key });
    await api.call('POST', '/v1/users', { token: key, body: { displayName: 'x', email: 'bad' } });
    await api.call('POST', '/v1/users', {
      token: key,
      rawBody: '{"displayName":"half"',
      headers: { 'content-type': 'application/json' },
    });
    const after = await api.call('GET', '/v1/users', { token: key });
    expect(after.body.data).toEqual(before.body.data);
  });
});

describe('request ids, health and CORS', () => {
  it('echoes a valid incoming X-Request-Id and makes one otherwise', async () => {
    const r = await api.call('GET', '/healthz', { headers: { 'x-request-id': 'abc-123' } });
    expect(r.headers.get('x-request-id')).toBe('abc-123');
    const s = await api.call('GET', '/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(s.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports liveness and readiness', async () => {
    expect((await api.call('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await api.call('GET', '/readyz')).body).toEqual({ status: 'ok' });
  });

  it('answers CORS preflights for the browser SDK', async () => {
    const r = await fetch(`${api.url}/v1/me`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const doc = await api.call('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    const docs = await fetch(`${api.url}/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });
});
