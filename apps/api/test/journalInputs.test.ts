/**
 * Issue 9: inputs the journal's contract accepted but the database or the answer could not hold
 * (500s, one that stored its value anyway), the tag filter of journal entries, forged cursors,
 * and the screenshot limit under concurrent uploads. Real HTTP, real database (PGlite, or
 * PostgreSQL with JOURNALKIT_TEST_DATABASE_URL — the concurrency case needs the latter to bite).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi, type TestApi } from './harness';
import { allTrades, createAccount, upload } from './journal';
import { TINY_PNG } from './matrix.fixtures';

let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let member: { token: string; userId: string };
beforeAll(async () => {
  api = await startTestApi();
  tenant = await api.createTenant();
  member = await api.createUser(tenant.apiKey, {});
});
afterAll(() => api.close());

const PROBLEMS = 'https://journalkit.dev/problems/';
const H = 'executed_at,symbol,asset_class,side,quantity,price,fees,execution_id';

/** An account of `token`'s user with `n` closed AAPL trades (net P&L 198, 398, 598, …). */
async function accountWithTrades(token: string, n: number) {
  const acc = await createAccount(api, token);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(i + 1).padStart(2, '0');
    rows.push(`2024-03-${day}T14:30:00Z,AAPL,stock,buy,100,170,1,B${i}`);
    rows.push(`2024-03-${day}T15:30:00Z,AAPL,stock,sell,100,${172 + 2 * i},1,S${i}`);
  }
  const r = await upload(api, token, acc.id, `${H}\n${rows.join('\n')}\n`, { format: 'generic' });
  if (r.status !== 201) throw new Error(`upload: ${r.status} ${r.text}`);
  const trades = await allTrades(api, token, `accountId=${acc.id}&sort=openedAt`);
  expect(trades).toHaveLength(n);
  return { accountId: acc.id, trades };
}

type Answer = Awaited<ReturnType<TestApi['call']>>;

function expectValidationError(r: Answer, field: string) {
  expect(r.status, r.text).toBe(400);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.body.type).toBe(`${PROBLEMS}validation-error`);
  expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

/** Every list that holds the member's trades and entries answers, for the member and the tenant key. */
async function expectListsAnswer(accountId: string) {
  for (const token of [member.token, tenant.apiKey]) {
    for (const path of [
      `/v1/trades?accountId=${accountId}`,
      `/v1/trades?accountId=${accountId}&sort=-netPnl`,
      `/v1/journal-entries?accountId=${accountId}`,
      `/v1/accounts/${accountId}`,
    ]) {
      const r = await api.call('GET', path, { token });
      expect(r.status, `${path}: ${r.text}`).toBe(200);
    }
  }
}

