/**
 * TradeZero (brokers.md `tradezero`) beyond the shared fixtures: US Eastern time whatever the
 * account's zone (both sides of a DST change, its gap and its repeated hour), the fee sum with a
 * rebate that cancels the fees exactly and one that exceeds them (0 fees, the surplus warned),
 * every side code, a reversal written as two rows, several accounts, only the needed columns in
 * another order, CRLF, a BOM, and every listed error. Expectations are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { parseBrokerFile } from './import';
import { computeMetrics } from './metrics';
import { buildTrades } from './trades/build';
import { executionLines, expectClean, parseHandmadeClean, tradeLines } from './testSupport';

const TOKYO_USD = { timezone: 'Asia/Tokyo', currency: 'USD' };
const HEADER = 'Account,T/D,Side,Symbol,Qty,Price,Exec Time,Comm,SEC,TAF,NSCC,Nasdaq,ECN Remove,ECN Add\n';
const parse = (
  body: string,
  options: { timezone: string; currency?: string; brokerAccount?: string } = TOKYO_USD,
) => parseBrokerFile('tradezero', HEADER + body, options);

describe('tradezero', () => {
  it('reads US Eastern time in a Tokyo account; fees add up, a rebate surplus books 0 and is warned', () => {
    const p = parseHandmadeClean('tradezero', 'tradezero-eastern.csv', TOKYO_USD);
    // 09:30 EST (03/08) = 14:30Z; 09:30 EDT (03/11, after the change) = 13:30Z.
    // Fees: 0.99 + 0.02 + 0.30 = 1.31; 0.99 + 0.03 + 0.02 + 0.02 − 0.25 = 0.81;
    // 0.46 + 0.17 + 0.20 − 2.50 = −1.67 → 0; 0.20 − 0.20 = 0 exactly (no warning).
    expect(executionLines(p, 'line executedAt symbol side quantity price fees currency multiplier')).toEqual([
      '2 2024-03-08T14:30:00Z AAPL buy 100 170 1.31 USD 1',
      '3 2024-03-08T20:59:59Z AAPL sell 100 171.5 0.81 USD 1',
      '4 2024-03-11T13:30:00Z TSLA sell 1000 180 0 USD 1',
      '5 2024-03-11T13:45:00Z TSLA buy 1000 179 0 USD 1',
      '6 2024-03-11T14:00:00Z NVDA buy 10 850 1.02 USD 1',
      '7 2024-03-11T14:05:00Z NVDA sell 10 851 1.08 USD 1',
      '8 2024-03-11T14:05:00Z NVDA sell 5 851 1.05 USD 1',
    ]);
    expect(p.warnings).toEqual([
      {
        line: 4,
        kind: 'rebate-surplus',
        reason:
          'Comm + SEC + TAF + NSCC + Nasdaq + ECN Remove + ECN Add = -1.67: a rebate larger than the fees; ' +
          'the row books 0 fees and the surplus rebate of 1.67 is not counted',
      },
    ]);
    // Every row carries the file's Account; no execution id: line 4's hash of "executedAt|symbol|
    // side|quantity|price|row text" is pinned to a value computed outside the engine (sha256sum).
    expect(executionLines(p, 'line brokerAccount id').filter((l) => l.startsWith('4 '))).toEqual([
      '4 TZ00012345 h:3304aa873ed5cef5a9e9adfbaef290aa',
    ]);
    expect(new Set(p.executions.map((e) => e.brokerAccount))).toEqual(new Set(['TZ00012345']));
    expect(tradeLines(p)).toEqual([
      // 100 × 1.50 = 150; fees 1.31 + 0.81; 14:30:00 → 20:59:59 = 23399 s
      'AAPL long closed 2024-03-08T14:30:00Z 2024-03-08T20:59:59Z 100 170.000000 171.500000 150.00 2.12 147.88 23399',
      // SS then bc (lower case): 1000 × 1.00 = 1000; no fees
      'TSLA short closed 2024-03-11T13:30:00Z 2024-03-11T13:45:00Z 1000 180.000000 179.000000 1000.00 0.00 1000.00 900',
      // The reversal is two rows: S 10 closes, SS 5 opens the short.
      'NVDA long closed 2024-03-11T14:00:00Z 2024-03-11T14:05:00Z 10 850.000000 851.000000 10.00 2.10 7.90 300',
      'NVDA short open 2024-03-11T14:05:00Z - 5 851.000000 - - 1.05 - -',
    ]);
    // Days are the account's: 20:59:59Z on 03/08 is 05:59:59 on 03/09 in Tokyo.
    const daily = computeMetrics(buildTrades(p.executions), { timezone: 'Asia/Tokyo' }).daily;
    expect(daily.map((d) => [d.date, d.tradeCount, d.netPnl])).toEqual([
      ['2024-03-09', 1, '147.88'],
      ['2024-03-11', 2, '1007.90'],
    ]);
  });

  it('refuses the hour that does not exist in New York and warns on the one that repeats', () => {
    const p = parse(
      'TZ1,03/10/2024,B,AMC,100,4.50,02:30:00,0,0,0,0,0,0,0\n' +
        'TZ1,11/03/2024,B,AMC,100,4.50,01:30:00,0,0,0,0,0,0,0\n',
    );
    expect(p.errors).toEqual([
      {
        line: 2,
        reason:
          'T/D and Exec Time "03/10/2024 02:30:00" does not exist in America/New_York (clocks jump forward then)',
      },
    ]);
    // 01:30 on 11/03 happens twice in New York: read as the first, EDT (05:30Z), with a warning.
    expect(p.warnings.map((w) => [w.line, w.kind])).toEqual([[3, 'ambiguous-time']]);
    expect(executionLines(p, 'line executedAt')).toEqual(['3 2024-11-03T05:30:00Z']);
  });

  it('keeps one account per file: several are refused unless one is chosen', () => {
    const body =
      'TZ1,05/01/2024,B,AMC,100,4.50,09:31:00,0,0,0,0,0,0,0\n' +
      'TZ2,05/01/2024,B,AMC,100,4.50,09:32:00,0,0,0,0,0,0,0\n';
    expect(parse(body).errors).toEqual([
      {
        line: 1,
        reason:
          'the file holds several accounts in Account: TZ1 (1 rows), TZ2 (1 rows); choose the account to import',
      },
    ]);
    const chosen = expectClean(parse(body, { ...TOKYO_USD, brokerAccount: 'TZ2' }));
    expect(chosen.skipped).toEqual([
      { line: 2, kind: 'other-account', reason: 'Account TZ1 is another account than TZ2' },
    ]);
    expect(executionLines(chosen, 'line currency')).toEqual(['3 USD']);
  });

  it('reports every listed error by line, naming the column and the value', () => {
    const p = parse(
      'TZ1,05/01/2024,X,AMC,100,4.50,09:31:00,0,0,0,0,0,0,0\n' +
        'TZ1,2024-05-01,B,AMC,100,4.50,09:31:00,0,0,0,0,0,0,0\n' +
        'TZ1,02/30/2024,B,AMC,100,4.50,09:31:00,0,0,0,0,0,0,0\n' +
        'TZ1,05/01/2024,B,AMC,100,4.50,9:31,0,0,0,0,0,0,0\n' +
        'TZ1,05/01/2024,B,AMC,100,4.50,25:00:00,0,0,0,0,0,0,0\n' +
        'TZ1,05/01/2024,B,AMC,0,4.50,09:31:00,0,0,0,0,0,0,0\n' +
        'TZ1,05/01/2024,B,AMC,100,abc,09:31:00,0,0,0,0,0,0,0\n' +
        'TZ1,05/01/2024,B,AMC,100,4.50,09:31:00,,0,0,0,0,0,0\n' +
        'TZ1,05/01/2024,B,AMC,100,4.50,09:31:00,0,0,0,0,0,0,-0.5x\n' +
        'TZ1,05/01/2024,B,,100,4.50,09:31:00,0,0,0,0,0,0,0\n' +
        ',05/01/2024,B,AMC,100,4.50,09:31:00,0,0,0,0,0,0,0\n',
    );
    expect(p.errors.map((e) => [e.line, e.reason])).toEqual([
      [2, 'Side "X" is not B, S, SS or BC'],
      [3, 'T/D "2024-05-01" is not a date in MM/DD/YYYY'],
      [4, 'T/D "02/30/2024" is not a date in MM/DD/YYYY'],
      [5, 'Exec Time "9:31" is not a time in HH:mm:ss'],
      [6, 'Exec Time "25:00:00" is not a time in HH:mm:ss'],
      [7, 'Qty "0" is not greater than 0'],
      [8, 'Price "abc" is not a number'],
      [9, 'Comm is empty'],
      [10, 'ECN Add "-0.5x" is not a number'],
      [11, 'Symbol is empty'],
      [12, 'Account is empty'],
    ]);
  });
});
