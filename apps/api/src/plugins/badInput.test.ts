import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness';

/**
 * Classes of input the contract accepted that answered 500 (finding 6 of the attack on the API),
 * and errors raised before Fastify's error handler that were not problem+json. Each answers a
 * 4xx problem now, and writes nothing.
 */
let api: TestApi;
let key: string;
let slug: string;
let accountId: string;
beforeAll(async () => {
  api = await startTestApi({ JOURNALKIT_BODY_TIMEOUT_SECONDS: '1' });
  const t = await api.createTenant();
  key = t.apiKey;
  slug = t.slug;
  const user = await api.createUser(key, {});
  accountId = (
    await api.call('POST', '/v1/accounts', {
      token: key,
      body: { name: 'A', broker: 'IBKR', currency: 'USD', userId: user.userId },
    })
  ).body.id;
});
afterAll(() => api.close());

const P = 'https://journalkit.dev/problems/';
const json = { 'content-type': 'application/json' };

function expectProblem(r: { status: number; headers: Headers; body: any }, status: number, type: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
  expect(r.body.type).toBe(P + type);
}

const userCount = async () => (await api.call('GET', '/v1/users?limit=200', { token: key })).body.data.length;

describe('text PostgreSQL cannot store', () => {
  it('a NUL character anywhere: query, path, body, property names, unauthenticated paths and sign-in', async () => {
    const before = await userCount();
    const cases = [
      api.call('GET', '/v1/users?email=a%00b', { token: key }),
      api.call('GET', '/v1/public/tenants/a%00b'),
      api.call('POST', '/v1/auth/sign-in', { body: { tenant: 'x\u0000', email: 'a@b.co', password: 'p' } }),
      api.call('POST', '/v1/users', { token: key, body: { displayName: 'a\u0000b' } }),
      api.call('PATCH', '/v1/tenant', { token: key, body: { settings: { theme: { 'a\u0000': 1 } } } }),
    ];
    for (const r of await Promise.all(cases)) expectProblem(r, 400, 'validation-error');
    const body = (await cases[3]!).body;
    expect(body.errors).toEqual([{ field: '/body/displayName', message: 'must not contain NUL characters' }]);
    expect(await userCount()).toBe(before);
  });

  it('a lone surrogate (not Unicode) in JSON, in tenant settings too; a real emoji is fine', async () => {
    const lone = await api.call('PATCH', '/v1/tenant', {
      token: key,
      rawBody: '{"settings":{"defaultLocale":"e\\ud800n"}}',
      headers: json,
    });
    expectProblem(lone, 400, 'validation-error');
    expect(lone.body.errors[0].field).toBe('/body/settings/defaultLocale');
    const low = await api.call('POST', '/v1/users', {
      token: key,
      rawBody: '{"displayName":"a\\udc00"}',
      headers: json,
    });
    expectProblem(low, 400, 'validation-error');
    const emoji = await api.call('POST', '/v1/users', {
      token: key,
      rawBody: '{"displayName":"Ana \\ud83d\\ude00"}',
      headers: json,
    });
    expect(emoji.status).toBe(201);
    expect(emoji.body.displayName).toBe('Ana 😀');
    expect((await api.call('GET', '/v1/tenant', { token: key })).body.settings.defaultLocale).toBeUndefined();
  });

  it('multipart fields and file names get the same checks', async () => {
    const form = new FormData();
    form.set('format', 'generic');
    form.set(
      'file',
      new Blob(['executed_at,symbol,side,quantity,price\n2024-03-01T15:00:00Z,AAPL,buy,1,100\n']),
      'trades\u0000.csv',
    );
    const res = await fetch(`${api.url}/v1/accounts/${accountId}/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}` },
      body: form,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { type: string }).type).toBe(`${P}validation-error`);
  });
});

describe('date-times', () => {
  it('refuses what PostgreSQL or JavaScript cannot hold exactly', async () => {
    for (const expiresAt of [
      '2030-06-30T23:59:60Z',
      '0000-01-01T00:00:00Z',
      '10000-01-01T00:00:00Z',
      '2030-13-01T00:00:00Z',
      '2030-02-30T00:00:00Z',
      '2029-02-29T00:00:00Z',
      '2030-01-01T24:00:00Z',
      '2030-01-01T00:00:00+24:00',
      '2030-01-01 00:00:00Z',
    ]) {
      const r = await api.call('POST', '/v1/api-keys', { token: key, body: { name: 'k', expiresAt } });
      expectProblem(r, 400, 'validation-error');
      expect(r.body.errors[0].field, expiresAt).toBe('/body/expiresAt');
    }
  });

  it('takes every RFC 3339 form it can hold', async () => {
    for (const expiresAt of [
      '2030-06-30T23:59:59.123456Z',
      '2032-02-29T12:00:00+05:30',
      '2030-01-01t00:00:00z',
      '9999-12-31T23:59:59Z',
    ]) {
      const r = await api.call('POST', '/v1/api-keys', { token: key, body: { name: 'k', expiresAt } });
      expect(r.status, expiresAt).toBe(201);
    }
  });
});