describe('decimal inputs are bounded to what is stored and answered exactly', () => {
  it('refuses a too-wide initialStop with a 400 naming the field, and writes nothing', async () => {
    const { accountId, trades } = await accountWithTrades(member.token, 1);
    const trade = trades[0];
    const wide = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
      token: member.token,
      body: { initialStop: '99999999999999999999.999999999999', tags: ['wide'] },
    });
    expectValidationError(wide, '/body/initialStop');
    // Nothing written: no entry, and every list still answers.
    expect((await api.call('GET', `/v1/trades/${trade.id}/journal`, { token: member.token })).status).toBe(
      404,
    );
    await expectListsAnswer(accountId);

    for (const initialStop of ['12345678901234567', '1.123456789', '1e3', '-99999999999999999']) {
      const r = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
        token: member.token,
        body: { initialStop },
      });
      expectValidationError(r, '/body/initialStop');
    }
    // The widest values it holds come back exactly as sent; an existing entry is left as it was
    // by a refused change.
    for (const initialStop of ['9999999999999999.99999999', '-9999999999999999.99999999', '169.12345678']) {
      const ok = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
        token: member.token,
        body: { initialStop },
      });
      expect(ok.status, ok.text).toBe(200);
      expect(ok.body.initialStop).toBe(initialStop);
    }
    const refused = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
      token: member.token,
      body: { initialStop: '99999999999999999999.999999999999', rating: 5 },
    });
    expectValidationError(refused, '/body/initialStop');
    const kept = await api.call('GET', `/v1/trades/${trade.id}/journal`, { token: member.token });
    expect(kept.body).toMatchObject({ initialStop: '169.12345678', rating: null });
    await expectListsAnswer(accountId);
  });

  it('a stored value the answer cannot carry reads as null instead of breaking every list', async () => {
    // Rows written before the bounds (the attack stored this one through a 500), or by hand.
    const { accountId, trades } = await accountWithTrades(member.token, 3);
    const [a, b, c] = trades;
    for (const t of [a, b, c]) {
      const r = await api.call('PUT', `/v1/trades/${t.id}/journal`, {
        token: member.token,
        body: { initialStop: '169' },
      });
      expect(r.status, r.text).toBe(200);
    }
    await api.database.withSystem(async (trx) => {
      const set = (tradeId: string, column: 'initial_stop' | 'initial_risk', value: string) =>
        sql`update journal_entries set ${sql.ref(column)} = ${value}::numeric where trade_id = ${tradeId}`.execute(
          trx,
        );
      await set(a.id, 'initial_stop', '99999999999999999999.999999999999');
      await set(b.id, 'initial_stop', 'NaN');
      await set(c.id, 'initial_risk', 'NaN');
      // A P&L wider than any answer (say, from a file with absurd prices).
      await sql`update trades set net_pnl = ${'1' + '0'.repeat(30)}::numeric, gross_pnl = ${'1' + '0'.repeat(30)}::numeric where id = ${c.id}`.execute(
        trx,
      );
    });
    await expectListsAnswer(accountId);
    const listed = await allTrades(api, tenant.apiKey, `accountId=${accountId}`);
    const byId = new Map(listed.map((t) => [t.id, t]));
    expect(byId.get(a.id)).toMatchObject({ netPnl: '198.00', initialRisk: null, rMultiple: null });
    expect(byId.get(b.id)).toMatchObject({ netPnl: '398.00', initialRisk: null, rMultiple: null });
    expect(byId.get(c.id)).toMatchObject({
      netPnl: null,
      grossPnl: null,
      initialRisk: null,
      rMultiple: null,
    });
    for (const t of [a, b, c]) {
      const one = await api.call('GET', `/v1/trades/${t.id}`, { token: member.token });
      expect(one.status, one.text).toBe(200);
      const entry = await api.call('GET', `/v1/trades/${t.id}/journal`, { token: member.token });
      expect(entry.status, entry.text).toBe(200);
    }
    const entries = await api.call('GET', `/v1/journal-entries?accountId=${accountId}`, {
      token: member.token,
    });
    const stops = entries.body.data.map((e: any) => [e.tradeId, e.initialStop, e.initialRisk]);
    expect(stops).toEqual(
      expect.arrayContaining([
        [a.id, null, null],
        [b.id, null, null],
        [c.id, '169', null],
      ]),
    );
    // The member fixes it by writing a value again.
    const fixed = await api.call('PUT', `/v1/trades/${a.id}/journal`, {
      token: member.token,
      body: { initialStop: '169' },
    });
    expect(fixed.body.initialStop).toBe('169');
    const [again] = (await allTrades(api, member.token, `accountId=${accountId}`)).filter(
      (t) => t.id === a.id,
    );
    expect(again).toMatchObject({ initialRisk: '100.00', rMultiple: 1.98 });
  });

  it('initialRisk must be greater than 0 ("0" is a 400, null is no risk)', async () => {
    const { trades } = await accountWithTrades(member.token, 1);
    const url = `/v1/trades/${trades[0].id}/journal`;
    for (const initialRisk of [
      '0',
      '0.00',
      '000.00000000',
      '-5',
      '-0.01',
      '1.123456789',
      '12345678901234567',
    ]) {
      const r = await api.call('PUT', url, { token: member.token, body: { initialRisk, tags: ['risk'] } });
      expectValidationError(r, '/body/initialRisk');
    }
    expect((await api.call('GET', url, { token: member.token })).status).toBe(404);
    const zero = await api.call('PUT', url, { token: member.token, body: { initialRisk: '0' } });
    expect(zero.body.errors).toEqual([
      { field: '/body/initialRisk', message: 'must be greater than 0 (send null for no risk)' },
    ]);
    // On a trading day's entry too.
    const day = await api.call('PUT', `/v1/accounts/${trades[0].accountId}/days/2024-03-01/journal`, {
      token: member.token,
      body: { initialRisk: '0' },
    });
    expectValidationError(day, '/body/initialRisk');

    const tiny = await api.call('PUT', url, { token: member.token, body: { initialRisk: '0.00000001' } });
    expect(tiny.status, tiny.text).toBe(200);
    expect(tiny.body.initialRisk).toBe('0.00000001');
    const hundred = await api.call('PUT', url, { token: member.token, body: { initialRisk: '100' } });
    expect(hundred.body.initialRisk).toBe('100');
    const [t] = await allTrades(api, member.token, `accountId=${trades[0].accountId}`);
    expect(t).toMatchObject({ initialRisk: '100.00', rMultiple: 1.98 });
    const none = await api.call('PUT', url, { token: member.token, body: { initialRisk: null } });
    expect(none.status).toBe(200);
    expect(none.body.initialRisk).toBeNull();
  });

  it('startingBalance wider than numeric(24, 8) is a 400 naming the field, never stored or rounded', async () => {
    const user = await api.createUser(tenant.apiKey, {});
    const body = { name: 'Main', broker: 'test', currency: 'USD' };
    for (const startingBalance of [
      '99999999999999999999.5',
      '12345678901234567',
      '1.123456789',
      '25000.000000000000',
    ]) {
      const r = await api.call('POST', '/v1/accounts', {
        token: user.token,
        body: { ...body, startingBalance },
      });
      expectValidationError(r, '/body/startingBalance');
    }
    const none = await api.call('GET', '/v1/accounts', { token: user.token });
    expect(none.body.data).toEqual([]);

    for (const startingBalance of ['9999999999999999.99999999', '-9999999999999999.99999999', '0.00000001']) {
      const r = await api.call('POST', '/v1/accounts', {
        token: user.token,
        body: { ...body, startingBalance },
      });
      expect(r.status, r.text).toBe(201);
      expect(r.body.startingBalance).toBe(startingBalance);
    }
    const acc = await createAccount(api, user.token, { startingBalance: '25000' });
    const wide = await api.call('PATCH', `/v1/accounts/${acc.id}`, {
      token: user.token,
      body: { startingBalance: '99999999999999999999.5', name: 'Renamed' },
    });
    expectValidationError(wide, '/body/startingBalance');
    const after = await api.call('GET', `/v1/accounts/${acc.id}`, { token: user.token });
    expect(after.body).toMatchObject({ name: 'Main', startingBalance: '25000' });
    const ok = await api.call('PATCH', `/v1/accounts/${acc.id}`, {
      token: user.token,
      body: { startingBalance: '30000.5' },
    });
    expect(ok.body.startingBalance).toBe('30000.5');
  });
});

