import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi, type TestApi } from '../../test/harness';

let api: TestApi;
let key: string;
beforeAll(async () => {
  api = await startTestApi();
  key = (await api.createTenant()).apiKey;
});
afterAll(() => api.close());

const countUsers = async (externalId: string) =>
  (await api.call('GET', `/v1/users?externalId=${externalId}`, { token: key })).body.data.length as number;

describe('Idempotency-Key (Stripe semantics)', () => {
  it('replays the first response for the same key and body, creating one object', async () => {
    const body = { displayName: 'Idem', email: 'idem@example.com' };
    const headers = { 'idempotency-key': 'create-idem-1' };
    const first = await api.call('POST', '/v1/users', { token: key, body, headers });
    expect(first.status).toBe(201);
    const second = await api.call('POST', '/v1/users', { token: key, body, headers });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const list = await api.call('GET', '/v1/users?email=idem@example.com', { token: key });
    expect(list.body.data).toHaveLength(1);
  });

  it('rejects the same key with another body (422) and creates nothing more', async () => {
    const headers = { 'idempotency-key': 'create-idem-2' };
    await api.call('POST', '/v1/users', {
      token: key,
      body: { displayName: 'A', externalId: 'idem-a' },
      headers,
    });
    const r = await api.call('POST', '/v1/users', {
      token: key,
      body: { displayName: 'B', externalId: 'idem-b' },
      headers,
    });
    expect(r.status).toBe(422);
    expect(r.body.type).toBe('https://journalkit.dev/problems/idempotency-key-reused');
    expect(await countUsers('idem-b')).toBe(0);
  });

  it('concurrent duplicates create exactly one object', async () => {
    const body = { displayName: 'Racer', email: 'racer@example.com' };
    const headers = { 'idempotency-key': 'race-1' };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => api.call('POST', '/v1/users', { token: key, body, headers })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    const created = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(created.size).toBe(1);
    const conflicts = results.filter((r) => r.status === 409);
    for (const c of conflicts) {
      expect(c.body.type).toBe('https://journalkit.dev/problems/idempotency-in-progress');
      expect(c.headers.get('retry-after')).toBe('1');
    }
    const list = await api.call('GET', '/v1/users?email=racer@example.com', { token: key });
    expect(list.body.data).toHaveLength(1);
  });

  it('keys are per caller: another tenant’s identical key is independent', async () => {
    const other = await api.createTenant();
    const headers = { 'idempotency-key': 'shared-key' };
    const a = await api.call('POST', '/v1/users', { token: key, body: { displayName: 'A' }, headers });
    const b = await api.call('POST', '/v1/users', {
      token: other.apiKey,
      body: { displayName: 'A' },
      headers,
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('stores client errors too: a replayed 409 stays a 409', async () => {
    const headers = { 'idempotency-key': 'tenant-dup' };
    await api.createTenant('idem-tenant');
    const r1 = await api.call('POST', '/v1/platform/tenants', {
      token: PLATFORM_KEY,
      body: { slug: 'idem-tenant', name: 'x' },
      headers,
    });
    const r2 = await api.call('POST', '/v1/platform/tenants', {
      token: PLATFORM_KEY,
      body: { slug: 'idem-tenant', name: 'x' },
      headers,
    });
    expect(r1.status).toBe(409);
    expect(r2.status).toBe(409);
    expect(r2.headers.get('idempotent-replayed')).toBe('true');
  });

  it('never stores nor replays a secret: a retried key creation or token mint answers 409 naming what was made', async () => {
    const made = await api.call('POST', '/v1/api-keys', {
      token: key,
      body: { name: 'replayed', scopes: ['users:read'] },
      headers: { 'idempotency-key': 'key-once' },
    });
    expect(made.status).toBe(201);
    const again = await api.call('POST', '/v1/api-keys', {
      token: key,
      body: { name: 'replayed', scopes: ['users:read'] },
      headers: { 'idempotency-key': 'key-once' },
    });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('https://journalkit.dev/problems/idempotency-secret-not-replayed');
    expect(again.body.created).toMatchObject({
      id: made.body.id,
      prefix: made.body.prefix,
      secret: '[shown once]',
    });
    expect(again.text).not.toContain(made.body.secret);
    // One key was created, not two.
    const keys = await api.call('GET', '/v1/api-keys?limit=200', { token: key });
    expect(keys.body.data.filter((k: { name: string }) => k.name === 'replayed')).toHaveLength(1);

    const user = await api.call('POST', '/v1/users', { token: key, body: { displayName: 'Minted' } });
    const mint = () =>
      api.call('POST', `/v1/users/${user.body.id}/tokens`, {
        token: key,
        body: {},
        headers: { 'idempotency-key': 'mint-once' },
      });
    const token = await mint();
    expect(token.status).toBe(201);
    const replay = await mint();
    expect(replay.status).toBe(409);
    expect(replay.text).not.toContain(token.body.token);
    const tenant = await api.call('POST', '/v1/platform/tenants', {
      token: PLATFORM_KEY,
      body: { slug: 'idem-secret', name: 'x' },
      headers: { 'idempotency-key': 'tenant-once' },
    });
    expect(tenant.status).toBe(201);

    // The records hold no secret at all.
    const rows = await api.database.withSystem((trx) =>
      trx.selectFrom('idempotency_keys').select(['key', 'response_body', 'secret_withheld']).execute(),
    );
    for (const r of rows)
      expect(r.response_body ?? '', r.key).not.toMatch(/jk_(sk|ut|ss|dt)_[A-Za-z0-9_-]{20,}/);
    expect(
      rows
        .filter((r) => r.secret_withheld)
        .map((r) => r.key)
        .sort(),
    ).toEqual(['key-once', 'mint-once', 'tenant-once']);
  });
});