describe('nesting', () => {
  it('a 10,000-deep body is refused before anything runs, with an Idempotency-Key too', async () => {
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    for (const [method, path] of [
      ['POST', '/v1/users'],
      ['PATCH', '/v1/tenant'],
    ] as const) {
      const r = await api.call(method, path, {
        token: key,
        rawBody:
          path === '/v1/tenant' ? `{"settings":{"theme":{"a":${deep}}}}` : `{"displayName":"x","x":${deep}}`,
        headers: { ...json, 'idempotency-key': `deep-${method}` },
      });
      expectProblem(r, 400, 'validation-error');
      expect(r.body.errors[0].message).toBe('nests deeper than 32 levels');
    }
  });
});

describe('malformed multipart bodies', () => {
  const post = (body: string, contentType: string) =>
    api.call('POST', `/v1/accounts/${accountId}/imports`, {
      token: key,
      rawBody: body,
      headers: { 'content-type': contentType },
    });
  it('no boundary, a truncated body, a broken part header: 400, nothing imported', async () => {
    const part = (name: string, value: string, file = '') =>
      `--XX\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n${value}\r\n`;
    for (const [body, type] of [
      ['hello', 'multipart/form-data'],
      [
        `${part('format', 'generic')}--XX\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc`,
        'multipart/form-data; boundary=XX',
      ],
      ['--XX\r\nthis is not a header\r\n\r\n', 'multipart/form-data; boundary=XX'],
      [
        `${part('format', 'generic')}--XX\r\n${'X-Long: '.padEnd(200_000, 'a')}\r\n\r\nx\r\n--XX--\r\n`,
        'multipart/form-data; boundary=XX',
      ],
    ] as const) {
      const r = await post(body, type);
      expect(r.status, body.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(r.status, body.slice(0, 40)).toBeLessThan(500);
      expect(r.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    }
    expect((await post('hello', 'multipart/form-data')).body.type).toBe(`${P}invalid-multipart`);
    const imports = await api.call('GET', `/v1/accounts/${accountId}/imports`, { token: key });
    expect(imports.body.data).toEqual([]);
  });
});

/** A raw HTTP exchange: what fetch would refuse to send. */
function raw(text: string | ((write: (s: string) => void) => void), ms = 5000): Promise<string> {
  const u = new URL(api.url);
  return new Promise((resolve, reject) => {
    let out = '';
    const socket = connect(Number(u.port), u.hostname, () => {
      if (typeof text === 'string') socket.write(text);
      else text((s) => socket.writable && socket.write(s));
    });
    socket.on('data', (d) => (out += d.toString()));
    socket.on('close', () => resolve(out));
    socket.on('error', () => resolve(out));
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`no end after ${ms} ms: ${out}`));
    }, ms);
  });
}

function parse(response: string): { status: number; contentType: string; body: any } {
  const [head, body] = response.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]);
  const contentType = /content-type: ([^\r\n]+)/i.exec(head ?? '')?.[1] ?? '';
  return { status, contentType, body: JSON.parse(body ?? 'null') };
}

describe('errors before the error handler are problems too', () => {
  it('headers too large (431), a malformed request (400), a bad URL (400), a long path parameter (414), an unmet Expect (417)', async () => {
    const cases: Array<[string, number, string]> = [
      [
        `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
        431,
        'header-fields-too-large',
      ],
      [
        `GET /v1/public/tenants/${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        431,
        'header-fields-too-large',
      ],
      ['GARBAGE\r\n\r\n', 400, 'malformed-request'],
      [`GET /v1/public/tenants/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 400, 'bad-url'],
      [
        `GET /v1/users/%c0%af HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nConnection: close\r\n\r\n`,
        400,
        'bad-url',
      ],
      [
        `GET /v1/public/tenants/${'a'.repeat(500)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
        414,
        'uri-too-long',
      ],
      // An expectation other than 100-continue (Node's own answer had no body and no type).
      [
        `GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n`,
        417,
        'expectation-failed',
      ],
    ];
    for (const [request, status, type] of cases) {
      const r = parse(await raw(request));
      expect(r.status, request.slice(0, 60)).toBe(status);
      expect(r.contentType).toBe('application/problem+json; charset=utf-8');
      expect(r.body).toMatchObject({ type: P + type, status });
    }
    // The tenant name used above still resolves normally.
    expect((await api.call('GET', `/v1/public/tenants/${slug}`)).status).toBe(200);
  });

  it('a body that trickles is timed out with a 408 problem; a steady one is not', async () => {
    const started = Date.now();
    const out = await raw((write) => {
      write(
        `POST /v1/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{`,
      );
      const t = setInterval(() => write(' '), 300);
      setTimeout(() => clearInterval(t), 4500);
    }, 8000);
    const r = parse(out);
    expect(r.status).toBe(408);
    expect(r.body.type).toBe(`${P}request-timeout`);
    expect(Date.now() - started).toBeLessThan(4000);
    // A large body sent at once arrives whole (and is judged on its content).
    const big = await api.call('POST', '/v1/users', {
      token: key,
      rawBody: JSON.stringify({ displayName: 'Steady', pad: 'p'.repeat(900_000) }),
      headers: json,
    });
    expectProblem(big, 400, 'validation-error');
    expect(big.body.errors).toEqual([{ field: '/body/pad', message: 'is not a known field' }]);
  });
});