describe('GET /v1/journal-entries?tag=', () => {
  it('lists exactly the entries that carry the tag, for the member and the tenant key', async () => {
    const user = await api.createUser(tenant.apiKey, {});
    const { accountId, trades } = await accountWithTrades(user.token, 3);
    const put = async (path: string, tags: string[]) => {
      const r = await api.call('PUT', path, { token: user.token, body: { tags } });
      expect(r.status, r.text).toBe(200);
      return r.body.id as string;
    };
    const withTag = await put(`/v1/trades/${trades[0].id}/journal`, ['breakout', 'a+']);
    const other = await put(`/v1/trades/${trades[1].id}/journal`, ['fade']);
    const none = await put(`/v1/trades/${trades[2].id}/journal`, []);
    const dayWithTag = await put(`/v1/accounts/${accountId}/days/2024-03-05/journal`, ['breakout']);
    const spaced = await put(`/v1/accounts/${accountId}/days/2024-03-06/journal`, ['  spaced  ']);

    const ids = async (token: string, query: string) => {
      const r = await api.call('GET', `/v1/journal-entries?accountId=${accountId}&${query}`, { token });
      expect(r.status, r.text).toBe(200);
      return r.body.data.map((e: { id: string }) => e.id).sort();
    };
    for (const token of [user.token, tenant.apiKey]) {
      expect(await ids(token, 'tag=breakout')).toEqual([withTag, dayWithTag].sort());
      expect(await ids(token, 'tag=fade')).toEqual([other]);
      expect(await ids(token, 'tag=a%2B')).toEqual([withTag]);
      expect(await ids(token, 'tag=nope')).toEqual([]);
      expect(await ids(token, 'tag=spaced')).toEqual([spaced]);
      expect(await ids(token, 'tag=%20spaced%20')).toEqual([spaced]);
      expect(await ids(token, 'tag=break')).toEqual([]); // whole tags, not prefixes
      expect(await ids(token, 'limit=50')).toEqual([withTag, other, none, dayWithTag, spaced].sort());
    }
    // The trades list filters on the same trimmed tags.
    const tradeIds = async (query: string) =>
      (await allTrades(api, user.token, `accountId=${accountId}&${query}`)).map((t) => t.id);
    expect(await tradeIds('tag=breakout')).toEqual([trades[0].id]);
    expect(await tradeIds('tag=%20breakout%20')).toEqual([trades[0].id]);
    expect(await tradeIds('tag=nope')).toEqual([]);
    // Paged through with the filter, each tagged entry once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await api.call(
        'GET',
        `/v1/journal-entries?accountId=${accountId}&tag=breakout&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: user.token },
      );
      expect(r.status, r.text).toBe(200);
      seen.push(...r.body.data.map((e: { id: string }) => e.id));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([withTag, dayWithTag].sort());
  });

  it('labels are stored trimmed, once each; a blank one is a 400', async () => {
    const { trades } = await accountWithTrades(member.token, 1);
    const url = `/v1/trades/${trades[0].id}/journal`;
    const blank = await api.call('PUT', url, { token: member.token, body: { tags: ['ok', '   '] } });
    expectValidationError(blank, '/body/tags/1');
    const blankMistake = await api.call('PUT', url, { token: member.token, body: { mistakes: [' '] } });
    expectValidationError(blankMistake, '/body/mistakes/0');
    expect((await api.call('GET', url, { token: member.token })).status).toBe(404);
    const r = await api.call('PUT', url, {
      token: member.token,
      body: { tags: ['a', 'a ', ' b'], mistakes: ['late', 'late '] },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ tags: ['a', 'b'], mistakes: ['late'] });
  });
});

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
    const { accountId, trades } = await accountWithTrades(user.token, 3);
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

describe('screenshots per entry', () => {
  async function attach(token: string, entryId: string) {
    const form = new FormData();
    form.append('file', new Blob([TINY_PNG]), 'shot.png');
    const r = await fetch(`${api.url}/v1/journal-entries/${entryId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: r.status, body: (await r.json()) as any };
  }

  it('25 concurrent uploads to one entry store exactly 20; the rest get the limit problem', async () => {
    const acc = await createAccount(api, member.token);
    const day = await api.call('PUT', `/v1/accounts/${acc.id}/days/2024-03-04/journal`, {
      token: member.token,
      body: { body: 'screens' },
    });
    expect(day.status, JSON.stringify(day.body)).toBe(200);
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all(Array.from({ length: 25 }, () => attach(member.token, day.body.id)));
      const statuses = results.map((r) => r.status).sort();
      if (round === 0) {
        expect(statuses.filter((s) => s === 201)).toHaveLength(20);
        expect(statuses.filter((s) => s === 409)).toHaveLength(5);
      } else expect(statuses.filter((s) => s === 409)).toHaveLength(25);
      for (const r of results.filter((x) => x.status === 409))
        expect(r.body.type).toBe(`${PROBLEMS}too-many-attachments`);
      const entry = await api.call('GET', `/v1/journal-entries/${day.body.id}`, { token: member.token });
      expect(entry.body.attachments).toHaveLength(20);
    }
  });

  it('uploads racing the entry’s deletion answer 201 or 404, never 500', async () => {
    const acc = await createAccount(api, member.token);
    for (let round = 0; round < 3; round++) {
      const day = await api.call('PUT', `/v1/accounts/${acc.id}/days/2024-04-0${round + 1}/journal`, {
        token: member.token,
        body: { body: 'gone soon' },
      });
      const uploads = Array.from({ length: 8 }, () => attach(member.token, day.body.id));
      const del = api.call('DELETE', `/v1/journal-entries/${day.body.id}`, { token: member.token });
      const results = await Promise.all(uploads);
      expect((await del).status).toBe(204);
      for (const r of results) expect([201, 404], JSON.stringify(r.body)).toContain(r.status);
      const left = await api.database.withSystem((trx) =>
        trx.selectFrom('attachments').select('id').where('entry_id', '=', day.body.id).execute(),
      );
      expect(left).toEqual([]);
    }
  });
});
