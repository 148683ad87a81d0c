/**
 * Hand-made files beyond the shared fixtures: BOM, CRLF, quoted fields, other column orders,
 * DST edges, flips, spreads, preambles. Every expectation below is worked out by hand in the
 * comments, independently of the engine.
 */
import { describe, expect, it } from 'vitest';
import { parseMappedCsv } from './import/mapping';
import { computeMetrics } from './metrics';
import {
  HANDMADE_DIR,
  NEW_YORK_USD,
  expectClean,
  parseHandmade,
  parseHandmadeClean,
  readFixture,
  tradeRows,
} from './testSupport';
import { buildTrades } from './trades/build';

describe('hand-made files', () => {
  it('generic: BOM, CRLF, free column order, quotes, futures canonical, flip, DST both ways', () => {
    const p = parseHandmadeClean('generic', 'generic-dst.csv', NEW_YORK_USD);
    expect(p.executions.map((e) => [e.line, e.symbol, e.multiplier.toString(), e.currency])).toEqual([
      [2, 'ESM24', '50', 'USD'],
      [3, 'ESM24', '50', 'USD'],
      [4, 'ESM24', '50', 'USD'],
      [5, 'BTCUSD', '1', 'USD'],
      [6, 'BTCUSD', '1', 'USD'],
    ]);
    // No execution_id: sha256 of "executedAt|symbol|side|quantity|price|row text", pinned to a value
    // computed outside the engine (printf … | sha256sum) so ids never drift between versions.
    expect(p.executions[0]?.id).toBe('h:792fd90921a073be9b8601ad01352a86');
    expect(tradeRows(p)).toEqual([
      // 2 × (5010.75 − 5000.25) × 50 = 1050; fees 4.50 + 6.75 × 2/3 = 9.00;
      // 2024-03-08T20:59:59Z → 2024-03-11T13:30:00Z = 2 d 16 h 30 min 1 s = 232201 s
      [
        'ESM24',
        'long',
        'closed',
        '2024-03-08T20:59:59Z',
        '2024-03-11T13:30:00Z',
        '2',
        '5000.250000',
        '5010.750000',
        '1050.00',
        '9.00',
        '1041.00',
        232201,
      ],
      // the flip's remaining 1 opens a short; line 4 has the same instant and closes it (source order):
      // (5010.75 − 5005) × 50 = 287.50; fees 2.25 + 2.25
      [
        'ESM24',
        'short',
        'closed',
        '2024-03-11T13:30:00Z',
        '2024-03-11T13:30:00Z',
        '1',
        '5010.750000',
        '5005.000000',
        '287.50',
        '4.50',
        '283.00',
        0,
      ],
      // 01:30 EDT = 05:30Z and 01:30 EST = 06:30Z: 0.00012345 × 100 = 0.012345; net −0.007655
      [
        'BTCUSD',
        'long',
        'closed',
        '2024-11-03T05:30:00Z',
        '2024-11-03T06:30:00Z',
        '0.00012345',
        '65000.500000',
        '65100.500000',
        '0.01',
        '0.02',
        '-0.01',
        3600,
      ],
    ]);
  });

  it('generic column mapping: local times, constants, unknown columns', () => {
    const p = parseMappedCsv(
      readFixture('mapped-custom.csv', HANDMADE_DIR),
      {
        columns: {
          executed_at: 'Trade Date',
          symbol: 'Ticker',
          side: 'Action',
          quantity: 'Shares',
          price: 'Fill Price',
          fees: 'Comm',
        },
        constants: { asset_class: 'stock' },
        timeFormat: 'MM/dd/yyyy HH:mm:ss',
      },
      NEW_YORK_USD,
    );
    expectClean(p);
    // 15:59 EST = 20:59Z; 09:30 EDT = 13:30Z: 2 d 16 h 31 min = 232260 s; 100 × 0.50 = 50
    expect(tradeRows(p)).toEqual([
      [
        'AAPL',
        'long',
        'closed',
        '2024-03-08T20:59:00Z',
        '2024-03-11T13:30:00Z',
        '100',
        '170.500000',
        '171.000000',
        '50.00',
        '2.00',
        '48.00',
        232260,
      ],
    ]);
  });

  it('ibkr-flex: the chosen account, other accounts skipped, repeated header, flip, rebate sign', () => {
    const p = parseHandmadeClean('ibkr-flex', 'ibkr-flex-accounts.csv', {
      ...NEW_YORK_USD,
      brokerAccount: 'U1',
    });
    expect(p.skipped).toEqual([
      { line: 3, kind: 'other-account', reason: 'ClientAccountID U2 is another account than U1' },
    ]);
    expect(p.executions.map((e) => e.id)).toEqual(['T1', 'T3', 'T4', 'T5']);
    expect(tradeRows(p)).toEqual([
      // 100 × (171 − 170.50) = 50; fees 1.00 + 1.50 × 100/150 = 2.00
      [
        'AAPL',
        'long',
        'closed',
        '2024-03-08T20:59:59Z',
        '2024-03-11T13:30:00Z',
        '100',
        '170.500000',
        '171.000000',
        '50.00',
        '2.00',
        '48.00',
        232201,
      ],
      // 50 × (171 − 170) = 50; fees 0.50 + 0.50
      [
        'AAPL',
        'short',
        'closed',
        '2024-03-11T13:30:00Z',
        '2024-03-11T14:00:00Z',
        '50',
        '171.000000',
        '170.000000',
        '50.00',
        '1.00',
        '49.00',
        1800,
      ],
      [
        'SPY   240621C00500000',
        'long',
        'open',
        '2024-03-11T14:15:00Z',
        null,
        '3',
        '2.500000',
        null,
        null,
        '1.95',
        null,
        null,
      ],
    ]);
    // Without a chosen account the same file is refused as a whole.
    const refused = parseHandmade('ibkr-flex', 'ibkr-flex-accounts.csv', { timezone: 'America/New_York' });
    expect(refused.ok).toBe(false);
    expect(refused.errors.map((e) => e.reason)).toEqual([
      'the file holds several accounts in ClientAccountID: U1 (4 rows), U2 (1 rows); choose the account to import',
    ]);
  });

  it('tradovate: leading spaces, other column order, one-digit years across a decade, fall-back hour', () => {
    const p = parseHandmadeClean('tradovate', 'tradovate-fallback.csv', {
      timezone: 'America/Chicago',
      currency: 'USD',
    });
    expect(p.warnings).toEqual([
      {
        line: 3,
        kind: 'ambiguous-time',
        reason:
          'Timestamp "11/03/2024 01:30:00" occurs twice in America/Chicago (clocks set back); read as the first',
      },
    ]);
    expect(tradeRows(p)).toEqual([
      // 14:59 CDT = 19:59Z; 01:30 CDT (first) = 06:30Z: 1 d 10 h 31 min = 124260 s; 3 × 10.25 × 5 = 153.75
      [
        'MESZ24',
        'short',
        'closed',
        '2024-11-01T19:59:00Z',
        '2024-11-03T06:30:00Z',
        '3',
        '5750.250000',
        '5740.000000',
        '153.75',
        '2.22',
        '151.53',
        124260,
      ],
      // CLF5 traded in 2024 is January 2025; 08:30 CST = 14:30Z; 0.25 × 1000 = 250
      [
        'CLF25',
        'long',
        'closed',
        '2024-11-04T14:30:00Z',
        '2024-11-04T15:00:00Z',
        '1',
        '70.100000',
        '70.350000',
        '250.00',
        '5.00',
        '245.00',
        1800,
      ],
    ]);
  });

  it('ninjatrader: BOM, quoted prices with thousands, 12 AM / 12 PM, DST weekend', () => {
    const p = parseHandmadeClean('ninjatrader', 'ninjatrader-dst.csv', NEW_YORK_USD);
    expect(tradeRows(p)).toEqual([
      // 3:59 PM EST = 20:59Z; 12:15 AM EDT = 04:15Z; 2 d 7 h 16 min = 198960 s; 2 × 49.75 × 20 = 1990
      [
        'NQM24',
        'short',
        'closed',
        '2024-03-08T20:59:00Z',
        '2024-03-11T04:15:00Z',
        '2',
        '18151.000000',
        '18101.250000',
        '1990.00',
        '8.36',
        '1981.64',
        198960,
      ],
      // 12 PM EDT = 16:00Z; 10.5 × 2 = 21
      [
        'MNQM24',
        'long',
        'closed',
        '2024-03-11T16:00:00Z',
        '2024-03-11T16:30:00Z',
        '1',
        '18100.000000',
        '18110.500000',
        '21.00',
        '1.04',
        '19.96',
        1800,
      ],
    ]);
  });

  it('mt5: title block, cash and totals rows skipped, in/out split, swap credit, DST in Athens', () => {
    const p = parseHandmadeClean('mt5', 'mt5-report.csv', { timezone: 'Europe/Athens', currency: 'USD' });
    expect(p.skipped.map((s) => [s.line, s.kind])).toEqual([
      [6, 'cash'],
      [10, 'cash'],
      [11, 'summary'],
    ]);
    expect(p.executions.map((e) => [e.id, e.fees.toString(), e.multiplier.toString()])).toEqual([
      ['10', '0.5', '100000'],
      ['11', '0.3', '100000'], // −(−1.50 + 0 + 1.20)
      ['12', '1', '100000'],
    ]);
    expect(tradeRows(p)).toEqual([
      // 23:00 EET = 21:00Z; 10:00 EEST = 07:00Z: 2 d 10 h = 208800 s. Profit 200 is the closing part's;
      // fees 0.50 + 0.30 × 0.10/0.30 = 0.60
      [
        'XAUUSD',
        'long',
        'closed',
        '2024-03-29T21:00:00Z',
        '2024-04-01T07:00:00Z',
        '0.1',
        '2230.500000',
        '2250.500000',
        '200.00',
        '0.60',
        '199.40',
        208800,
      ],
      // opening part 0.20: profit 0, fees 0.20; then out with profit 200, fees 1.00
      [
        'XAUUSD',
        'short',
        'closed',
        '2024-04-01T07:00:00Z',
        '2024-04-01T09:00:00Z',
        '0.2',
        '2250.500000',
        '2240.500000',
        '200.00',
        '1.20',
        '198.80',
        7200,
      ],
    ]);
    const gold = parseHandmade('mt5', 'mt5-report.csv', {
      timezone: 'Europe/Athens',
      contractSizes: { XAUUSD: '100' },
    });
    expect(gold.executions.map((e) => e.multiplier.toString())).toEqual(['100', '100', '100']);
  });

  it('thinkorswim: preamble with quotes, spread legs sharing a time, ETF, futures, CRLF', () => {
    const p = parseHandmadeClean('thinkorswim', 'thinkorswim-spreads.csv', NEW_YORK_USD);
    expect(p.executions.map((e) => [e.line, e.executedAt === p.executions[0]?.executedAt])).toEqual([
      [9, true],
      [10, true], // leg 2 shares leg 1's time
      [11, false],
      [12, false],
      [13, false],
      [14, false],
      [15, false],
    ]);
    expect(tradeRows(p)).toEqual([
      // 15:59 EST = 20:59Z → 09:30 EDT = 13:30Z: 232260 s; 2 × 0.50 × 100 = 100
      [
        'SPY 240315 C 510',
        'long',
        'closed',
        '2024-03-08T20:59:00Z',
        '2024-03-11T13:30:00Z',
        '2',
        '3.100000',
        '3.600000',
        '100.00',
        '0.00',
        '100.00',
        232260,
      ],
      // short leg: 2 × (1.90 − 2.20) × 100 = −60
      [
        'SPY 240315 C 515',
        'short',
        'closed',
        '2024-03-08T20:59:00Z',
        '2024-03-11T13:30:00Z',
        '2',
        '1.900000',
        '2.200000',
        '-60.00',
        '0.00',
        '-60.00',
        232260,
      ],
      [
        'QQQ',
        'long',
        'closed',
        '2024-03-11T14:00:00Z',
        '2024-03-11T14:05:00Z',
        '10',
        '440.250000',
        '441.000000',
        '7.50',
        '0.00',
        '7.50',
        300,
      ],
      [
        'MESM24',
        'short',
        'open',
        '2024-03-11T15:00:00Z',
        null,
        '1',
        '5150.250000',
        null,
        null,
        '0.00',
        null,
        null,
      ],
    ]);
    expect(p.executions.map((e) => e.assetClass)).toEqual([
      'option',
      'option',
      'option',
      'option',
      'etf',
      'etf',
      'future',
    ]);
  });

  it('binance: fee in base (valued at price), quote, third asset (warned), flip with fee split', () => {
    const p = parseHandmadeClean('binance', 'binance-fees.csv', {
      timezone: 'Asia/Singapore',
      currency: 'USDT',
    });
    expect(p.executions.map((e) => [e.fees.toString(), e.unvaluedFee?.asset ?? null])).toEqual([
      ['0.3', null], // 0.0015 SOL × 200
      ['0.402', null],
      ['0', 'BNB'],
    ]);
    expect(p.warnings.map((w) => [w.line, w.kind])).toEqual([[4, 'unvalued-fee']]);
    expect(tradeRows(p)).toEqual([
      // 1.5 × 1 = 1.50; fees 0.30 + 0.402 × 1.5/2 = 0.6015; net 0.8985
      [
        'SOLUSDT',
        'long',
        'closed',
        '2024-03-31T23:59:59Z',
        '2024-04-01T00:00:01Z',
        '1.5',
        '200.000000',
        '201.000000',
        '1.50',
        '0.60',
        '0.90',
        2,
      ],
      // 0.5 × 2 = 1.00; fees 0.1005; net 0.8995
      [
        'SOLUSDT',
        'short',
        'closed',
        '2024-04-01T00:00:01Z',
        '2024-04-01T08:00:00Z',
        '0.5',
        '201.000000',
        '199.000000',
        '1.00',
        '0.10',
        '0.90',
        28799,
      ],
    ]);
    // Days in Singapore: both trades closed on April 1 there (08:00:01 and 16:00).
    const m = computeMetrics(buildTrades(p.executions), { timezone: 'Asia/Singapore' });
    expect(m.daily).toEqual([{ date: '2024-04-01', tradeCount: 2, netPnl: '1.80', winRate: 1 }]);
    expect(m.summary.netPnl).toBe('1.80'); // 0.8985 + 0.8995 = 1.798
  });
});
