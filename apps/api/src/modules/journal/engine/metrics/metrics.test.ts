import { describe, expect, it } from 'vitest';
import { Decimal, dec } from '../decimal';
import { computeMetrics, computeMetricsByCurrency } from './index';
import { holdingBucket } from './breakdowns';
import type { MetricsTrade, TradeJournal } from './types';

let n = 0;
/** A closed trade with the given net P&L, closed `closeMin` minutes after 2024-03-04 14:00Z (a Monday). */
function trade(
  net: string,
  closeMin: number,
  more: Partial<MetricsTrade> & { journal?: TradeJournal } = {},
): MetricsTrade {
  const closedAt = Date.UTC(2024, 2, 4, 14) + closeMin * 60_000;
  const openedAt = more.openedAt ?? closedAt - 60_000;
  const fees = dec('1');
  return {
    id: `t${String(++n).padStart(3, '0')}`,
    symbol: 'AAPL',
    currency: 'USD',
    direction: 'long',
    status: 'closed',
    openedAt,
    closedAt,
    grossPnl: dec(net).add(fees),
    fees,
    netPnl: dec(net),
    holdingSeconds: (closedAt - openedAt) / 1000,
    entryPrice: dec('100'),
    quantity: dec('10'),
    multiplier: Decimal.ONE,
    ...more,
  };
}

const open: MetricsTrade = {
  ...trade('0', 0),
  status: 'open',
  closedAt: null,
  netPnl: null,
  grossPnl: null,
  holdingSeconds: null,
};

