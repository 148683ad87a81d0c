import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';
import { allTrades, createAccount, upload } from '../../../test/journal';
import { Decimal } from '../journal/engine';
import { stagingChunks } from '../journal/staging';

let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let alice: { token: string; userId: string };
beforeAll(async () => {
  api = await startTestApi({
    JOURNALKIT_UPLOAD_LIMIT: String(256 * 1024),
    JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024),
  });
  tenant = await api.createTenant();
  alice = await api.createUser(tenant.apiKey, {});
});
afterAll(() => api.close());

const HEADER = 'executed_at,symbol,asset_class,side,quantity,price,fees,execution_id';

/** A seeded random stream of fills: partials, flips and fractional quantities across symbols. */
function randomStream(seed: number, n: number): string[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows: string[] = [];
  const t0 = Date.parse('2024-01-02T14:30:00Z');
  for (let i = 0; i < n; i++) {
    const symbol = ['AAPL', 'BTCUSD', 'MSFT'][Math.floor(rnd() * 3)]!;
    const crypto = symbol === 'BTCUSD';
    const qty = crypto ? (rnd() * 0.5 + 0.00012345).toFixed(8) : String(1 + Math.floor(rnd() * 300));
    const price = (crypto ? 40000 + rnd() * 5000 : 100 + rnd() * 50).toFixed(2);
    const side = rnd() < 0.5 ? 'buy' : 'sell';
    const at = new Date(t0 + i * 37_000).toISOString();
    rows.push(
      `${at},${symbol},${crypto ? 'crypto' : 'stock'},${side},${qty},${price},${(rnd() * 2).toFixed(2)},R${seed}-${i}`,
    );
  }
  return rows;
}

