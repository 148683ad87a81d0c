/**
 * A second hand-made file per format (see import.handmadeEdgeCases.test.ts); expectations worked out by hand and
 * checked with an independent decimal calculator.
 */
import { describe, expect, it } from 'vitest';
import { parseBrokerFile } from './import';
import { computeMetrics } from './metrics';
import { NEW_YORK_USD, expectClean, parseHandmade, parseHandmadeClean, tradeRows } from './testSupport';
import { buildTrades } from './trades/build';

describe('hand-made files, second set', () => {
  it('generic: milliseconds, ±hhmm offsets, mixed case, a duplicated row, etf/crypto/option', () => {
    const p = parseHandmadeClean('generic', 'generic-mixed.csv', NEW_YORK_USD);
    expect(p.duplicates).toEqual([{ line: 8, executionId: 'm6', firstLine: 7 }]);
    expect(p.executions).toHaveLength(8);
    expect(new Set(p.executions.map((e) => e.currency))).toEqual(new Set(['USD']));
    expect(tradeRows(p)).toEqual([
      // exits 40 × 531.10 + 60 × 529.10 = 52990 vs 53010 in; 13:30:00.250Z → 14:30Z = 3599.75 s
      [
        'SPY',
        'long',
        'closed',
        '2024-06-03T13:30:00.250Z',
        '2024-06-03T14:30:00Z',
        '100',
        '530.100000',
        '529.900000',
        '-20.00',
        '2.00',
        '-22.00',
        3599.75,
      ],
      // 0.1 + 0.2 closes 0.3 exactly; exits 6710 + 13410 = 20120 (mean 67066.666667) vs 20100
      [
        'BTCUSD',
        'long',
        'closed',
        '2024-06-03T14:00:00Z',
        '2024-06-03T14:10:00Z',
        '0.3',
        '67000.000000',
        '67066.666667',
        '20.00',
        '0.60',
        '19.40',
        600,
      ],
      // 09:31+05:30 = 04:01Z; 2 × 0.50 × 100
      [
        'AAPL240621P00190000',
        'short',
        'closed',
        '2024-06-04T04:01:00Z',
        '2024-06-04T19:45:00Z',
        '2',
        '1.250000',
        '0.750000',
        '100.00',
        '2.60',
        '97.40',
        56640,
      ],
    ]);
  });

  it('ibkr-flex: CRYPTO and CASH, blank line between sections, fall-back hour, per-row multiplier', () => {
    const p = parseHandmadeClean('ibkr-flex', 'ibkr-flex-crypto-cash.csv', NEW_YORK_USD);
    expect(p.warnings.map((w) => [w.line, w.kind])).toEqual([[3, 'ambiguous-time']]);
    expect(p.executions.map((e) => e.assetClass)).toEqual([
      'crypto',
      'crypto',
      'forex',
      'forex',
      'future',
      'future',
    ]);
    expect(tradeRows(p)).toEqual([
      // 23:59 EDT = 03:59Z; 01:30 (first, EDT) = 05:30Z; 0.015 × 500
      [
        'BTC.USD-PAXOS',
        'long',
        'closed',
        '2024-11-03T03:59:00Z',
        '2024-11-03T05:30:00Z',
        '0.015',
        '69000.000000',
        '69500.000000',
        '7.50',
        '2.08',
        '5.42',
        5460,
      ],
      // EST after the change: 09:00 = 14:00Z; 20000 × 0.0020
      [
        'EUR.USD',
        'short',
        'closed',
        '2024-11-04T14:00:00Z',
        '2024-11-04T16:00:00Z',
        '20000',
        '1.085000',
        '1.083000',
        '40.00',
        '4.00',
        '36.00',
        7200,
      ],
      [
        'MESZ4',
        'long',
        'open',
        '2024-11-04T14:30:00Z',
        null,
        '3',
        '5750.250000',
        null,
        null,
        '2.48',
        null,
        null,
      ],
    ]);
  });

  it('tradovate: a root with a digit (6E), a fractional multiplier (MYM 0.5), a flip', () => {
    const p = parseHandmadeClean('tradovate', 'tradovate-micro.csv', {
      timezone: 'America/Chicago',
      currency: 'USD',
    });
    expect(tradeRows(p)).toEqual([
      // 125000 × 2 × 0.0005; fees 4.50 + 6.75 × 2/3
      [
        '6EM24',
        'long',
        'closed',
        '2024-06-12T13:30:00Z',
        '2024-06-12T13:45:00Z',
        '2',
        '1.075500',
        '1.076000',
        '125.00',
        '9.00',
        '116.00',
        900,
      ],
      [
        '6EM24',
        'short',
        'closed',
        '2024-06-12T13:45:00Z',
        '2024-06-12T14:00:00Z',
        '1',
        '1.076000',
        '1.075000',
        '125.00',
        '4.50',
        '120.50',
        900,
      ],
      // 0.5 × 5 × 50
      [
        'MYMM24',
        'short',
        'closed',
        '2024-06-12T15:00:00Z',
        '2024-06-12T15:30:00Z',
        '5',
        '38750.000000',
        '38700.000000',
        '125.00',
        '5.20',
        '119.80',
        1800,
      ],
    ]);
  });

  it('ninjatrader: two accounts (one chosen), midnight on both sides, a flip with fee split', () => {
    const p = parseHandmadeClean('ninjatrader', 'ninjatrader-accounts.csv', {
      ...NEW_YORK_USD,
      brokerAccount: 'Live1',
    });
    expect(p.skipped).toEqual([
      { line: 3, kind: 'other-account', reason: 'Account Sim101 is another account than Live1' },
    ]);
    expect(tradeRows(p)).toEqual([
      // 11:59:59 PM EDT = 03:59:59Z; 12:00:01 AM = 04:00:01Z; 1000 × 2 × 0.25; fees 4.18 + 10.45 × 2/5
      [
        'CLQ24',
        'long',
        'closed',
        '2024-07-02T03:59:59Z',
        '2024-07-02T04:00:01Z',
        '2',
        '80.500000',
        '80.750000',
        '500.00',
        '8.36',
        '491.64',
        2,
      ],
      [
        'CLQ24',
        'short',
        'closed',
        '2024-07-02T04:00:01Z',
        '2024-07-02T16:30:00Z',
        '3',
        '80.750000',
        '80.250000',
        '1500.00',
        '12.54',
        '1487.46',
        44999,
      ],
    ]);
    expect(
      parseHandmade('ninjatrader', 'ninjatrader-accounts.csv', { timezone: 'America/New_York' }).ok,
    ).toBe(false);
  });

  it('mt5: in/out in the fall-back hour, a fee split that does not terminate, a withdrawal', () => {
    const p = parseHandmadeClean('mt5', 'mt5-fallback.csv', { timezone: 'Europe/Athens', currency: 'USD' });
    expect(p.skipped.map((s) => [s.line, s.kind])).toEqual([[5, 'cash']]);
    expect(p.warnings.map((w) => [w.line, w.kind])).toEqual([[3, 'ambiguous-time']]);
    const trades = buildTrades(p.executions);
    // deal 201 fees −(−10.50 − 0.50 − 2.40) = 13.40, 1.00 of its 1.50 lots close: 8.9333333333
    expect(trades.map((t) => t.fees.toString())).toEqual(['15.9333333333', '7.9666666667']);
    expect(tradeRows(p)).toEqual([
      // 22:00 EEST = 19:00Z; 03:30 first (EEST) = 00:30Z
      [
        'EURUSD',
        'short',
        'closed',
        '2024-10-25T19:00:00Z',
        '2024-10-27T00:30:00Z',
        '1',
        '1.080000',
        '1.079000',
        '100.00',
        '15.93',
        '84.07',
        106200,
      ],
      // 10:00 EET = 08:00Z
      [
        'EURUSD',
        'long',
        'closed',
        '2024-10-27T00:30:00Z',
        '2024-10-28T08:00:00Z',
        '0.5',
        '1.079000',
        '1.081000',
        '100.00',
        '7.97',
        '92.03',
        113400,
      ],
    ]);
    // 84.0666666667 + 92.0333333333 = 176.10 exactly: the split loses nothing
    expect(computeMetrics(trades).summary.netPnl).toBe('176.10');
  });

  it('thinkorswim: a three-leg butterfly, half strikes, prices like .90, section at the end of the file', () => {
    const p = parseHandmadeClean('thinkorswim', 'thinkorswim-butterfly.csv', NEW_YORK_USD);
    expect(tradeRows(p)).toEqual([
      // 13:45:10Z → next day 19:59:59Z = 108889 s
      [
        'IWM 240719 P 202.5',
        'long',
        'closed',
        '2024-07-08T13:45:10Z',
        '2024-07-09T19:59:59Z',
        '1',
        '1.100000',
        '0.900000',
        '-20.00',
        '0.00',
        '-20.00',
        108889,
      ],
      [
        'IWM 240719 P 205',
        'short',
        'closed',
        '2024-07-08T13:45:10Z',
        '2024-07-09T19:59:59Z',
        '2',
        '2.050000',
        '1.700000',
        '70.00',
        '0.00',
        '70.00',
        108889,
      ],
      [
        'IWM 240719 P 207.5',
        'long',
        'closed',
        '2024-07-08T13:45:10Z',
        '2024-07-09T19:59:59Z',
        '1',
        '3.350000',
        '3.050000',
        '-30.00',
        '0.00',
        '-30.00',
        108889,
      ],
      [
        'TSLA',
        'short',
        'closed',
        '2024-07-10T14:00:00Z',
        '2024-07-10T14:20:00Z',
        '25',
        '250.400000',
        '248.400000',
        '50.00',
        '0.00',
        '50.00',
        1200,
      ],
    ]);
  });

  it('binance: partial fills, base/third/quote fees, Singapore weekday and hour edges', () => {
    const p = parseHandmadeClean('binance', 'binance-partials.csv', {
      timezone: 'Asia/Singapore',
      currency: 'USDT',
    });
    expect(p.warnings.map((w) => [w.line, w.kind])).toEqual([[3, 'unvalued-fee']]);
    expect(tradeRows(p)).toEqual([
      // in 1700 + 852.50 = 2552.50 (mean 3403.333333); fees 0.0005 × 3400 + 2.5875 = 4.2875
      [
        'ETHUSDT',
        'long',
        'closed',
        '2024-06-30T15:59:59Z',
        '2024-07-01T02:00:00Z',
        '0.75',
        '3403.333333',
        '3450.000000',
        '35.00',
        '4.29',
        '30.71',
        36001,
      ],
      [
        'BTCUSDT',
        'short',
        'open',
        '2024-07-01T03:00:00Z',
        null,
        '0.01',
        '62000.000000',
        null,
        null,
        '0.62',
        null,
        null,
      ],
    ]);
    const m = computeMetrics(buildTrades(p.executions), { timezone: 'Asia/Singapore' });
    // opened 23:59:59 on Sunday in Singapore (one second before Monday), closed July 1 there
    expect(m.breakdowns.weekday.map((b) => b.key)).toEqual(['7']);
    expect(m.breakdowns.hour.map((b) => b.key)).toEqual(['23']);
    expect(m.daily).toEqual([{ date: '2024-07-01', tradeCount: 1, netPnl: '30.71', winRate: 1 }]);
    expect(m.summary.openTradeCount).toBe(1);
  });

  it('binance: base assets that start with digits (1000SATS, 1INCH) split by the pair', () => {
    const p = parseBrokerFile(
      'binance',
      'Date(UTC),Pair,Side,Price,Executed,Amount,Fee\n' +
        '2024-05-01 10:00:00,1000SATSUSDT,BUY,0.0003,1000000.001000SATS,300.0000003USDT,1000.001000SATS\n' +
        '2024-05-01 11:00:00,1000SATSUSDT,SELL,0.0004,1000000.001000SATS,400.0000004USDT,0.4USDT\n' +
        '2024-05-01 12:00:00,1INCHUSDT,BUY,0.5,10.501INCH,5.25USDT,0.011INCH\n',
      { timezone: 'UTC', currency: 'USDT' },
    );
    expectClean(p);
    // "1000000.001000SATS" is 1000000.00 of 1000SATS: the pair says where the asset starts.
    expect(p.executions.map((e) => [e.symbol, e.quantity.toString(), e.fees.toString()])).toEqual([
      ['1000SATSUSDT', '1000000', '0.3'], // fee 1000.00 1000SATS × 0.0003
      ['1000SATSUSDT', '1000000', '0.4'],
      ['1INCHUSDT', '10.5', '0.005'], // "10.501INCH" is 10.50 1INCH; fee 0.01 × 0.5
    ]);
  });
});
