import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi, type TestApi } from '../../test/harness';

let api: TestApi;
let key: string;
beforeAll(async () => {
  api = await startTestApi();
  key = (await api.createTenant()).apiKey;
});
afterAll(() => api.close());

/** POSTs `body` with the Idempotency-Key `idempotencyKey`, as `token` (the tenant's API key by default). */
const post = (url: string, idempotencyKey: string, body: object, token = key) =>
  api.call('POST', url, { token, body, headers: { 'idempotency-key': idempotencyKey } });

const countUsers = async (externalId: string) =>
  (await api.call('GET', `/v1/users?externalId=${externalId}`, { token: key })).body.data.length as number;

describe('Idempotency-Key (Stripe semantics)', () => {
  it('replays the first response for the same key and body, creating one object', async () => {
    const body = { displayName: 'Idem', email: 'idem@example.com' };
    const first = await post('/v1/users', 'create-idem-1', body);
    expect(first.status).toBe(201);
    const second = await post('/v1/users', 'create-idem-1', body);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const list = await api.call('GET', '/v1/users?email=idem@example.com', { token: key });
    expect(list.body.data).toHaveLength(1);
  });

  it('rejects the same key with another body (422) and creates nothing more', async () => {
    await post('/v1/users', 'create-idem-2', { displayName: 'A', externalId: 'idem-a' });
    const r = await post('/v1/users', 'create-idem-2', { displayName: 'B', externalId: 'idem-b' });
    expect(r.status).toBe(422);
    expect(r.body.type).toBe('https://journalkit.dev/problems/idempotency-key-reused');
    expect(await countUsers('idem-b')).toBe(0);
  });

  it('concurrent duplicates create exactly one object', async () => {
    const body = { displayName: 'Racer', email: 'racer@example.com' };
    const results = await Promise.all(Array.from({ length: 8 }, () => post('/v1/users', 'race-1', body)));
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
    const a = await post('/v1/users', 'shared-key', { displayName: 'A' });
    const b = await post('/v1/users', 'shared-key', { displayName: 'A' }, other.apiKey);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('stores client errors too: a replayed 409 stays a 409', async () => {
    await api.createTenant('idem-tenant');
    const body = { slug: 'idem-tenant', name: 'x' };
    const r1 = await post('/v1/platform/tenants', 'tenant-dup', body, PLATFORM_KEY);
    const r2 = await post('/v1/platform/tenants', 'tenant-dup', body, PLATFORM_KEY);
    expect(r1.status).toBe(409);
    expect(r2.status).toBe(409);
    expect(r2.headers.get('idempotent-replayed')).toBe('true');
  });

  it('never stores nor replays a secret: a retried key creation or token mint answers 409 naming what was made', async () => {
    const newKey = { name: 'replayed', scopes: ['users:read'] };
    const made = await post('/v1/api-keys', 'key-once', newKey);
    expect(made.status).toBe(201);
    const again = await post('/v1/api-keys', 'key-once', newKey);
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
    const mint = () => post(`/v1/users/${user.body.id}/tokens`, 'mint-once', {});
    const token = await mint();
    expect(token.status).toBe(201);
    const replay = await mint();
    expect(replay.status).toBe(409);
    expect(replay.text).not.toContain(token.body.token);
    const tenant = await post(
      '/v1/platform/tenants',
      'tenant-once',
      { slug: 'idem-secret', name: 'x' },
      PLATFORM_KEY,
    );
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
