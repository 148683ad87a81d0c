import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';
import { allTrades, createAccount, fixture, upload } from '../../../test/journal';
import { MONEY_METRICS, fixtures } from '../journal/engine/testSupport';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  const t = await api.createTenant();
  token = (await api.createUser(t.apiKey, {})).token;
});
afterAll(() => api.close());

const money = (n: number | null | undefined) => (n === null || n === undefined ? null : n.toFixed(2));

describe.each(fixtures())('$name through the API', ({ name, expected, file, corrupt }) => {
  let accountId: string;
  beforeAll(async () => {
    accountId = (await createAccount(api, token, { ...expected.account, name })).id;
  });

  it('imports every execution (201) and re-importing inserts nothing', async () => {
    const first = await upload(api, token, accountId, fixture(file), { format: expected.format }, file);
    expect(first.status, first.text).toBe(201);
    expect(first.body.inserted).toBe(expected.executions);
    expect(first.body.status).toBe('succeeded');
    const again = await upload(api, token, accountId, fixture(file), { format: expected.format }, file);
    expect(again.status).toBe(201);
    expect(again.body.inserted).toBe(0);
    expect(again.body.duplicates).toBeGreaterThanOrEqual(expected.executions);
    expect(again.body.tradesAffected).toBe(0);
  });

  it('builds the expected trades', async () => {
    const trades = await allTrades(api, token, `accountId=${accountId}&sort=openedAt`);
    expect(trades).toHaveLength(expected.trades.length);
    const key = (t: { symbol: string; openedAt: string }) =>
      `${t.symbol}|${new Date(t.openedAt).toISOString()}`;
    const byKey = new Map(trades.map((t) => [key(t), t]));
    for (const e of expected.trades) {
      const t = byKey.get(key(e));
      expect(t, `trade ${key(e)}`).toBeDefined();
      expect(t).toMatchObject({ assetClass: e.assetClass, direction: e.direction, status: e.status });
      expect(Number(t.quantity)).toBe(Number(e.quantity));
      expect(Number(t.entryPrice)).toBeCloseTo(Number(e.entryPrice), 5);
      if (e.closedAt) expect(new Date(t.closedAt).toISOString()).toBe(new Date(e.closedAt).toISOString());
      if (e.exitPrice !== null) expect(Number(t.exitPrice)).toBeCloseTo(Number(e.exitPrice), 5);
      if (e.netPnl !== undefined) {
        expect(t.netPnl).toBe(money(e.netPnl));
        expect(t.grossPnl).toBe(money(e.grossPnl));
        expect(t.fees).toBe(money(e.fees));
        expect(t.holdingSeconds).toBe(e.holdingSeconds);
      }
    }
  });

  it('computes every summary metric in the database as expected (money to the cent)', async () => {
    const r = await api.call('GET', `/v1/analytics/summary?accountId=${accountId}`, { token });
    expect(r.status, r.text).toBe(200);
    for (const [metric, value] of Object.entries(expected.summary)) {
      const got = r.body[metric];
      if (MONEY_METRICS.has(metric)) expect(got, metric).toBe(money(value));
      else if (value === null) expect(got, metric).toBeNull();
      else expect(got, metric).toBeCloseTo(value, 3);
    }
  });

  it('gives the expected calendar and weekday breakdown', async () => {
    const d = await api.call('GET', `/v1/analytics/daily?accountId=${accountId}`, { token });
    expect(
      d.body.data.map((x: any) => ({ date: x.date, tradeCount: x.tradeCount, netPnl: x.netPnl })),
    ).toEqual(
      expected.daily.map((x) => ({ date: x.date, tradeCount: x.tradeCount, netPnl: money(x.netPnl) })),
    );
    for (const [i, x] of expected.daily.entries()) expect(d.body.data[i].winRate).toBeCloseTo(x.winRate, 3);
    const w = await api.call('GET', `/v1/analytics/breakdown?by=weekday&accountId=${accountId}`, { token });
    const got = Object.fromEntries(
      w.body.data.map((b: any) => [b.key, { tradeCount: b.tradeCount, netPnl: b.netPnl }]),
    );
    const want = Object.fromEntries(
      Object.entries(expected.weekday).map(([k, v]) => [
        k,
        { tradeCount: v.tradeCount, netPnl: money(v.netPnl) },
      ]),
    );
    expect(got).toEqual(want);
  });

  it('rejects its corrupt twin with 422 naming the bad line, writing nothing', async () => {
    const other = await createAccount(api, token, { ...expected.account, name: `${name} corrupt` });
    const r = await upload(api, token, other.id, fixture(corrupt), { format: expected.format }, corrupt);
    expect(r.status, r.text).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    expect(r.body.type).toBe('https://journalkit.dev/problems/import-invalid');
    expect(r.body.errors.map((e: { line: number }) => e.line)).toContain(expected.corruptLine);
    expect(await allTrades(api, token, `accountId=${other.id}`)).toEqual([]);
    const imports = await api.call('GET', `/v1/accounts/${other.id}/imports`, { token });
    expect(imports.body.data).toEqual([]);
  });
});
