import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness';

/**
 * Findings 2, 3, 5 and part of 17 of the attack on the API: nobody changes the credentials, roles
 * or status of someone holding more than they do; no key or user produces — directly, or through
 * a user it creates, changes or impersonates — a credential with a permission it does not hold;
 * the last active owner stays, under concurrency too; sessions and tokens die with a password
 * change or a disabled account.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const MEMBER_SCOPES = ['tenant:read', 'journal:read', 'journal:write'];
const PASSWORD = 'correct-horse-battery';

async function tenantWithPeople() {
  const t = await api.createTenant();
  const owner = await api.createUser(t.apiKey, {
    roles: ['owner'],
    email: `owner-${t.slug}@example.com`,
    password: PASSWORD,
    externalId: 'owner-ext',
  });
  const admin = await api.createUser(t.apiKey, { roles: ['admin'], email: `admin-${t.slug}@example.com` });
  const member = await api.createUser(t.apiKey, {
    roles: ['member'],
    email: `member-${t.slug}@example.com`,
    password: PASSWORD,
  });
  return { ...t, owner, admin, member };
}

async function keyWith(apiKey: string, scopes: string[]) {
  const r = await api.call('POST', '/v1/api-keys', {
    token: apiKey,
    body: { name: scopes.join(' '), scopes },
  });
  expect(r.status, r.text).toBe(201);
  return r.body.secret as string;
}

const signIn = (tenant: string, email: string, password: string) =>
  api.call('POST', '/v1/auth/sign-in', { body: { tenant, email, password } });

describe('an admin cannot take over an owner', () => {
  it('cannot set an owner’s password, by PATCH or by upserting the owner’s externalId', async () => {
    const t = await tenantWithPeople();
    const patch = await api.call('PATCH', `/v1/users/${t.owner.userId}`, {
      token: t.admin.token,
      body: { password: 'attacker-password-1' },
    });
    expect(patch.status).toBe(403);
    expect(patch.body.type).toBe('https://journalkit.dev/problems/forbidden');
    expect(patch.body.detail).toMatch(/users:impersonate/);
    const upsert = await api.call('POST', '/v1/users', {
      token: t.admin.token,
      body: { externalId: 'owner-ext', displayName: 'Owner', password: 'attacker-password-1' },
    });
    expect(upsert.status).toBe(403);
    expect((await signIn(t.slug, `owner-${t.slug}@example.com`, 'attacker-password-1')).status).toBe(401);
    expect((await signIn(t.slug, `owner-${t.slug}@example.com`, PASSWORD)).status).toBe(200);
  });

  it('cannot disable an owner, change their roles, email or name', async () => {
    const t = await tenantWithPeople();
    for (const body of [
      { status: 'disabled' },
      { roles: ['member'] },
      { email: 'attacker@example.com' },
      { displayName: 'Pwned' },
    ]) {
      const r = await api.call('PATCH', `/v1/users/${t.owner.userId}`, { token: t.admin.token, body });
      expect(r.status, JSON.stringify(body)).toBe(403);
    }
    const owner = await api.call('GET', `/v1/users/${t.owner.userId}`, { token: t.apiKey });
    expect(owner.body).toMatchObject({ status: 'active', roles: ['owner'] });
    expect(owner.body.displayName).not.toBe('Pwned');
    expect(owner.body.email).toBe(`owner-${t.slug}@example.com`);
  });

  it('still manages the people it outranks or equals', async () => {
    const t = await tenantWithPeople();
    const r = await api.call('PATCH', `/v1/users/${t.member.userId}`, {
      token: t.admin.token,
      body: { password: 'a-new-member-password', roles: ['member', 'instructor'] },
    });
    expect(r.status, r.text).toBe(200);
    const other = await api.createUser(t.apiKey, { roles: ['admin'] });
    expect(
      (
        await api.call('PATCH', `/v1/users/${other.userId}`, {
          token: t.admin.token,
          body: { status: 'disabled' },
        })
      ).status,
    ).toBe(200);
  });
});

describe('a narrow API key reaches no scope it lacks', () => {
  it('users:write alone creates no owner and no user with permissions it lacks', async () => {
    const t = await tenantWithPeople();
    const key = await keyWith(t.apiKey, ['users:write']);
    for (const roles of [['owner'], ['admin'], ['member']]) {
      const r = await api.call('POST', '/v1/users', {
        token: key,
        body: {
          externalId: `x-${roles[0]}`,
          displayName: 'X',
          email: `x-${roles[0]}@example.com`,
          roles,
          password: PASSWORD,
        },
      });
      expect(r.status, roles[0]).toBe(403);
      expect((await signIn(t.slug, `x-${roles[0]}@example.com`, PASSWORD)).status).toBe(401);
    }
    // Nor by taking over someone who exists.
    const reset = await api.call('PATCH', `/v1/users/${t.owner.userId}`, {
      token: key,
      body: { password: 'attacker-password-1' },
    });
    expect(reset.status).toBe(403);
    const list = await api.call('GET', '/v1/users?limit=200', { token: t.apiKey });
    expect(list.body.data).toHaveLength(3);
  });

  it('users:write with the member permissions creates members who hold no more than the key', async () => {
    const t = await tenantWithPeople();
    const key = await keyWith(t.apiKey, ['users:write', ...MEMBER_SCOPES]);
    const created = await api.call('POST', '/v1/users', {
      token: key,
      body: {
        externalId: 'new-member',
        displayName: 'New',
        email: `new-${t.slug}@example.com`,
        password: PASSWORD,
      },
    });
    expect(created.status, created.text).toBe(201);
    const session = await signIn(t.slug, `new-${t.slug}@example.com`, PASSWORD);
    expect(session.status).toBe(200);
    const me = await api.call('GET', '/v1/me', { token: session.body.token });
    expect(me.body.permissions).toEqual(MEMBER_SCOPES);
    // Giving them more than the key holds is refused.
    const promote = await api.call('PATCH', `/v1/users/${created.body.id}`, {
      token: key,
      body: { roles: ['admin'] },
    });
    expect(promote.status).toBe(403);
  });

  it('users:impersonate alone mints no token for anyone who holds more than the key', async () => {
    const t = await tenantWithPeople();
    const key = await keyWith(t.apiKey, ['users:impersonate']);
    for (const who of [t.owner.userId, t.admin.userId, t.member.userId]) {
      const r = await api.call('POST', `/v1/users/${who}/tokens`, { token: key, body: {} });
      expect(r.status).toBe(403);
    }
    const embed = await keyWith(t.apiKey, ['users:impersonate', ...MEMBER_SCOPES]);
    expect(
      (await api.call('POST', `/v1/users/${t.member.userId}/tokens`, { token: embed, body: {} })).status,
    ).toBe(201);
    expect(
      (await api.call('POST', `/v1/users/${t.owner.userId}/tokens`, { token: embed, body: {} })).status,
    ).toBe(403);
  });

  it('a key answers to the user who made it: capped by their roles now, dead while they are disabled', async () => {
    const t = await tenantWithPeople();
    const made = await api.call('POST', '/v1/api-keys', {
      token: t.admin.token,
      body: { name: 'admin’s key' },
    });
    expect(made.status).toBe(201);
    const key = made.body.secret as string;
    // A key made by that key answers to the same admin.
    const child = (
      await api.call('POST', '/v1/api-keys', { token: key, body: { name: 'child', scopes: ['keys:read'] } })
    ).body.secret as string;
    expect((await api.call('GET', '/v1/api-keys', { token: key })).status).toBe(200);
    expect((await api.call('GET', '/v1/api-keys', { token: child })).status).toBe(200);
    // The owner demotes the admin to member: the keys keep only what a member holds.
    expect(
      (
        await api.call('PATCH', `/v1/users/${t.admin.userId}`, {
          token: t.owner.token,
          body: { roles: ['member'] },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('GET', '/v1/api-keys', { token: key })).status).toBe(403);
    expect((await api.call('GET', '/v1/api-keys', { token: child })).status).toBe(403);
    expect((await api.call('GET', '/v1/me', { token: key })).body.permissions).toEqual(MEMBER_SCOPES);
    // Disabled: the keys stop working.
    expect(
      (
        await api.call('PATCH', `/v1/users/${t.admin.userId}`, {
          token: t.owner.token,
          body: { status: 'disabled' },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('GET', '/v1/me', { token: key })).status).toBe(401);
    expect((await api.call('GET', '/v1/me', { token: child })).status).toBe(401);
  });

  it('no key changes or revokes a key with scopes it lacks, nor widens one', async () => {
    const t = await tenantWithPeople();
    const narrow = await keyWith(t.apiKey, ['keys:read', 'keys:write']);
    const list = await api.call('GET', '/v1/api-keys', { token: narrow });
    const initial = list.body.data.find((k: { name: string }) => k.name === 'Initial key');
    for (const [method, body] of [
      ['PATCH', { name: 'renamed' }],
      ['PATCH', { scopes: ['keys:read'] }],
      ['DELETE', undefined],
    ] as const) {
      const r = await api.call(method, `/v1/api-keys/${initial.id}`, {
        token: narrow,
        ...(body ? { body } : {}),
      });
      expect(r.status, `${method} ${JSON.stringify(body)}`).toBe(403);
    }
    const self = list.body.data.find((k: { name: string }) => k.name === 'keys:read keys:write');
    const widen = await api.call('PATCH', `/v1/api-keys/${self.id}`, {
      token: narrow,
      body: { scopes: ['keys:read', 'keys:write', 'users:write'] },
    });
    expect(widen.status).toBe(403);
    // An empty PATCH changes nothing and says so (it answered 500 before).
    const empty = await api.call('PATCH', `/v1/api-keys/${self.id}`, { token: narrow, body: {} });
    expect(empty.status).toBe(200);
    expect(empty.body.scopes).toEqual(['keys:read', 'keys:write']);
    expect((await api.call('GET', `/v1/api-keys/${initial.id}`, { token: t.apiKey })).body).toMatchObject({
      name: 'Initial key',
      revokedAt: null,
    });
  });
});

describe('the last active owner', () => {
  it('is kept when upserting their externalId with other roles, or disabling them', async () => {
    const t = await tenantWithPeople();
    const r = await api.call('POST', '/v1/users', {
      token: t.apiKey,
      body: { externalId: 'owner-ext', displayName: 'Owner', roles: ['member'] },
    });
    expect(r.status).toBe(409);
    expect(r.body.type).toBe('https://journalkit.dev/problems/last-owner');
    const d = await api.call('PATCH', `/v1/users/${t.owner.userId}`, {
      token: t.apiKey,
      body: { status: 'disabled' },
    });
    expect(d.status).toBe(409);
    expect((await api.call('GET', `/v1/users/${t.owner.userId}`, { token: t.apiKey })).body).toMatchObject({
      roles: ['owner'],
      status: 'active',
    });
  });

  it('is kept when two owners are demoted at the same moment', async () => {
    const t = await tenantWithPeople();
    for (let round = 0; round < 8; round++) {
      const second = await api.createUser(t.apiKey, { roles: ['owner'] });
      const owners = [t.owner.userId, second.userId];
      const results = await Promise.all(
        owners.map((id) =>
          api.call('PATCH', `/v1/users/${id}`, { token: t.apiKey, body: { roles: ['member'] } }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const list = await api.call('GET', '/v1/users?limit=200', { token: t.apiKey });
      const active = list.body.data.filter(
        (u: { roles: string[]; status: string }) => u.status === 'active' && u.roles.includes('owner'),
      );
      expect(active).toHaveLength(1);
      // Put the demoted one back as the owner for the next round.
      const kept = active[0].id as string;
      if (kept !== t.owner.userId) {
        await api.call('PATCH', `/v1/users/${t.owner.userId}`, {
          token: t.apiKey,
          body: { roles: ['owner'] },
        });
      }
      await api.call('PATCH', `/v1/users/${second.userId}`, { token: t.apiKey, body: { roles: ['member'] } });
    }
  });
});

describe('sessions and tokens die with the credential', () => {
  it('a password change ends the user’s sessions and tokens, except the caller’s own', async () => {
    const t = await tenantWithPeople();
    const email = `member-${t.slug}@example.com`;
    const session = (await signIn(t.slug, email, PASSWORD)).body.token as string;
    const other = (await signIn(t.slug, email, PASSWORD)).body.token as string;
    const embed = t.member.token;
    expect((await api.call('GET', '/v1/me', { token: session })).status).toBe(200);
    const changed = await api.call('PATCH', `/v1/users/${t.member.userId}`, {
      token: t.admin.token,
      body: { password: 'a-brand-new-password' },
    });
    expect(changed.status).toBe(200);
    for (const token of [session, other, embed]) {
      expect((await api.call('GET', '/v1/me', { token })).status).toBe(401);
    }
    // An owner changing their own password keeps the session they did it from.
    const ownerEmail = `owner-${t.slug}@example.com`;
    const mine = (await signIn(t.slug, ownerEmail, PASSWORD)).body.token as string;
    const elsewhere = (await signIn(t.slug, ownerEmail, PASSWORD)).body.token as string;
    expect(
      (
        await api.call('PATCH', `/v1/users/${t.owner.userId}`, {
          token: mine,
          body: { password: 'owner-new-password' },
        })
      ).status,
    ).toBe(200);
    expect((await api.call('GET', '/v1/me', { token: mine })).status).toBe(200);
    expect((await api.call('GET', '/v1/me', { token: elsewhere })).status).toBe(401);
  });

  it('a disabled user’s tokens stay dead when the user is enabled again', async () => {
    const t = await tenantWithPeople();
    const session = (await signIn(t.slug, `member-${t.slug}@example.com`, PASSWORD)).body.token as string;
    for (const status of ['disabled', 'active']) {
      const r = await api.call('PATCH', `/v1/users/${t.member.userId}`, {
        token: t.admin.token,
        body: { status },
      });
      expect(r.status).toBe(200);
    }
    expect((await api.call('GET', '/v1/me', { token: session })).status).toBe(401);
    expect((await api.call('GET', '/v1/me', { token: t.member.token })).status).toBe(401);
    expect((await signIn(t.slug, `member-${t.slug}@example.com`, PASSWORD)).status).toBe(200);
  });
});
