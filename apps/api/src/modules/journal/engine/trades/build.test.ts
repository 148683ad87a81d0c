import { describe, expect, it } from 'vitest';
import { dec } from '../decimal';
import { buildInstrumentTrades, buildTrades } from './build';
import { tradeToJson } from './serialize';
import { ex } from './testExecutions';

const pick = (t: ReturnType<typeof tradeToJson>) => [
  t.direction,
  t.status,
  t.quantity,
  t.grossPnl,
  t.fees,
  t.netPnl,
];

describe('buildInstrumentTrades', () => {
  it('splits a flip (+100, sell 150) with fees pro rata', () => {
    const trades = buildInstrumentTrades([
      ex('buy', '100', '10', { fees: dec('1') }),
      ex('sell', '150', '11', { fees: dec('3') }),
      ex('buy', '50', '10.5', { fees: dec('1') }),
    ]).map(tradeToJson);
    expect(trades.map(pick)).toEqual([
      ['long', 'closed', '100', '100.00', '3.00', '97.00'], // fees 1 + 3 × 100/150
      ['short', 'closed', '50', '25.00', '2.00', '23.00'], // fees 3 × 50/150 + 1
    ]);
    expect(trades[1]?.id).toBe(trades[0]?.executionIds[1]); // the flip execution opens the second trade
  });

  it('keeps the fee split exact when it does not terminate', () => {
    const [a, b] = buildInstrumentTrades([ex('buy', '1', '10'), ex('sell', '3', '10', { fees: dec('1') })]);
    expect(a?.fees.toString()).toBe('0.3333333333');
    expect(b?.fees.toString()).toBe('0.6666666667');
    expect(a!.fees.add(b!.fees).toString()).toBe('1');
  });

  it('uses weighted entry/exit prices and the largest absolute position', () => {
    const [t] = buildInstrumentTrades([
      ex('sell', '2', '10'),
      ex('sell', '3', '11'),
      ex('buy', '1', '9'),
      ex('sell', '4', '12'),
      ex('buy', '8', '8'),
    ]).map(tradeToJson);
    // short: grew 2@10 + 3@11 + 4@12 (9 = 101/9), shrank 1@9 + 8@8 (73/9); max |pos| = 8
    expect(t).toMatchObject({
      direction: 'short',
      quantity: '8',
      entryPrice: '11.222222',
      exitPrice: '8.111111',
      grossPnl: '28.00', // 101 − 73
    });
  });

  it('applies the multiplier and leaves a non-flat end open without P&L', () => {
    const trades = buildInstrumentTrades([
      ex('buy', '2', '5000', { multiplier: dec('50') }),
      ex('sell', '1', '5010', { multiplier: dec('50') }),
    ]);
    expect(trades).toHaveLength(1);
    expect(tradeToJson(trades[0]!)).toMatchObject({
      status: 'open',
      closedAt: null,
      quantity: '2',
      grossPnl: null,
      netPnl: null,
      exitPrice: null,
      holdingSeconds: null,
    });
  });

  it('decides flatness exactly with fractional quantities (0.1 + 0.2 − 0.3)', () => {
    const trades = buildInstrumentTrades([
      ex('buy', '0.1', '100'),
      ex('buy', '0.2', '100'),
      ex('sell', '0.3', '101'),
    ]);
    expect(trades.map((t) => [t.status, t.grossPnl?.toString()])).toEqual([['closed', '0.3']]);
  });

  it('uses the broker profit (MT5) and gives an in/out profit to the part that closes', () => {
    const trades = buildInstrumentTrades([
      ex('buy', '0.05', '1.1', { realizedPnl: dec('0') }),
      ex('sell', '0.15', '1.2', { realizedPnl: dec('29.85'), fees: dec('1.05') }),
      ex('buy', '0.1', '1.15', { realizedPnl: dec('27.2'), fees: dec('0.7') }),
    ]).map(tradeToJson);
    expect(trades.map(pick)).toEqual([
      ['long', 'closed', '0.05', '29.85', '0.35', '29.50'],
      ['short', 'closed', '0.1', '27.20', '1.40', '25.80'],
    ]);
  });

  it('orders by executedAt, ties by source order (seq), whatever the input order', () => {
    const t0 = Date.UTC(2024, 0, 2);
    const a = ex('buy', '1', '10', { executedAt: t0, seq: 2 });
    const b = ex('sell', '1', '12', { executedAt: t0, seq: 1 });
    // seq 1 (the sell) comes first: a short closed by the buy.
    const [t] = buildTrades([a, b]);
    expect(t?.direction).toBe('short');
    expect(buildTrades([b, a])).toEqual(buildTrades([a, b]));
  });

  it('keeps instruments and broker accounts apart', () => {
    const trades = buildTrades([
      ex('buy', '1', '10'),
      ex('buy', '1', '10', { symbol: 'MSFT' }),
      ex('buy', '1', '10', { brokerAccount: 'U2' }),
      ex('sell', '1', '11'),
    ]);
    expect(trades.map((t) => [t.symbol, t.brokerAccount ?? '', t.status])).toEqual([
      ['AAPL', '', 'closed'],
      ['MSFT', '', 'open'],
      ['AAPL', 'U2', 'open'],
    ]);
  });
});
