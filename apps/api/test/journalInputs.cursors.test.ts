import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, type TestApi } from './harness';
import { PROBLEMS, accountWithTrades, startJournalInputsApi } from './journalInputs';
import { createAccount } from './journal';

/**
 * Issue 9: forged cursors — garbage, another list's, another sort's — are a 400 invalid-cursor
 * problem on every list that pages (accounts, trades in every sort, journal entries, users, API
 * keys, imports, tenants), never a 500 or another list's page. Real HTTP, real database.
 */
let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let member: { token: string; userId: string };
beforeAll(async () => {
  ({ api, tenant, member } = await startJournalInputsApi());
});
afterAll(() => api.close());

describe('forged cursors are a 400 invalid-cursor problem on every list', () => {
  const b64 = (v: string | Buffer) => Buffer.from(v).toString('base64url');
  const ID = '0190a000-0000-7000-8000-000000000000';
  const GARBAGE = [
    '%%%',
    'garbage',
    '!!!!',
    'AAAA',
    b64('v1:nope'),
    b64(`v1:${ID}`) + '==',
    b64(Buffer.from([0xff, 0xfe, 0xfd])),
    b64('[1,2]'),
    b64('{"id":1}'),
    b64('null'),
    b64('["x","y"]'),
    b64(`[null,"${ID}"]`),
    b64(`["99999-01-01","${ID}"]`),
    b64(`["1e999999","${ID}"]`),
    b64(`["trades","-openedAt","x","${ID}"]`),
    b64(`["trades","-openedAt",null,"${ID}"]`),
    b64(`["trades","-openedAt","2024-03-04T14:30:00.000Z","not-a-uuid"]`),
    b64(`["trades","-openedAt","2024-02-30T14:30:00.000Z","${ID}"]`),
    b64(`["trades","-openedAt","+099999-01-01T00:00:00.000Z","${ID}"]`),
    b64(`["trades","-openedAt","0000-01-01T00:00:00.000Z","${ID}"]`),
    b64(`["trades","-openedAt",1709562600000,"${ID}"]`),
    b64(`["trades","-netPnl","1e999999","${ID}"]`),
    b64(`["trades","-netPnl","NaN","${ID}"]`),
    b64(`["trades","-netPnl","2024-03-04T14:30:00.000Z","${ID}"]`),
    b64(`["trades","-closedAt","12.5","${ID}"]`),
    b64(`["trades","-openedAt","2024-03-04T14:30:00.000Z","${ID}",1]`),
  ];

  it('on accounts, trades (every sort) and journal entries, for garbage and foreign cursors', async () => {
    const user = await api.createUser(tenant.apiKey, {});
    const { accountId, trades } = await accountWithTrades(api, user.token, 3);
    await createAccount(api, user.token);
    await createAccount(api, user.token);
    for (const t of trades) {
      await api.call('PUT', `/v1/trades/${t.id}/journal`, { token: user.token, body: { rating: 3 } });
    }
    const SORTS = ['-openedAt', 'openedAt', '-closedAt', 'closedAt', '-netPnl', 'netPnl'];
    const lists = [
      '/v1/accounts?limit=1',
      '/v1/journal-entries?limit=1',
      ...SORTS.map((s) => `/v1/trades?accountId=${accountId}&limit=1&sort=${s}`),
    ];
    // Real cursors, one per list: each pages through its list completely.
    const issued = new Map<string, string>();
    for (const list of lists) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r = await api.call('GET', `${list}${cursor ? `&cursor=${cursor}` : ''}`, { token: user.token });
        expect(r.status, `${list}: ${r.text}`).toBe(200);
        seen.push(...r.body.data.map((x: { id: string }) => x.id));
        if (r.body.nextCursor && !issued.has(list)) issued.set(list, r.body.nextCursor);
        cursor = r.body.nextCursor;
      } while (cursor);
      expect(seen.length, list).toBe(3);
      expect(new Set(seen).size, list).toBe(3);
    }
    const check = async (list: string, cursor: string, token = user.token) => {
      const r = await api.call('GET', `${list}&cursor=${encodeURIComponent(cursor)}`, { token });
      expect(r.status, `${list} cursor ${cursor}: ${r.text}`).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.body.type).toBe(`${PROBLEMS}invalid-cursor`);
    };
    for (const list of lists) {
      for (const cursor of GARBAGE) await check(list, cursor);
      // Another list's cursor (another sort of trades is another list).
      for (const [other, cursor] of issued) if (other !== list) await check(list, cursor);
    }
    // The tenant key's lists too.
    for (const list of lists) await check(list, GARBAGE[12]!, tenant.apiKey);
  });

  it('on the other lists that share the cursor helper (users, API keys, imports, tenants)', async () => {
    const acc = await createAccount(api, member.token);
    const lists: Array<[string, string]> = [
      ['/v1/users?limit=1', tenant.apiKey],
      ['/v1/api-keys?limit=1', tenant.apiKey],
      [`/v1/accounts/${acc.id}/imports?limit=1`, member.token],
      ['/v1/platform/tenants?limit=1', PLATFORM_KEY],
    ];
    const accountsCursor = (await api.call('GET', '/v1/accounts?limit=1', { token: tenant.apiKey })).body
      .nextCursor as string;
    expect(accountsCursor).toEqual(expect.any(String));
    for (const [list, token] of lists) {
      for (const cursor of [...GARBAGE, accountsCursor]) {
        const r = await api.call('GET', `${list}&cursor=${encodeURIComponent(cursor)}`, { token });
        expect(r.status, `${list} cursor ${cursor}: ${r.text}`).toBe(400);
        expect(r.body.type).toBe(`${PROBLEMS}invalid-cursor`);
      }
    }
  });
});