describe('import behaviour', () => {
  it('splitting a file in two (overlapping) gives the same trades as importing it whole', async () => {
    for (const seed of [7, 42, 2024]) {
      const rows = randomStream(seed, 160);
      const whole = await createAccount(api, alice.token, { name: `whole-${seed}` });
      const split = await createAccount(api, alice.token, { name: `split-${seed}` });
      // The same file into an account that already holds another instrument: the import takes
      // the path for accounts with executions (duplicates skipped, trades rebuilt per instrument)
      // rather than the bulk path for a new account, and must give the same trades.
      const seeded = await createAccount(api, alice.token, { name: `seeded-${seed}` });
      const other = `${HEADER}\n2023-06-01T14:30:00Z,ZZZZ,stock,buy,5,10.00,0.00,other-${seed}`;
      expect((await upload(api, alice.token, seeded.id, other, { format: 'generic' })).status).toBe(201);
      expect(
        (await upload(api, alice.token, seeded.id, [HEADER, ...rows].join('\n'), { format: 'generic' })).body
          .inserted,
      ).toBe(160);
      expect(
        (await upload(api, alice.token, whole.id, [HEADER, ...rows].join('\n'), { format: 'generic' }))
          .status,
      ).toBe(201);
      const a = await upload(api, alice.token, split.id, [HEADER, ...rows.slice(0, 100)].join('\n'), {
        format: 'generic',
      });
      const b = await upload(api, alice.token, split.id, [HEADER, ...rows.slice(80)].join('\n'), {
        format: 'generic',
      });
      expect(a.body.inserted + b.body.inserted).toBe(160);
      expect(b.body.duplicates).toBe(20);
      const strip = (ts: any[]) =>
        ts
          .map(({ id: _i, accountId: _a, journal: _j, ...t }) => t)
          .sort((x, y) => (x.openedAt + x.symbol < y.openedAt + y.symbol ? -1 : 1));
      const tw = await allTrades(api, alice.token, `accountId=${whole.id}`);
      expect(strip(await allTrades(api, alice.token, `accountId=${split.id}`))).toEqual(strip(tw));
      const ts = await allTrades(api, alice.token, `accountId=${seeded.id}`);
      expect(strip(ts.filter((t: any) => t.symbol !== 'ZZZZ'))).toEqual(strip(tw));
      // Σ netPnl of closed trades = cash flow of their executions − their fees (exact, in cents).
      let sum = Decimal.ZERO;
      let flow = Decimal.ZERO;
      for (const t of tw.filter((x: any) => x.status === 'closed')) {
        sum = sum.add(Decimal.from(t.netPnl));
        const d = await api.call('GET', `/v1/trades/${t.id}`, { token: alice.token });
        for (const e of d.body.executions) {
          const v = Decimal.from(e.quantity).mul(Decimal.from(e.price));
          flow = flow.add(e.side === 'sell' ? v : v.neg()).sub(Decimal.from(e.fees));
        }
      }
      expect(Math.abs(Number(sum.sub(flow).toString()))).toBeLessThanOrEqual(0.01 * tw.length);
    }
  });

  it('staged in many COPY chunks (written while the one before is sent), gives the same journal', async () => {
    const rows = randomStream(99, 400);
    const file = [HEADER, ...rows].join('\n');
    const one = await createAccount(api, alice.token, { name: 'one-chunk' });
    expect((await upload(api, alice.token, one.id, file, { format: 'generic' })).body.inserted).toBe(400);
    const saved = { ...stagingChunks };
    Object.assign(stagingChunks, { rows: 37, slice: 5 });
    try {
      const many = await createAccount(api, alice.token, { name: 'many-chunks' });
      expect((await upload(api, alice.token, many.id, file, { format: 'generic' })).body.inserted).toBe(400);
      // And the path for an account that already has executions: the second half again, plus
      // the first half — duplicates skipped across chunk boundaries.
      const again = await upload(
        api,
        alice.token,
        many.id,
        [HEADER, ...rows.slice(150), ...rows.slice(0, 40)].join('\n'),
        {
          format: 'generic',
        },
      );
      expect(again.body).toMatchObject({ inserted: 0, duplicates: 290 });
      const strip = (ts: any[]) => ts.map(({ id: _i, accountId: _a, journal: _j, ...t }) => t);
      expect(strip(await allTrades(api, alice.token, `accountId=${many.id}`))).toEqual(
        strip(await allTrades(api, alice.token, `accountId=${one.id}`)),
      );
      const execs = async (accountId: string) =>
        (
          await api.database.withTenant(tenant.tenantId, (trx) =>
            trx
              .selectFrom('executions')
              .select(['broker_execution_id', 'executed_at', 'seq', 'quantity', 'price', 'fees'])
              .where('account_id', '=', accountId)
              .orderBy('broker_execution_id')
              .execute(),
          )
        ).map((e) => ({ ...e, seq: Number(e.seq) % 1_000_000_000 }));
      const m = await execs(many.id);
      expect(m).toHaveLength(400);
      expect(m).toEqual(await execs(one.id));
    } finally {
      Object.assign(stagingChunks, saved);
    }
  });

  it('dry run answers 200 with exact counts and stores nothing', async () => {
    const acc = await createAccount(api, alice.token, { name: 'dry' });
    const csv = [HEADER, ...randomStream(1, 30)].join('\n');
    const r = await upload(api, alice.token, acc.id, csv, { format: 'generic', dryRun: 'true' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ id: null, dryRun: true, inserted: 30, duplicates: 0 });
    expect(r.body.tradesAffected).toBeGreaterThan(0);
    expect(await allTrades(api, alice.token, `accountId=${acc.id}`)).toEqual([]);
    const real = await upload(api, alice.token, acc.id, csv, { format: 'generic' });
    expect(real.body.inserted).toBe(30);
    expect(real.body.tradesAffected).toBe(r.body.tradesAffected);
  });

  const bad: Array<[string, string | Buffer, Record<string, string>, number, string]> = [
    ['wrong columns', 'when,what\n2024-01-01,AAPL\n', { format: 'generic' }, 422, 'import-invalid'],
    [
      'a bad number',
      `${HEADER}\n2024-01-02T14:30:00Z,AAPL,stock,buy,ten,1,0,X1\n`,
      { format: 'generic' },
      422,
      'import-invalid',
    ],
    [
      'a bad date',
      `${HEADER}\n2024-13-45 noon,AAPL,stock,buy,1,1,0,X1\n`,
      { format: 'generic' },
      422,
      'import-invalid',
    ],
    [
      'an unknown side',
      `${HEADER}\n2024-01-02T14:30:00Z,AAPL,stock,hold,1,1,0,X1\n`,
      { format: 'generic' },
      422,
      'import-invalid',
    ],
    ['an empty file', '', { format: 'generic' }, 422, 'import-invalid'],
    [
      'binary junk',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0xfd, 0x00, 0x13]),
      { format: 'generic' },
      422,
      'import-unsupported-file',
    ],
    ['an unknown format', `${HEADER}\n`, { format: 'excel' }, 400, 'validation-error'],
    ['no format', `${HEADER}\n`, {}, 400, 'validation-error'],
    [
      'a bad mapping',
      `${HEADER}\n`,
      { format: 'generic', mapping: '{"columns":{}}' },
      400,
      'invalid-mapping',
    ],
    [
      'an upload over the limit',
      Buffer.alloc(300 * 1024, 'a'),
      { format: 'generic' },
      413,
      'payload-too-large',
    ],
  ];
  it.each(bad)('%s → %i %s, nothing written', async (_name, file, fields, status, type) => {
    const acc = await createAccount(api, alice.token, { name: 'bad' });
    const r = await upload(api, alice.token, acc.id, file, fields);
    expect(r.status, r.text).toBe(status);
    expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    expect(r.body.type).toBe(`https://journalkit.dev/problems/${type}`);
    if (type === 'import-invalid') expect(r.body.errors.length).toBeGreaterThan(0);
    expect(await allTrades(api, alice.token, `accountId=${acc.id}`)).toEqual([]);
    const execs = await api.database.withSystem((trx) =>
      trx.selectFrom('executions').select('broker_execution_id').where('account_id', '=', acc.id).execute(),
    );
    expect(execs).toEqual([]);
  });

  it('a JSON body instead of a form is a 415', async () => {
    const acc = await createAccount(api, alice.token, { name: 'json' });
    const r = await api.call('POST', `/v1/accounts/${acc.id}/imports`, {
      token: alice.token,
      body: { format: 'generic' },
    });
    expect(r.status).toBe(415);
  });

  it('maps the columns of any CSV onto the generic fields', async () => {
    const acc = await createAccount(api, alice.token, { name: 'mapped', timezone: 'America/New_York' });
    const csv =
      'Date,Ticker,Action,Shares,Fill\n2024-03-04 09:31:00,TSLA,BUY,10,180.5\n2024-03-04 10:01:00,TSLA,SELL,10,182\n';
    const mapping = {
      columns: { executed_at: 'Date', symbol: 'Ticker', side: 'Action', quantity: 'Shares', price: 'Fill' },
      constants: { asset_class: 'stock' },
      timeFormat: 'yyyy-MM-dd HH:mm:ss',
    };
    const r = await upload(api, alice.token, acc.id, csv, {
      format: 'generic',
      mapping: JSON.stringify(mapping),
    });
    expect(r.status, r.text).toBe(201);
    const [t] = await allTrades(api, alice.token, `accountId=${acc.id}`);
    expect(t).toMatchObject({ symbol: 'TSLA', netPnl: '15.00', openedAt: '2024-03-04T14:31:00.000Z' });
  });

  it('large files import as a background job with progress (202 + Location), then succeed', async () => {
    const acc = await createAccount(api, alice.token, { name: 'big' });
    const rows = randomStream(99, 1500);
    const csv = [HEADER, ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(64 * 1024);
    const r = await upload(api, alice.token, acc.id, csv, { format: 'generic' });
    expect(r.status, r.text).toBe(202);
    expect(r.headers.get('location')).toBe(`/v1/accounts/${acc.id}/imports/${r.body.id}`);
    expect(['running', 'succeeded']).toContain(r.body.status);
    let job = r.body;
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 50));
      job = (await api.call('GET', `/v1/accounts/${acc.id}/imports/${r.body.id}`, { token: alice.token }))
        .body;
      expect(job.progress).toBeGreaterThanOrEqual(0);
      expect(job.progress).toBeLessThanOrEqual(1);
    }
    expect(job).toMatchObject({ status: 'succeeded', inserted: 1500, progress: 1 });
    const list = await api.call('GET', `/v1/accounts/${acc.id}/imports`, { token: alice.token });
    expect(list.body.data[0].id).toBe(r.body.id);
  });

  it('a background job with bad rows fails with its errors and writes nothing', async () => {
    const acc = await createAccount(api, alice.token, { name: 'big-bad' });
    const rows = randomStream(5, 1500);
    rows[700] = '2024-01-02T14:30:00Z,AAPL,stock,buy,NaN,1,0,BAD';
    const r = await upload(api, alice.token, acc.id, [HEADER, ...rows].join('\n'), { format: 'generic' });
    expect(r.status).toBe(202);
    let job = r.body;
    for (let i = 0; i < 200 && job.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 50));
      job = (await api.call('GET', `/v1/accounts/${acc.id}/imports/${r.body.id}`, { token: alice.token }))
        .body;
    }
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual([expect.objectContaining({ line: 702 })]);
    expect(await allTrades(api, alice.token, `accountId=${acc.id}`)).toEqual([]);
  });
});

