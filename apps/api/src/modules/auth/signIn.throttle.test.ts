import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';
import { SIGN_IN_POLICIES, waitSeconds } from './signInThrottle';

/**
 * Findings 10 and 17 of the attack on the API: twenty wrong passwords in a row all got 401 and the
 * right one worked at once; invalid API keys were never limited. Now failures are limited per
 * account, per address and per remembered device with growing waits, and a device that signed in
 * before is not locked out by failures from elsewhere.
 */
const PASSWORD = 'the-right-password';

async function withUser(api: TestApi) {
  const t = await api.createTenant();
  const email = `u-${t.slug}@example.com`;
  await api.createUser(t.apiKey, { email, password: PASSWORD, roles: ['member'] });
  const signIn = (password: string, extra: Record<string, string> = {}) =>
    api.call('POST', '/v1/auth/sign-in', { body: { tenant: t.slug, email, password, ...extra } });
  return { ...t, email, signIn };
}

describe('the waits', () => {
  it('start after the free attempts and double up to 15 minutes', () => {
    const p = SIGN_IN_POLICIES.account;
    expect([5, 6, 7, 8, 9].map((n) => waitSeconds(n, p))).toEqual([0, 1, 2, 4, 8]);
    expect(waitSeconds(100, p)).toBe(900);
  });
});

describe('password guessing on one account', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());
  // Every test here comes from the same loopback address: its allowance is the next block's matter.
  beforeEach(() =>
    api.database.withSystem((trx) => trx.deleteFrom('auth_throttle').where('key', 'like', 'ip:%').execute()),
  );

  it('waits grow after five failures, and the right password waits too', async () => {
    const u = await withUser(api);
    for (let i = 0; i < 6; i++) expect((await u.signIn(`wrong-${i}`)).status).toBe(401);
    // The sixth failure started a 1 s wait: during it even the right password is refused.
    const refused = await u.signIn(PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      type: 'https://journalkit.dev/problems/sign-in-throttled',
      retryAfterSeconds: 1,
    });
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await u.signIn(PASSWORD)).status).toBe(200);
    // A success starts the account's count over.
    for (let i = 0; i < 5; i++) expect((await u.signIn(`again-${i}`)).status).toBe(401);
  });

  it('twenty parallel guesses: at most six are checked', async () => {
    const u = await withUser(api);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => u.signIn(`burst-${i}`)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(14);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('an unknown email is limited the same way (nothing tells it apart)', async () => {
    const t = await api.createTenant();
    const attempt = () =>
      api.call('POST', '/v1/auth/sign-in', {
        body: { tenant: t.slug, email: 'nobody@example.com', password: 'whatever-1' },
      });
    for (let i = 0; i < 6; i++) expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(429);
  });

  it('a remembered device signs in while the account is locked by failures from elsewhere', async () => {
    const u = await withUser(api);
    const first = await u.signIn(PASSWORD);
    expect(first.status).toBe(200);
    const deviceToken = first.body.deviceToken as string;
    expect(deviceToken).toMatch(/^jk_dt_/);
    // An attacker (no device token) fails until the account waits.
    for (let i = 0; i < 6; i++) expect((await u.signIn(`attacker-${i}`)).status).toBe(401);
    expect((await u.signIn(PASSWORD)).status).toBe(429);
    // The owner's device is counted on its own.
    const mine = await u.signIn(PASSWORD, { deviceToken });
    expect(mine.status).toBe(200);
    expect(mine.body.deviceToken).toBe(deviceToken);
    // A device token of another user, or a made-up one, counts as no device.
    expect((await u.signIn(PASSWORD, { deviceToken: 'jk_dt_made-up-token-0000000000000000' })).status).toBe(
      429,
    );
    // Failures with the device token are limited too, on the device's own count.
    for (let i = 0; i < 10; i++) expect((await u.signIn(`typo-${i}`, { deviceToken })).status).toBe(401);
    expect((await u.signIn(`typo-x`, { deviceToken })).status).toBe(401);
    expect((await u.signIn(PASSWORD, { deviceToken })).status).toBe(429);
  });
});

describe('per address', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('successes do not use up the address; failures over many accounts do', async () => {
    const u = await withUser(api);
    for (let i = 0; i < 40; i++) expect((await u.signIn(PASSWORD)).status).toBe(200);
    const t = await api.createTenant();
    const guess = (i: number) =>
      api.call('POST', '/v1/auth/sign-in', {
        body: { tenant: t.slug, email: `victim-${i}@example.com`, password: 'guess-guess' },
      });
    for (let i = 0; i < 31; i++) expect((await guess(i)).status).toBe(401);
    const blocked = await guess(99);
    expect(blocked.status).toBe(429);
    expect(blocked.body.type).toBe('https://journalkit.dev/problems/sign-in-throttled');
  });
});

describe('invalid API keys', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('are limited per address, without locking out the credentials that work', async () => {
    const t = await api.createTenant();
    const unseen = (await api.call('POST', '/v1/api-keys', { token: t.apiKey, body: { name: 'unseen' } }))
      .body.secret as string;
    expect((await api.call('GET', '/v1/me', { token: t.apiKey })).status).toBe(200);
    for (let i = 0; i < 30; i++) {
      const r = await api.call('GET', '/v1/me', {
        token: `jk_sk_guess${i}aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`,
      });
      expect(r.status).toBe(401);
    }
    const limited = await api.call('GET', '/v1/me', {
      token: 'jk_sk_guessZZaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
    expect(limited.status).toBe(429);
    expect(limited.body.type).toBe('https://journalkit.dev/problems/too-many-invalid-credentials');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // A key that worked from here a moment ago still works; one never seen from here waits.
    expect((await api.call('GET', '/v1/me', { token: t.apiKey })).status).toBe(200);
    expect((await api.call('GET', '/v1/me', { token: unseen })).status).toBe(429);
  });
});
