/**
 * tastytrade (brokers.md `tastytrade`) beyond the shared fixtures: Receive Deliver rows (an
 * expiration and an assignment closing at 0, the assignment's stock delivery priced like a trade,
 * symbol changes and splits skipped), offsets of other users, thousands separators in Description
 * and Value, `--` fees, a rebate larger than the fees, `Order #:Symbol:n` ids with n > 1,
 * same-second rows in bottom-up order, another column order without `Total`, CRLF, and every
 * listed error. Expectations are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { parseBrokerFile } from './import';
import { executionLines, parseHandmadeClean, tradeLines } from './testSupport';
import { toIso } from './time';
import type { ParseResult } from './types';

const CHICAGO_USD = { timezone: 'America/Chicago', currency: 'USD' };
const HEADER =
  'Date,Type,Sub Type,Action,Symbol,Instrument Type,Description,Value,Quantity,Average Price,Commissions,Fees,' +
  'Multiplier,Root Symbol,Underlying Symbol,Expiration Date,Strike Price,Call or Put,Order #,Total,Currency\n';
const parse = (body: string) => parseBrokerFile('tastytrade', HEADER + body, CHICAGO_USD);
const fills = (p: ParseResult) =>
  executionLines(p, 'line id executedAt symbol assetClass side quantity price fees multiplier currency');

describe('tastytrade', () => {
  it('reads trades and Receive Deliver rows; closes expired and assigned options at 0', () => {
    const p = parseHandmadeClean('tastytrade', 'tastytrade-deliveries.csv', CHICAGO_USD);
    expect(p.skipped.map((s) => [s.line, s.kind, s.reason])).toEqual([
      [5, 'corporate-action', 'Type Receive Deliver (Symbol Change) without an Action: not an execution'],
      [8, 'cash', 'Type Money Movement (Balance Adjustment): a cash movement, not an execution'],
      [15, 'corporate-action', 'Type Receive Deliver (Forward Split) without an Action: not an execution'],
    ]);
    // −(−0.50 + 0.80) = −0.30 on line 6: booked as 0, the surplus named in a warning.
    expect(p.warnings).toEqual([
      {
        line: 6,
        kind: 'rebate-surplus',
        reason:
          '−(Commissions + Fees) = -0.3: a rebate larger than the fees; the row books 0 fees and the surplus ' +
          'rebate of 0.3 is not counted',
      },
    ]);
    // line id executedAt symbol assetClass side quantity price fees multiplier currency
    expect(fills(p)).toEqual([
      // The assignment's stock delivery: an Action, priced like a trade (|−180.00| ÷ 1); no Order #:
      // the hash (pinned here and below to values computed outside the engine, printf … | sha256sum).
      '4 h:598d9a499614615dfaec700b2736f0f1 2024-06-21T21:00:00Z TSLA stock buy 100 180 0.5 1 USD',
      // Futures: the price after " @ " in Description (thousands separator), the table's multiplier.
      '6 1003:/ESM4:1 2024-06-20T13:31:00Z ESM24 future sell 1 5480.25 0 50 USD',
      '7 1002:/ESM4:1 2024-06-20T13:30:00Z ESM24 future buy 1 5470 2.1 50 USD',
      '9 1006:PLTR:1 2024-06-19T14:00:00Z PLTR stock buy 300 25.1 0 1 USD',
      // Two rows of order 1005 for PLTR: n = 1 and 2 from the top.
      '10 1005:PLTR:1 2024-06-19T14:00:00Z PLTR stock sell 400 25 0.2 1 USD',
      '11 1005:PLTR:2 2024-06-19T14:00:00Z PLTR stock sell 300 25.05 0.15 1 USD',
      '12 1004:PLTR:1 2024-06-18T19:00:00Z PLTR stock buy 700 24 0.2 1 USD',
      // |−125.00| ÷ 100 = 1.25; fees −(−2.00 − 0.28) = 2.28. The id keeps the Symbol as written.
      '13 1001:AAPL  240621C00220000:1 2024-06-18T14:35:00Z AAPL240621C00220000 option buy 2 1.25 2.28 100 USD',
      // +0200 (another user's offset): 10:00 +02:00 = 08:00Z.
      '14 1000:TSLA  240621P00180000:1 2024-06-17T08:00:00Z TSLA240621P00180000 option sell 1 3.4 1.14 100 USD',
      // The closing rows: a sell of the long call, a buy of the short put.
      '2 h:8c74c402a8df61d76fbe2dcb0208b0d0 2024-06-21T21:00:00Z AAPL240621C00220000 option sell 2 0 0 100 USD',
      '3 h:eec697d5e1dd14a39374e84f551c326b 2024-06-21T21:00:00Z TSLA240621P00180000 option buy 1 0 0 100 USD',
    ]);
    // Bottom-up within the file: seq = 15 − line (line 14 is the last execution).
    expect(p.executions.find((e) => e.line === 11)?.seq).toBe(4);
    expect(tradeLines(p)).toEqual([
      // The short put assigned: 100 × 3.40 = 340; fees 1.14; 08:00Z on the 17th → 21:00Z on the 21st.
      'TSLA240621P00180000 short closed 2024-06-17T08:00:00Z 2024-06-21T21:00:00Z 1 3.400000 0.000000 340.00 1.14 338.86 392400',
      // The expired long call: 100 × (0 − 2 × 1.25) = −250; fees 2.28.
      'AAPL240621C00220000 long closed 2024-06-18T14:35:00Z 2024-06-21T21:00:00Z 2 1.250000 0.000000 -250.00 2.28 -252.28 282300',
      // Lines 9–11 share 14:00:00Z: bottom-up, the sells (11, then 10) close the 700 first:
      // 300 × 1.05 + 400 × 1.00 = 715; fees 0.20 + 0.15 + 0.20; exit (7515 + 10000) / 700.
      'PLTR long closed 2024-06-18T19:00:00Z 2024-06-19T14:00:00Z 700 24.000000 25.021429 715.00 0.55 714.45 68400',
      // … and line 9's buy opens the next trade (top-down it would have joined the first).
      'PLTR long open 2024-06-19T14:00:00Z - 300 25.100000 - - 0.00 - -',
      // 50 × (5480.25 − 5470) = 512.50; fees 2.10 + 0.
      'ESM24 long closed 2024-06-20T13:30:00Z 2024-06-20T13:31:00Z 1 5470.000000 5480.250000 512.50 2.10 510.40 60',
      'TSLA long open 2024-06-21T21:00:00Z - 100 180.000000 - - 0.50 - -',
    ]);
  });

  it('keeps the legs of a spread apart, one execution and one trade per contract', () => {
    const leg = (order: string, action: string, symbol: string, avg: string, t: string) =>
      `${t},Trade,x,${action},${symbol},Equity Option,leg,0,1,${avg},-1.00,-0.14,100,SPY,SPY,12/20/24,500,CALL,${order},0,USD\n`;
    const p = parse(
      leg('77', 'SELL_TO_CLOSE', 'SPY   241220C00500000', '300.00', '2024-06-03T16:00:00+0000') +
        leg('77', 'BUY_TO_CLOSE', 'SPY   241220C00510000', '-100.00', '2024-06-03T16:00:00+0000') +
        leg('76', 'BUY_TO_OPEN', 'SPY   241220C00500000', '-250.00', '2024-06-03T15:00:00+0000') +
        leg('76', 'SELL_TO_OPEN', 'SPY   241220C00510000', '120.00', '2024-06-03T15:00:00+0000'),
    );
    expect(p.errors).toEqual([]);
    expect(p.executions.map((e) => e.id)).toEqual([
      '77:SPY   241220C00500000:1',
      '77:SPY   241220C00510000:1',
      '76:SPY   241220C00500000:1',
      '76:SPY   241220C00510000:1',
    ]);
    // 100 × (3.00 − 2.50) = 50 and 100 × (1.20 − 1.00) = 20: two trades, never netted into one.
    expect(tradeLines(p)).toEqual([
      // Listed by opening time, then bottom-up: the lower leg (line 5) first.
      'SPY241220C00510000 short closed 2024-06-03T15:00:00Z 2024-06-03T16:00:00Z 1 1.200000 1.000000 20.00 2.28 17.72 3600',
      'SPY241220C00500000 long closed 2024-06-03T15:00:00Z 2024-06-03T16:00:00Z 1 2.500000 3.000000 50.00 2.28 47.72 3600',
    ]);
  });

  it('closes an exercised option at 0 and reads its Multiplier from the row (a mini option: 10)', () => {
    // Date, Type, Sub Type, Action, Symbol, Instrument Type, Description, Value, Quantity,
    // Average Price, Commissions, Fees, Multiplier; then Root … Call or Put, Order #, Total, Currency.
    const row = (cells: string, order = '') => `${cells},,,,,,${order},0,USD\n`;
    const p = parse(
      row(
        '2024-06-21T16:00:00-0500,Receive Deliver,Buy to Open,BUY_TO_OPEN,XSP,Equity,Bought 10 XSP @ 550.00,"-5,500.00",10,-550.00,--,--,',
      ) +
        row(
          '2024-06-21T16:00:00-0500,Receive Deliver,Exercise,,XSP   240621C00550000,Equity Option,Removal due to exercise,0.00,1,0.00,--,--,10',
        ) +
        row(
          '2024-06-20T10:00:00-0500,Trade,Buy to Open,BUY_TO_OPEN,XSP   240621C00550000,Equity Option,Bought 1 @ 2.50,-25.00,1,-25.00,-1.00,-0.10,10',
          '501',
        ),
    );
    expect(p.errors).toEqual([]);
    expect(executionLines(p, 'line side quantity price multiplier')).toEqual([
      '2 buy 10 550 1',
      '4 buy 1 2.5 10',
      '3 sell 1 0 10',
    ]);
    // 10 × (0 − 2.50) = −25; fees 1.10; 15:00Z on the 20th → 21:00Z on the 21st.
    expect(tradeLines(p)).toEqual([
      'XSP240621C00550000 long closed 2024-06-20T15:00:00Z 2024-06-21T21:00:00Z 1 2.500000 0.000000 -25.00 1.10 -26.10 108000',
      'XSP long open 2024-06-21T21:00:00Z - 10 550.000000 - - 0.00 - -',
    ]);
  });

  it('reads offsets with and without a colon, and Z', () => {
    const row = (date: string) =>
      `${date},Trade,Buy to Open,BUY_TO_OPEN,PLTR,Equity,x,"-2,100.00",100,-21.00,--,--,,,,,,,9,"-2,100.00",USD\n`;
    const p = parse(
      row('2024-06-07T15:50:14+0200') + row('2024-06-07T09:50:14-04:00') + row('2024-06-07T13:50:14Z'),
    );
    expect(p.errors).toEqual([]);
    expect(p.executions.map((e) => [toIso(e.executedAt), e.id, e.fees.toString()])).toEqual([
      ['2024-06-07T13:50:14Z', '9:PLTR:1', '0'],
      ['2024-06-07T13:50:14Z', '9:PLTR:2', '0'],
      ['2024-06-07T13:50:14Z', '9:PLTR:3', '0'],
    ]);
  });

  it('reports every listed error by line, naming the column and the value', () => {
    const p = parse(
      '2024-06-07T15:50:14+0200,Trade,x,BUY_TO_BUY,PLTR,Equity,x,0,1,-21.00,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Trade,x,,PLTR,Equity,x,0,1,-21.00,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Trade,x,BUY,PLTR,Equity,x,0,1,abc,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Trade,x,BUY,/MESU4,Future,Bought 1 /MESU4 at market,0,1,0.00,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Trade,x,BUY,/MESU4,Future,Bought 1 /MESU4 @ 52x8,0,1,0.00,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14,Trade,x,BUY,PLTR,Equity,x,0,1,-21.00,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Trade,x,BUY,SPY 241220C560,Equity Option,x,0,1,-100.00,--,--,100,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Trade,x,BUY,BTC/USD,Cryptocurrency,x,0,1,-100.00,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Journal,x,BUY,PLTR,Equity,x,0,1,-21.00,--,--,,,,,,,1,0,USD\n' +
        '2024-06-07T15:50:14+0200,Receive Deliver,Expiration,,/MESU4,Future,x,0,1,0.00,--,--,,,,,,,,0,USD\n' +
        '2024-06-07T15:50:14+0200,Receive Deliver,Expiration,,SPY   241220C00560000,Equity Option,x,0,1,0.00,--,--,100,,,,,,,0,USD\n' +
        '2024-06-07T15:50:14+0200,Trade,x,BUY,PLTR,Equity,x,0,1,-21.00,-1.0.0,--,,,,,,,1,0,USD\n',
    );
    expect(p.errors.map((e) => [e.line, e.reason])).toEqual([
      [
        2,
        'Action "BUY_TO_BUY" is not one of BUY_TO_OPEN, BUY_TO_CLOSE, BUY, SELL_TO_OPEN, SELL_TO_CLOSE, SELL',
      ],
      [3, 'Action is empty'],
      [4, 'Average Price "abc" is not a number'],
      [
        5,
        'Description "Bought 1 /MESU4 at market" gives no price after " @ " (a Future row\'s price is there)',
      ],
      [6, 'Description "Bought 1 /MESU4 @ 52x8": the price "52x8" is not a number'],
      [
        7,
        'Date "2024-06-07T15:50:14" is not a time in ISO 8601 with an offset, like 2024-06-07T15:50:14+0200',
      ],
      [8, 'Symbol "SPY 241220C560" is not an OCC option symbol like SPY   241220C00560000'],
      [9, 'Instrument Type "Cryptocurrency" is not Equity, Equity Option or Future'],
      [10, 'Type "Journal" is not Trade, Receive Deliver or Money Movement'],
      [11, 'Receive Deliver Expiration without an Action closes an option at 0, not a Future'],
      [
        12,
        'Receive Deliver Expiration closes SPY241220C00560000 at 0, but the file holds no position in it before this row ' +
          '(import it together with the rows that opened the position)',
      ],
      [13, 'Commissions "-1.0.0" is not a number'],
    ]);
  });
});
