import { describe, expect, it } from 'vitest';
import { computeMetrics } from './metrics';
import { parseBrokerFile } from './import';
import { buildTrades } from './trades/build';
import { tradeToJson } from './trades/serialize';
import { MONEY_METRICS, cents, fixtures, readFixture, type Expected } from './testSupport';

const RATIO_TOLERANCE = 0.00005 + 1e-9; // the fixtures give ratios to four decimals

function run(file: string, expected: Expected) {
  const parsed = parseBrokerFile(expected.format, readFixture(file), {
    timezone: expected.account.timezone,
    currency: expected.account.currency,
  });
  const trades = buildTrades(parsed.executions);
  const metrics = computeMetrics(trades, { timezone: expected.account.timezone });
  return { parsed, trades, metrics };
}

describe.each(fixtures())('fixture $name', ({ file, expected }) => {
  const { parsed, trades, metrics } = run(file, expected);

  it('reads every row without errors', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.ok).toBe(true);
    expect(parsed.executions).toHaveLength(expected.executions);
  });

  it('builds the expected trades', () => {
    const ours = trades.map(tradeToJson).map((t) => {
      const out: Record<string, unknown> = {
        symbol: t.symbol,
        assetClass: t.assetClass,
        direction: t.direction,
        openedAt: t.openedAt,
        closedAt: t.closedAt,
        status: t.status,
        quantity: t.quantity,
        entryPrice: t.entryPrice,
        exitPrice: t.exitPrice,
      };
      if (t.status === 'closed') {
        Object.assign(out, {
          grossPnl: t.grossPnl,
          fees: t.fees,
          netPnl: t.netPnl,
          holdingSeconds: t.holdingSeconds,
        });
      }
      return out;
    });
    const theirs = expected.trades.map((t) => {
      const out: Record<string, unknown> = { ...t };
      for (const k of ['grossPnl', 'fees', 'netPnl'] as const) if (t[k] !== undefined) out[k] = cents(t[k]);
      return out;
    });
    expect(ours).toEqual(theirs);
  });

  it('computes every summary metric', () => {
    for (const [key, value] of Object.entries(expected.summary)) {
      const ours = metrics.summary[key as keyof typeof metrics.summary];
      if (value === null) expect(ours, key).toBeNull();
      else if (MONEY_METRICS.has(key)) expect(ours, key).toBe(cents(value));
      else if (Number.isInteger(value) && key !== 'averageHoldingSeconds') expect(ours, key).toBe(value);
      else
        expect(Math.abs((ours as number) - value), `${key}: ${String(ours)} vs ${value}`).toBeLessThanOrEqual(
          RATIO_TOLERANCE,
        );
    }
  });

  it('computes the daily series', () => {
    expect(metrics.daily.map((d) => ({ ...d, winRate: Math.round(d.winRate * 1e4) / 1e4 }))).toEqual(
      expected.daily.map((d) => ({ ...d, netPnl: cents(d.netPnl) })),
    );
  });

  it('computes the weekday breakdown', () => {
    const ours = Object.fromEntries(
      metrics.breakdowns.weekday.map((b) => [b.key, { tradeCount: b.tradeCount, netPnl: b.netPnl }]),
    );
    const theirs = Object.fromEntries(
      Object.entries(expected.weekday).map(([k, v]) => [
        k,
        { tradeCount: v.tradeCount, netPnl: cents(v.netPnl) },
      ]),
    );
    expect(ours).toEqual(theirs);
  });
});