describe('computeMetrics', () => {
  it('has the documented empty case for every metric', () => {
    const m = computeMetrics([]);
    expect(m.summary).toEqual({
      tradeCount: 0,
      openTradeCount: 0,
      winners: 0,
      losers: 0,
      scratches: 0,
      winRate: null,
      netPnl: '0.00',
      grossPnl: '0.00',
      totalFees: '0.00',
      grossProfit: '0.00',
      grossLoss: '0.00',
      profitFactor: null,
      averageWin: null,
      averageLoss: null,
      payoffRatio: null,
      expectancy: null,
      largestWin: null,
      largestLoss: null,
      maxConsecutiveWins: 0,
      maxConsecutiveLosses: 0,
      maxDrawdown: '0.00',
      maxDrawdownPercent: null,
      averageHoldingSeconds: null,
      averageR: null,
    });
    expect(m.equity).toEqual([]);
    expect(m.daily).toEqual([]);
    expect(Object.values(m.breakdowns).every((b) => b.length === 0)).toBe(true);
    expect(m.currency).toBeNull();
  });

  it('computes the summary by the definitions (worked example)', () => {
    // Equity order: +100, −40, +10, 0, −30, −50, +200 → E: 100, 60, 70, 70, 40, −10, 190
    // Peak 100 until the end; largest drawdown 100 − (−10) = 110 at peak 100.
    const trades = ['100', '-40', '10', '0', '-30', '-50', '200'].map((v, i) => trade(v, i * 10));
    const s = computeMetrics([...trades, open], { startingBalance: '1000' }).summary;
    expect(s).toMatchObject({
      tradeCount: 7,
      openTradeCount: 1,
      winners: 3,
      losers: 3,
      scratches: 1,
      netPnl: '190.00',
      grossPnl: '197.00',
      totalFees: '7.00',
      grossProfit: '310.00',
      grossLoss: '-120.00',
      averageWin: '103.33', // 310 / 3
      averageLoss: '-40.00',
      expectancy: '27.14', // 190 / 7 = 27.142857
      largestWin: '200.00',
      largestLoss: '-50.00',
      maxConsecutiveWins: 1, // the scratch ends the +10 run
      maxConsecutiveLosses: 2,
      maxDrawdown: '110.00',
      averageHoldingSeconds: 60,
      averageR: null,
    });
    expect(s.winRate).toBeCloseTo(3 / 7, 12);
    expect(s.profitFactor).toBeCloseTo(310 / 120, 12);
    expect(s.payoffRatio).toBeCloseTo(310 / 3 / 40, 12);
    expect(s.maxDrawdownPercent).toBeCloseTo((110 / 1100) * 100, 12);
  });

  it('returns null ratios where journal.md says so', () => {
    const s = computeMetrics([trade('5', 0), trade('7', 1)]).summary;
    expect([s.profitFactor, s.averageLoss, s.payoffRatio, s.largestLoss]).toEqual([null, null, null, null]);
    expect(s.maxDrawdownPercent).toBeNull(); // no starting balance
    expect(computeMetrics([trade('5', 0)], { startingBalance: '100' }).summary.maxDrawdownPercent).toBe(0);
  });

  it('treats |netPnl| within the breakeven band as scratches', () => {
    const trades = [trade('0.40', 0), trade('-0.50', 1), trade('0.51', 2), trade('-2', 3)];
    expect(computeMetrics(trades).summary).toMatchObject({ winners: 2, losers: 2, scratches: 0 });
    expect(computeMetrics(trades, { breakevenBand: '0.50' }).summary).toMatchObject({
      winners: 1,
      losers: 1,
      scratches: 2,
      grossProfit: '0.51',
      grossLoss: '-2.00',
    });
  });

  it('windows by closedAt [from, to) and filters by account, symbol, side, tag and setup', () => {
    const trades = [
      trade('10', 0, {
        symbol: 'MSFT',
        accountId: 'a',
        journal: { tags: ['gap', 'news'], setup: 'breakout' },
      }),
      trade('20', 60, { direction: 'short', accountId: 'b', journal: { tags: ['news'] } }),
      trade('30', 120, { accountId: 'a' }),
      { ...open, accountId: 'a' },
    ];
    const from = Date.UTC(2024, 2, 4, 15);
    expect(computeMetrics(trades, { from }).summary.netPnl).toBe('50.00');
    expect(computeMetrics(trades, { from, to: Date.UTC(2024, 2, 4, 16) }).summary.netPnl).toBe('20.00');
    expect(computeMetrics(trades, { accountId: 'a' }).summary).toMatchObject({
      netPnl: '40.00',
      openTradeCount: 1,
    });
    expect(computeMetrics(trades, { symbol: 'MSFT' }).summary.netPnl).toBe('10.00');
    expect(computeMetrics(trades, { side: 'short' }).summary.netPnl).toBe('20.00');
    expect(computeMetrics(trades, { tag: 'news' }).summary.netPnl).toBe('30.00');
    expect(computeMetrics(trades, { setup: ['breakout', 'other'] }).summary.netPnl).toBe('10.00');
    // the window never hides open trades
    expect(computeMetrics(trades, { from: Date.UTC(2030, 0, 1) }).summary.openTradeCount).toBe(1);
  });

  it('orders equity by closedAt, then openedAt, then trade id', () => {
    const t = Date.UTC(2024, 2, 4, 14);
    const trades = [
      trade('1', 0, { id: 'b', openedAt: t - 5000, closedAt: t }),
      trade('2', 0, { id: 'a', openedAt: t - 5000, closedAt: t }),
      trade('3', 0, { id: 'c', openedAt: t - 9000, closedAt: t }),
    ];
    expect(computeMetrics(trades).equity.map((p) => [p.tradeId, p.cumulativeNetPnl])).toEqual([
      ['c', '3.00'],
      ['a', '5.00'],
      ['b', '6.00'],
    ]);
  });

  it('computes R from initialRisk, or from initialStop × quantity × multiplier', () => {
    const trades = [
      trade('50', 0, { journal: { initialRisk: dec('100') } }), // 0.5
      trade('-30', 1, { journal: { initialStop: dec('99') } }), // |100 − 99| × 10 × 1 = 10 → −3
      trade('10', 2), // no risk: not in the mean
      trade('10', 3, { journal: { initialStop: dec('100') } }), // zero risk: no R
    ];
    expect(computeMetrics(trades).summary.averageR).toBeCloseTo((0.5 - 3) / 2, 12);
  });

  it('breaks down by tag (a trade in each of its tags), weekday and hour in the timezone, holding buckets', () => {
    const trades = [
      trade('10', 0, { journal: { tags: ['a', 'b'], mistakes: ['late'] } }),
      trade('-4', 5, { journal: { tags: ['b'] } }),
      // opened Sunday 2024-03-03 23:30 in New York = Monday 04:30Z
      trade('6', 600, { openedAt: Date.UTC(2024, 2, 4, 4, 30) }),
    ];
    const m = computeMetrics(trades, { timezone: 'America/New_York' });
    expect(m.breakdowns.tag).toEqual([
      { key: 'a', tradeCount: 1, netPnl: '10.00', winRate: 1, profitFactor: null, expectancy: '10.00' },
      { key: 'b', tradeCount: 2, netPnl: '6.00', winRate: 0.5, profitFactor: 2.5, expectancy: '3.00' },
    ]);
    expect(m.breakdowns.mistake.map((b) => b.key)).toEqual(['late']);
    expect(m.breakdowns.setup).toEqual([]);
    expect(m.breakdowns.weekday.map((b) => [b.key, b.tradeCount])).toEqual([
      ['1', 2],
      ['7', 1],
    ]);
    expect(m.breakdowns.hour.map((b) => [b.key, b.tradeCount])).toEqual([
      ['8', 1], // opened 13:59Z = 08:59 EST (before the March 10 change)
      ['9', 1], // 14:04Z = 09:04 EST
      ['23', 1],
    ]);
    expect(m.breakdowns.holding.map((b) => [b.key, b.tradeCount])).toEqual([
      ['1m-5m', 2],
      ['2h-1d', 1],
    ]);
  });

  it('puts bucket boundaries in the upper bucket', () => {
    expect([0, 59.9, 60, 299, 300, 1800, 7200, 86_399, 86_400, 1e7].map(holdingBucket)).toEqual([
      '<1m',
      '<1m',
      '1m-5m',
      '1m-5m',
      '5m-30m',
      '30m-2h',
      '2h-1d',
      '2h-1d',
      '>1d',
      '>1d',
    ]);
  });

  it('reports money per currency and refuses to mix them', () => {
    const trades = [trade('1', 0), trade('2', 1, { currency: 'EUR' })];
    expect(() => computeMetrics(trades)).toThrow(TypeError);
    const by = computeMetricsByCurrency(trades);
    expect(Object.keys(by)).toEqual(['EUR', 'USD']);
    expect(by.EUR?.summary.netPnl).toBe('2.00');
  });
});
