import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';

let api: TestApi;
let tenant: { tenantId: string; slug: string; apiKey: string };
beforeAll(async () => {
  api = await startTestApi();
  tenant = await api.createTenant();
});
afterAll(() => api.close());

describe('end users (the embed model)', () => {
  it('creates a user with 201 and updates the same externalId with 200', async () => {
    const body = { externalId: 'crm-1', email: 'ana@example.com', displayName: 'Ana', locale: 'pt-BR' };
    const a = await api.call('POST', '/v1/users', { token: tenant.apiKey, body });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      externalId: 'crm-1',
      roles: ['member'],
      locale: 'pt-BR',
      hasPassword: false,
    });
    const b = await api.call('POST', '/v1/users', {
      token: tenant.apiKey,
      body: { ...body, displayName: 'Ana Lima' },
    });
    expect(b.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    expect(b.body.displayName).toBe('Ana Lima');
    const list = await api.call('GET', '/v1/users?externalId=crm-1', { token: tenant.apiKey });
    expect(list.body.data).toHaveLength(1);
  });

  it('refuses a second user with the same email (409), case-insensitively', async () => {
    await api.call('POST', '/v1/users', {
      token: tenant.apiKey,
      body: { displayName: 'X', email: 'dup@example.com' },
    });
    const r = await api.call('POST', '/v1/users', {
      token: tenant.apiKey,
      body: { displayName: 'Y', email: 'DUP@example.com' },
    });
    expect(r.status).toBe(409);
    expect(r.body.type).toBe('https://journalkit.dev/problems/email-taken');
  });

  it('mints a short-lived token the browser uses; GET /v1/me returns the caller', async () => {
    const u = await api.call('POST', '/v1/users', {
      token: tenant.apiKey,
      body: { externalId: 'tok-1', displayName: 'Tok' },
    });
    const before = Date.now();
    const t = await api.call('POST', `/v1/users/${u.body.id}/tokens`, {
      token: tenant.apiKey,
      body: { ttlSeconds: 600 },
    });
    expect(t.status).toBe(201);
    expect(t.body.token).toMatch(/^jk_ut_/);
    const exp = Date.parse(t.body.expiresAt);
    expect(exp - before).toBeGreaterThan(595_000);
    expect(exp - before).toBeLessThan(605_000);
    const me = await api.call('GET', '/v1/me', { token: t.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      kind: 'user',
      user: { id: u.body.id },
      permissions: ['tenant:read', 'journal:read', 'journal:write'],
    });
  });

  it('an expired token answers 401 token-expired (the SDK refreshes on it)', async () => {
    const { userId, token } = await api.createUser(tenant.apiKey, {});
    await api.database.withSystem((trx) =>
      trx
        .updateTable('user_tokens')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('user_id', '=', userId)
        .execute(),
    );
    const r = await api.call('GET', '/v1/me', { token });
    expect(r.status).toBe(401);
    expect(r.body.type).toBe('https://journalkit.dev/problems/token-expired');
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('cannot mint tokens for another tenant’s user (404) nor with a key lacking the scope (403)', async () => {
    const other = await api.createTenant();
    const { userId } = await api.createUser(other.apiKey, {});
    const r = await api.call('POST', `/v1/users/${userId}/tokens`, { token: tenant.apiKey, body: {} });
    expect(r.status).toBe(404);
    const weak = await api.call('POST', '/v1/api-keys', {
      token: tenant.apiKey,
      body: { name: 'read only', scopes: ['users:read'] },
    });
    const mine = await api.createUser(tenant.apiKey, {});
    const denied = await api.call('POST', `/v1/users/${mine.userId}/tokens`, {
      token: weak.body.secret,
      body: {},
    });
    expect(denied.status).toBe(403);
    expect(denied.body.detail).toContain('users:impersonate');
  });

  it('disabled users lose access at once', async () => {
    const { userId, token } = await api.createUser(tenant.apiKey, {});
    expect((await api.call('GET', '/v1/me', { token })).status).toBe(200);
    await api.call('PATCH', `/v1/users/${userId}`, { token: tenant.apiKey, body: { status: 'disabled' } });
    expect((await api.call('GET', '/v1/me', { token })).status).toBe(401);
  });
});

describe('roles', () => {
  it('members cannot manage users; admins can, but cannot create owners; owners can', async () => {
    const member = await api.createUser(tenant.apiKey, { roles: ['member'] });
    const admin = await api.createUser(tenant.apiKey, { roles: ['admin'] });
    const owner = await api.createUser(tenant.apiKey, { roles: ['owner'] });
    const body = { displayName: 'New' };
    expect((await api.call('POST', '/v1/users', { token: member.token, body })).status).toBe(403);
    expect((await api.call('GET', '/v1/users', { token: member.token })).status).toBe(403);
    expect((await api.call('POST', '/v1/users', { token: admin.token, body })).status).toBe(201);
    const esc = await api.call('POST', '/v1/users', {
      token: admin.token,
      body: { ...body, roles: ['owner'] },
    });
    expect(esc.status).toBe(403);
    const ok = await api.call('POST', '/v1/users', {
      token: owner.token,
      body: { ...body, roles: ['owner'] },
    });
    expect(ok.status).toBe(201);
    // Admins cannot mint tokens for other users (impersonation is for owners and API keys).
    expect(
      (await api.call('POST', `/v1/users/${member.userId}/tokens`, { token: admin.token, body: {} })).status,
    ).toBe(403);
  });

  it('keeps at least one active owner', async () => {
    const t = await api.createTenant();
    const owner = await api.createUser(t.apiKey, { roles: ['owner'] });
    const r = await api.call('PATCH', `/v1/users/${owner.userId}`, {
      token: t.apiKey,
      body: { roles: ['admin'] },
    });
    expect(r.status).toBe(409);
    expect(r.body.type).toBe('https://journalkit.dev/problems/last-owner');
  });
});

describe('portal sign-in', () => {
  it('signs in with email + password (argon2id), signs out, and rejects wrong passwords alike', async () => {
    await api.createUser(tenant.apiKey, { email: 'pw@example.com', password: 'correct horse battery' });
    const stored = await api.database.withSystem((trx) =>
      trx
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', 'pw@example.com')
        .executeTakeFirstOrThrow(),
    );
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    const ok = await api.call('POST', '/v1/auth/sign-in', {
      body: { tenant: tenant.slug, email: 'PW@example.com', password: 'correct horse battery' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.token).toMatch(/^jk_ss_/);
    expect((await api.call('GET', '/v1/me', { token: ok.body.token })).status).toBe(200);
    expect((await api.call('POST', '/v1/auth/sign-out', { token: ok.body.token })).status).toBe(204);
    expect((await api.call('GET', '/v1/me', { token: ok.body.token })).status).toBe(401);

    const wrong = await api.call('POST', '/v1/auth/sign-in', {
      body: { tenant: tenant.slug, email: 'pw@example.com', password: 'wrong password!' },
    });
    const nobody = await api.call('POST', '/v1/auth/sign-in', {
      body: { tenant: tenant.slug, email: 'nobody@example.com', password: 'wrong password!' },
    });
    expect(wrong.status).toBe(401);
    expect(nobody.status).toBe(401);
    expect(wrong.body.type).toBe(nobody.body.type);
    expect(wrong.body.detail).toBe(nobody.body.detail);
  });
});

describe('API keys', () => {
  it('creates scoped keys, never above the creator, and revokes them at once', async () => {
    const admin = await api.createUser(tenant.apiKey, { roles: ['admin'] });
    const above = await api.call('POST', '/v1/api-keys', {
      token: admin.token,
      body: { name: 'too strong', scopes: ['users:impersonate'] },
    });
    expect(above.status).toBe(403);
    const k = await api.call('POST', '/v1/api-keys', {
      token: admin.token,
      body: { name: 'ci', scopes: ['users:read'] },
    });
    expect(k.status).toBe(201);
    expect(k.body.scopes).toEqual(['users:read']);
    expect((await api.call('GET', '/v1/users', { token: k.body.secret })).status).toBe(200);
    expect(
      (await api.call('POST', '/v1/users', { token: k.body.secret, body: { displayName: 'x' } })).status,
    ).toBe(403);
    const rev = await api.call('DELETE', `/v1/api-keys/${k.body.id}`, { token: admin.token });
    expect(rev.status).toBe(200);
    expect(rev.body.revokedAt).not.toBeNull();
    expect((await api.call('GET', '/v1/users', { token: k.body.secret })).status).toBe(401);
  });

  it('expired keys stop working', async () => {
    const k = await api.call('POST', '/v1/api-keys', {
      token: tenant.apiKey,
      body: { name: 'short', expiresAt: new Date(Date.now() + 60_000).toISOString() },
    });
    expect((await api.call('GET', '/v1/me', { token: k.body.secret })).status).toBe(200);
    await api.database.withSystem((trx) =>
      trx
        .updateTable('api_keys')
        .set({ expires_at: new Date(Date.now() - 1) })
        .where('id', '=', k.body.id)
        .execute(),
    );
    const r = await api.call('GET', '/v1/me', { token: k.body.secret });
    expect(r.status).toBe(401);
    expect(r.body.type).toBe('https://journalkit.dev/problems/token-expired');
  });
});
