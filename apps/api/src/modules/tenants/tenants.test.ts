import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi, type TestApi } from '../../../test/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('tenants (platform key)', () => {
  it('creates a tenant and returns its first API key once, storing only a hash', async () => {
    const r = await api.call('POST', '/v1/platform/tenants', {
      token: PLATFORM_KEY,
      body: { slug: 'acme', name: 'Acme Trading' },
    });
    expect(r.status).toBe(201);
    expect(r.body.tenant).toMatchObject({ slug: 'acme', name: 'Acme Trading', status: 'active' });
    const secret: string = r.body.apiKey.secret;
    expect(secret).toMatch(/^jk_sk_[A-Za-z0-9_-]{43}$/);
    expect(r.body.apiKey.scopes).toContain('users:write');

    const stored = await api.database.withSystem((trx) =>
      trx.selectFrom('api_keys').selectAll().where('tenant_id', '=', r.body.tenant.id).execute(),
    );
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const me = await api.call('GET', '/v1/me', { token: secret });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'apiKey', tenant: { slug: 'acme' } });
    // The listing never shows the secret again.
    const list = await api.call('GET', '/v1/api-keys', { token: secret });
    expect(list.text).not.toContain(secret);
    expect(list.body.data[0]).not.toHaveProperty('secret');
  });

  it('rejects a taken slug with 409 and a bad slug with a field error', async () => {
    await api.createTenant('taken');
    const dup = await api.call('POST', '/v1/platform/tenants', {
      token: PLATFORM_KEY,
      body: { slug: 'taken', name: 'X' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.type).toBe('https://journalkit.dev/problems/slug-taken');
    const bad = await api.call('POST', '/v1/platform/tenants', {
      token: PLATFORM_KEY,
      body: { slug: 'Bad Slug!', name: 'X' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: '/body/slug' })]);
  });

  it('needs the platform key: none → 401, a tenant key → 403, a wrong key → 401', async () => {
    const { apiKey } = await api.createTenant();
    const body = { slug: 'nope', name: 'Nope' };
    expect((await api.call('POST', '/v1/platform/tenants', { body })).status).toBe(401);
    expect((await api.call('POST', '/v1/platform/tenants', { body, token: apiKey })).status).toBe(403);
    const wrong = await api.call('POST', '/v1/platform/tenants', { body, token: 'x'.repeat(40) });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('lists tenants across pages with one cursor shape', async () => {
    for (let i = 0; i < 5; i++) await api.createTenant(`page-${i}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const r = await api.call('GET', `/v1/platform/tenants${q}`, { token: PLATFORM_KEY });
      expect(r.status).toBe(200);
      expect(Object.keys(r.body).sort()).toEqual(['data', 'nextCursor']);
      seen.push(...r.body.data.map((t: { slug: string }) => t.slug));
      cursor = r.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
    for (let i = 0; i < 5; i++) expect(seen).toContain(`page-${i}`);
    const bad = await api.call('GET', '/v1/platform/tenants?cursor=garbage', { token: PLATFORM_KEY });
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('https://journalkit.dev/problems/invalid-cursor');
  });

  it('suspends a tenant: its keys stop working with a clear problem', async () => {
    const { tenantId, apiKey } = await api.createTenant();
    const s = await api.call('PATCH', `/v1/platform/tenants/${tenantId}`, {
      token: PLATFORM_KEY,
      body: { status: 'suspended' },
    });
    expect(s.status).toBe(200);
    const r = await api.call('GET', '/v1/me', { token: apiKey });
    expect(r.status).toBe(403);
    expect(r.body.type).toBe('https://journalkit.dev/problems/tenant-suspended');
  });
});

describe('tenant settings', () => {
  it('admins update settings; members read them; the public endpoint serves branding without auth', async () => {
    const { slug, apiKey } = await api.createTenant();
    const admin = await api.createUser(apiKey, { roles: ['admin'] });
    const member = await api.createUser(apiKey, { roles: ['member'] });
    const theme = { version: 1, id: slug, name: 'Acme', brand: { primary: '#0052ff' }, colorMode: 'auto' };
    const invalid = await api.call('PATCH', '/v1/tenant', {
      token: admin.token,
      body: { settings: { theme: { version: 1, id: slug, name: 'Acme', brand: { primary: 'blue-ish' } } } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.type).toBe('https://journalkit.dev/problems/invalid-theme');
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toContain(
      '/body/settings/theme/brand/primary',
    );
    const upd = await api.call('PATCH', '/v1/tenant', {
      token: admin.token,
      body: { settings: { theme, defaultLocale: 'de', supportedLocales: ['de', 'en'] } },
    });
    expect(upd.status).toBe(200);
    expect((await api.call('PATCH', '/v1/tenant', { token: member.token, body: { name: 'x' } })).status).toBe(
      403,
    );
    const mine = await api.call('GET', '/v1/tenant', { token: member.token });
    expect(mine.body.settings.theme).toEqual(theme);
    // A partial update merges: theme untouched.
    await api.call('PATCH', '/v1/tenant', {
      token: admin.token,
      body: { settings: { defaultLocale: 'en' } },
    });
    const pub = await api.call('GET', `/v1/public/tenants/${slug}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toEqual({
      slug,
      name: `Tenant ${slug}`,
      defaultLocale: 'en',
      supportedLocales: ['de', 'en'],
      theme,
      // The browser checks file sizes before sending (JOURNALKIT_UPLOAD_LIMIT; screenshots 10 MB).
      uploadLimits: { importBytes: 100 * 1024 * 1024, screenshotBytes: 10 * 1024 * 1024 },
    });
    expect((await api.call('GET', '/v1/public/tenants/no-such-tenant')).status).toBe(404);
  });
});
