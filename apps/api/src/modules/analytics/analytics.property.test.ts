import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';
import { createAccount, upload } from '../../../test/journal';
import {
  BREAKDOWNS,
  Decimal,
  buildTrades,
  computeMetrics,
  parseBrokerFile,
  type MetricsTrade,
  type Trade,
} from '../journal/engine';

/**
 * The database computes analytics in SQL; the engine holds journal.md's reference in TypeScript.
 * On random journals (partials, flips, fractional sizes, tags, setups, stops, a breakeven band,
 * a far-away timezone) both must give the same numbers, metric by metric.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function randomCsv(seed: number, n: number): string {
  const rnd = rng(seed);
  const rows = ['executed_at,symbol,asset_class,side,quantity,price,fees,execution_id'];
  let t = Date.parse('2024-02-26T13:00:00Z');
  for (let i = 0; i < n; i++) {
    t += Math.floor(rnd() * 6 * 3600_000);
    const sym = ['AAPL', 'NVDA', 'ETHUSD'][Math.floor(rnd() * 3)]!;
    const crypto = sym === 'ETHUSD';
    const qty = crypto ? (0.001 + rnd()).toFixed(6) : String(1 + Math.floor(rnd() * 50));
    const price = ((crypto ? 3000 : 150) * (0.95 + rnd() * 0.1)).toFixed(2);
    rows.push(
      `${new Date(t).toISOString()},${sym},${crypto ? 'crypto' : 'stock'},${rnd() < 0.5 ? 'buy' : 'sell'},${qty},${price},${(rnd() * 1.5).toFixed(2)},S${seed}-${i}`,
    );
  }
  return rows.join('\n');
}

const TAGS = [['a'], ['b'], ['a', 'b'], []];
const SETUPS = ['x', 'y', null];

describe.each([11, 23, 57])('SQL analytics = engine reference (seed %i)', (seed) => {
  it('summary, daily and every breakdown agree', async () => {
    const rnd = rng(seed * 7);
    const band = ['0', '0.5', '5'][seed % 3]!;
    const timezone = ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/London'][seed % 3]!;
    const t = await api.createTenant();
    const u = await api.createUser(t.apiKey, {});
    await api.call('PATCH', '/v1/tenant', {
      token: t.apiKey,
      body: { settings: { journal: { breakevenBand: band } } },
    });
    const acc = await createAccount(api, u.token, { timezone, startingBalance: '10000', name: `p${seed}` });
    const csv = randomCsv(seed, 220);
    expect((await upload(api, u.token, acc.id, csv, { format: 'generic' })).status).toBe(201);

    // The reference: the engine on the same file, with the same journal entries.
    const parsed = parseBrokerFile('generic', csv, { timezone, currency: 'USD' });
    const trades: Trade[] = buildTrades(parsed.executions);
    const apiTrades = (await api.call('GET', `/v1/trades?accountId=${acc.id}&limit=500`, { token: u.token }))
      .body.data;
    expect(apiTrades).toHaveLength(trades.length);
    const byKey = new Map(apiTrades.map((x: any) => [`${x.symbol}|${Date.parse(x.openedAt)}`, x]));
    const journaled: MetricsTrade[] = [];
    for (const [i, tr] of trades.entries()) {
      const row: any = byKey.get(`${tr.symbol}|${tr.openedAt}`);
      expect(row, `${tr.symbol} ${tr.openedAt}`).toBeDefined();
      const tags = TAGS[Math.floor(rnd() * TAGS.length)]!;
      const setup = SETUPS[Math.floor(rnd() * SETUPS.length)]!;
      const stop =
        rnd() < 0.5 ? tr.entryPrice.mul(Decimal.from(rnd() < 0.5 ? '0.98' : '1.02')).round(2) : null;
      const journal = { tags, setup, mistakes: i % 5 === 0 ? ['late'] : [], initialStop: stop };
      if (tags.length || setup || stop || journal.mistakes.length) {
        const r = await api.call('PUT', `/v1/trades/${row.id}/journal`, {
          token: u.token,
          body: {
            tags,
            setup,
            mistakes: journal.mistakes,
            ...(stop ? { initialStop: stop.toString() } : {}),
          },
        });
        expect(r.status, r.text).toBe(200);
      }
      journaled.push({
        id: tr.id,
        accountId: acc.id,
        symbol: tr.symbol,
        currency: tr.currency,
        direction: tr.direction,
        status: tr.status,
        openedAt: tr.openedAt,
        closedAt: tr.closedAt,
        grossPnl: tr.grossPnl,
        fees: tr.fees,
        netPnl: tr.netPnl,
        holdingSeconds: tr.holdingSeconds,
        entryPrice: tr.entryPrice,
        quantity: tr.quantity,
        multiplier: tr.multiplier,
        journal,
      });
    }
    const ref = computeMetrics(journaled, { timezone, breakevenBand: band, startingBalance: '10000' });

    const s = (await api.call('GET', `/v1/analytics/summary?accountId=${acc.id}`, { token: u.token })).body;
    for (const [k, v] of Object.entries(ref.summary)) {
      if (typeof v === 'number') expect(s[k], k).toBeCloseTo(v, 9);
      else expect(s[k], k).toEqual(v);
    }
    const daily = (await api.call('GET', `/v1/analytics/daily?accountId=${acc.id}`, { token: u.token })).body
      .data;
    expect(daily.map(({ currency: _c, ...d }: any) => d)).toEqual(ref.daily);
    for (const by of BREAKDOWNS) {
      const b = (
        await api.call('GET', `/v1/analytics/breakdown?by=${by}&accountId=${acc.id}`, { token: u.token })
      ).body.data;
      const strip = (x: any) => ({
        ...x,
        profitFactor: x.profitFactor === null ? null : Number(x.profitFactor.toFixed(9)),
      });
      expect(
        b.map(({ currency: _c, ...x }: any) => strip(x)),
        by,
      ).toEqual(ref.breakdowns[by].map(strip));
    }
    const eq = (await api.call('GET', `/v1/analytics/equity?accountId=${acc.id}`, { token: u.token })).body;
    expect(eq.data.map((p: any) => [p.cumulativeNetPnl, p.drawdown])).toEqual(
      ref.equity.map((p) => [p.cumulativeNetPnl, p.drawdown]),
    );
    // Filters agree too: one tag, one side, a window.
    const from = new Date(Date.parse('2024-03-03T00:00:00Z')).toISOString();
    const f = await api.call(
      'GET',
      `/v1/analytics/summary?accountId=${acc.id}&tag=a&side=long&from=${from}`,
      { token: u.token },
    );
    const rf = computeMetrics(journaled, {
      timezone,
      breakevenBand: band,
      startingBalance: '10000',
      tag: 'a',
      side: 'long',
      from: Date.parse(from),
    });
    expect(f.body.netPnl).toBe(rf.summary.netPnl);
    expect(f.body.tradeCount).toBe(rf.summary.tradeCount);
    expect(f.body.maxDrawdown).toBe(rf.summary.maxDrawdown);

    // Windows through the stored summary segments: whole UTC days from the segments, partial days
    // at the ends from the trades — every metric equal to the reference.
    const expectSummary = (got: any, want: object, ctx: string) => {
      for (const [k, v] of Object.entries(want)) {
        if (typeof v === 'number') expect(got[k], `${ctx} ${k}`).toBeCloseTo(v, 9);
        else expect(got[k], `${ctx} ${k}`).toEqual(v);
      }
    };
    for (const [wf, wt] of [
      ['2024-03-01T00:00:00.000Z', '2024-03-20T00:00:00.000Z'],
      ['2024-03-01T09:30:00.000Z', '2024-03-20T17:45:00.000Z'],
      ['2024-03-05T01:00:00.000Z', '2024-03-05T23:00:00.000Z'],
      ['2024-03-05T13:00:00.000Z', '2024-03-06T00:00:00.000Z'],
    ] as const) {
      const got = await api.call('GET', `/v1/analytics/summary?accountId=${acc.id}&from=${wf}&to=${wt}`, {
        token: u.token,
      });
      const want = computeMetrics(journaled, {
        timezone,
        breakevenBand: band,
        startingBalance: '10000',
        from: Date.parse(wf),
        to: Date.parse(wt),
      });
      expectSummary(got.body, want.summary, `${wf}..${wt}`);
    }
    // The tenant changes its breakeven band: the stored segments no longer apply — the summary
    // reads the trades until the background maintenance has rebuilt them, then reads them again;
    // both equal the reference under the new band.
    const band2 = band === '5' ? '0' : '5';
    const ref2 = computeMetrics(journaled, { timezone, breakevenBand: band2, startingBalance: '10000' });
    await api.call('PATCH', '/v1/tenant', {
      token: t.apiKey,
      body: { settings: { journal: { breakevenBand: band2 } } },
    });
    const summary = async () =>
      (await api.call('GET', `/v1/analytics/summary?accountId=${acc.id}`, { token: u.token })).body;
    expectSummary(await summary(), ref2.summary, `band ${band2}, right after the change`);
    await api.app.services.segments.idle();
    const stored = await api.database.withTenant(t.tenantId, (trx) =>
      trx.selectFrom('accounts').select('segments_band').where('id', '=', acc.id).executeTakeFirstOrThrow(),
    );
    expect(Number(stored.segments_band)).toBe(Number(band2));
    expectSummary(await summary(), ref2.summary, `band ${band2}, segments rebuilt`);
  });
});