describe('live sync: pushed executions', () => {
  it('is idempotent by brokerExecutionId and rejects a bad batch whole', async () => {
    const acc = await createAccount(api, alice.token, { name: 'push' });
    const batch = {
      executions: [
        {
          brokerExecutionId: 'P1',
          executedAt: '2024-03-15T13:30:00Z',
          symbol: 'ESH4',
          assetClass: 'future',
          side: 'buy',
          quantity: '1',
          price: '5150.25',
          fees: '2.09',
        },
        {
          brokerExecutionId: 'P2',
          executedAt: '2024-03-15T13:45:00Z',
          symbol: 'ESH4',
          assetClass: 'future',
          side: 'sell',
          quantity: '1',
          price: '5160.25',
          fees: '2.09',
        },
      ],
    };
    const r = await api.call('POST', `/v1/accounts/${acc.id}/executions`, {
      token: tenant.apiKey,
      body: batch,
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ inserted: 2, duplicates: 0, tradesAffected: 1 });
    const again = await api.call('POST', `/v1/accounts/${acc.id}/executions`, {
      token: tenant.apiKey,
      body: batch,
    });
    expect(again.body).toEqual({ inserted: 0, duplicates: 2, tradesAffected: 0 });
    const [t] = await allTrades(api, alice.token, `accountId=${acc.id}`);
    // ES multiplier 50: 10 points = 500, minus 4.18 fees; the symbol is canonical.
    expect(t).toMatchObject({ symbol: 'ESH24', netPnl: '495.82', multiplier: '50' });
    const badBatch = {
      executions: [
        { ...batch.executions[0]!, brokerExecutionId: 'P3' },
        { ...batch.executions[1]!, brokerExecutionId: 'P4', symbol: 'XXXX' },
      ],
    };
    const bad = await api.call('POST', `/v1/accounts/${acc.id}/executions`, {
      token: tenant.apiKey,
      body: badBatch,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].line).toBe(2);
    expect(await allTrades(api, alice.token, `accountId=${acc.id}`)).toHaveLength(1);
  });

  it('keeps execution ids with quotes, backslashes, tabs and newlines exactly (COPY and JSON escaping)', async () => {
    const ids = ['a"b\\c', 'tab\there', 'line\nbreak', 'ünï\\"'];
    for (const [k, bulk] of [
      [0, true],
      [1, false],
    ] as const) {
      const acc = await createAccount(api, alice.token, { name: `ids-${k}` });
      if (!bulk) {
        // An account with executions already: the import takes the rebuild path.
        const first = await api.call('POST', `/v1/accounts/${acc.id}/executions`, {
          token: tenant.apiKey,
          body: {
            executions: [
              {
                brokerExecutionId: 'other',
                executedAt: '2024-01-02T14:30:00Z',
                symbol: 'MSFT',
                assetClass: 'stock',
                side: 'buy',
                quantity: '1',
                price: '400',
              },
            ],
          },
        });
        expect(first.status, first.text).toBe(200);
      }
      const r = await api.call('POST', `/v1/accounts/${acc.id}/executions`, {
        token: tenant.apiKey,
        body: {
          executions: ids.map((id, i) => ({
            brokerExecutionId: id,
            executedAt: `2024-03-15T13:3${i}:00Z`,
            symbol: 'AAPL',
            assetClass: 'stock',
            side: i % 2 ? 'sell' : 'buy',
            quantity: '10',
            price: String(170 + i),
          })),
        },
      });
      expect(r.status, r.text).toBe(200);
      const trades = (await allTrades(api, alice.token, `accountId=${acc.id}`)).filter(
        (t: any) => t.symbol === 'AAPL',
      );
      const got: string[] = [];
      for (const t of trades) {
        const d = await api.call('GET', `/v1/trades/${t.id}`, { token: alice.token });
        got.push(...d.body.executions.map((e: any) => e.executionId));
      }
      expect(got.sort()).toEqual([...ids].sort());
    }
  });
});
