/**
 * Schwab (brokers.md `schwab`) beyond the shared fixtures: the older export's title and total
 * lines, CRLF, a BOM and quotes only where needed; thousands separators and fractions; cash
 * movements skipped; Expired, Assigned and Exchange or Exercise closing at 0 with their stock
 * deliveries; the "+n seconds" times (days in the account's zone, a zone whose day starts at 01:00,
 * re-exports of whole days keeping their ids); every listed error. Expectations are worked out by
 * hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { parseBrokerFile } from './import';
import { schwabOption, schwabTradeDay } from './import/schwab';
import { NEW_YORK_USD, executionLines, expectClean, parseHandmadeClean, tradeLines } from './testSupport';
import { toIso } from './time';
import type { ParseResult } from './types';

const HEADER = '"Date","Action","Symbol","Description","Quantity","Price","Fees & Comm","Amount"\n';
const parse = (body: string, options = NEW_YORK_USD) => parseBrokerFile('schwab', HEADER + body, options);
const fills = (p: ParseResult) =>
  executionLines(p, 'line executedAt symbol assetClass side quantity price fees multiplier');
const errors = (p: ParseResult) => p.errors.map((e) => [e.line, e.reason]);

describe('schwab', () => {
  it('reads the older export: title and total lines, CRLF, BOM, sparse quotes, grouped and fractional numbers', () => {
    const p = parseHandmadeClean('schwab', 'schwab-old-export.csv', NEW_YORK_USD);
    // Line 1 is the title (not a row); 4 and 5 are cash movements, 9 the total line.
    expect(p.rowCount).toBe(7);
    expect(p.skipped).toEqual([
      { line: 4, kind: 'cash', reason: 'Action Qualified Dividend: a cash movement, not an execution' },
      { line: 5, kind: 'cash', reason: 'Action Journaled Shares: a cash movement, not an execution' },
      { line: 9, kind: 'summary', reason: 'the "Transactions Total" line' },
    ]);
    // Midnight EDT is 04:00Z. 05/31 has two execution rows (the "as of" one on line 6 above the
    // bottom one on line 8): +1 s and +0 s. 06/03 and 06/04 have one each: +0 s.
    expect(fills(p)).toEqual([
      '3 2024-06-04T04:00:00Z VTI stock sell 1251.6531 260 1.25 1',
      '6 2024-05-31T04:00:01Z VTI stock buy 1.6531 250 0 1',
      '7 2024-06-03T04:00:00Z BKNG stock buy 2 3500 0 1',
      '8 2024-05-31T04:00:00Z VTI stock buy 1250 250 0 1',
    ]);
    // No execution id: the hash of "executedAt|symbol|side|quantity|price|row text", the row text
    // with its "as of" part, pinned to a value computed outside the engine (printf … | sha256sum).
    expect(p.executions[1]?.id).toBe('h:9d89d2a214666ce59d4d5558f0478d14');
    // VTI: 1251.6531 × (260 − 250) = 12516.531 → 12516.53; fees 1.25; 4 days = 345600 s.
    expect(tradeLines(p)).toEqual([
      'VTI long closed 2024-05-31T04:00:00Z 2024-06-04T04:00:00Z 1251.6531 250.000000 260.000000 12516.53 1.25 12515.28 345600',
      'BKNG long open 2024-06-03T04:00:00Z - 2 3500.000000 - - 0.00 - -',
    ]);
  });

  it('closes options at 0 on Expired, Assigned and Exchange or Exercise; deliveries are their own rows', () => {
    // Other column order, an extra column, every field quoted.
    const p = parseHandmadeClean('schwab', 'schwab-assignments.csv', NEW_YORK_USD);
    expect(fills(p)).toEqual([
      // 06/21: lines 3, 4, 5 get +2, +1, +0 s; 06/20: 6 and 7 get +1 and +0; 06/18: 8, 9, 10 +2, +1, +0.
      '3 2024-06-21T04:00:02Z MSFT stock sell 100 445 0.1 1',
      '4 2024-06-21T04:00:01Z AAPL stock buy 100 210 0 1',
      '6 2024-06-20T04:00:01Z MSFT stock buy 100 400 0 1',
      '8 2024-06-18T04:00:02Z AAPL240621P00210000 option sell 1 2.1 0.66 100',
      '9 2024-06-18T04:00:01Z MSFT240621C00400000 option buy 1 35 0.66 100',
      '10 2024-06-18T04:00:00Z QQQ240621C00480000 option buy 2 1.5 1.32 100',
      // The closing rows, given the side that flattens the position held before them:
      '2 2024-06-24T04:00:00Z QQQ240621C00480000 option sell 2 0 0 100',
      '5 2024-06-21T04:00:00Z AAPL240621P00210000 option buy 1 0 0 100',
      '7 2024-06-20T04:00:00Z MSFT240621C00400000 option sell 1 0 0 100',
    ]);
    const rows = tradeLines(p);
    expect(rows).toEqual(
      expect.arrayContaining([
        // 100 × (0 − 2 × 1.50) = −300; fees 1.32; 6 days.
        'QQQ240621C00480000 long closed 2024-06-18T04:00:00Z 2024-06-24T04:00:00Z 2 1.500000 0.000000 -300.00 1.32 -301.32 518400',
        // 100 × (0 − 35) = −3500; 06/18 04:00:01 → 06/20 04:00:00 = 172799 s.
        'MSFT240621C00400000 long closed 2024-06-18T04:00:01Z 2024-06-20T04:00:00Z 1 35.000000 0.000000 -3500.00 0.66 -3500.66 172799',
        // The short put assigned: 100 × 2.10 = 210; 06/18 04:00:02 → 06/21 04:00:00 = 259198 s.
        'AAPL240621P00210000 short closed 2024-06-18T04:00:02Z 2024-06-21T04:00:00Z 1 2.100000 0.000000 210.00 0.66 209.34 259198',
        // The exercised call's shares: 100 × (445 − 400) = 4500; fees 0.10; 86401 s.
        'MSFT long closed 2024-06-20T04:00:01Z 2024-06-21T04:00:02Z 100 400.000000 445.000000 4500.00 0.10 4499.90 86401',
        'AAPL long open 2024-06-21T04:00:01Z - 100 210.000000 - - 0.00 - -',
      ]),
    );
    expect(rows).toHaveLength(5);
  });

  it('counts days in the account zone; a day that starts at 01:00 starts there', () => {
    const body =
      '"09/08/2024","Sell","AMD","ADVANCED MICRO DEVICES INC","10","$150.00","","$1,500.00"\n' +
      '"09/08/2024","Buy","AMD","ADVANCED MICRO DEVICES INC","10","$149.00","","-$1,490.00"\n';
    // Tokyo: 00:00 JST is 15:00Z the day before.
    expect(
      executionLines(expectClean(parse(body, { timezone: 'Asia/Tokyo', currency: 'USD' })), 'executedAt'),
    ).toEqual(['2024-09-07T15:00:01Z', '2024-09-07T15:00:00Z']);
    // Santiago's clocks jump from 00:00 to 01:00 on 2024-09-08: that day starts at 01:00 −03 = 04:00Z.
    const chile = expectClean(parse(body, { timezone: 'America/Santiago', currency: 'USD' }));
    expect(executionLines(chile, 'executedAt')).toEqual(['2024-09-08T04:00:01Z', '2024-09-08T04:00:00Z']);
    expect(chile.warnings).toEqual([]);
  });

  it('gives a whole day the same times and ids in every export that holds it', () => {
    const day = (d: string, price: string) =>
      `"${d}","Sell","AMD","ADVANCED MICRO DEVICES INC","100","$${price}","$0.45",""\n` +
      `"${d}","Buy","AMD","ADVANCED MICRO DEVICES INC","100","$160.00","",""\n`;
    const first = expectClean(parse(day('06/05/2024', '161.00') + day('06/04/2024', '162.00')));
    const later = expectClean(parse(day('06/06/2024', '163.00') + day('06/05/2024', '161.00')));
    const ids = (p: ParseResult, date: string) =>
      p.executions
        .filter((e) => toIso(e.executedAt).startsWith(date))
        .map((e) => [toIso(e.executedAt), e.id]);
    expect(ids(later, '2024-06-05')).toEqual(ids(first, '2024-06-05'));
    expect(ids(first, '2024-06-05').map((x) => x[0])).toEqual([
      '2024-06-05T04:00:01Z',
      '2024-06-05T04:00:00Z',
    ]);
  });

  it('keeps the seconds of rows below an unreadable row (it still counts for its date)', () => {
    const p = parse(
      '"06/05/2024","Sell","AMD","X","100","$161.00","",""\n' +
        '"06/05/2024","Sell","AMD","X","100","12..5x","",""\n' +
        '"06/05/2024","Buy","AMD","X","200","$160.00","",""\n',
    );
    expect(errors(p)).toEqual([[3, 'Price "12..5x" is not a number']]);
    expect(executionLines(p, 'line executedAt')).toEqual([
      '2 2024-06-05T04:00:02Z',
      '4 2024-06-05T04:00:00Z',
    ]);
  });

  it('reads the side of every execution action, in any case', () => {
    const actions = [
      'Buy',
      'Sell',
      'Sell Short',
      'BUY TO COVER',
      'Reinvest Shares',
      'Buy to Open',
      'Buy to Close',
      'Sell to Open',
      'sell to close',
    ];
    // One symbol each, so no position links them.
    const p = expectClean(
      parse(actions.map((a, i) => `"06/05/2024","${a}","S${i}","X","1","$1.00","",""\n`).join('')),
    );
    expect(p.executions.map((e) => e.side)).toEqual([
      'buy',
      'sell',
      'sell',
      'buy',
      'buy',
      'buy',
      'buy',
      'sell',
      'sell',
    ]);
  });

  it('skips every other action as a cash movement, whatever its cells hold', () => {
    const p = expectClean(
      parse(
        '"06/05/2024","Credit Interest","","SCHWAB1 INT","","","","$1.63"\n' +
          '"06/05/2024","Stock Split","AVGO","BROADCOM INC","9","$170.067","",""\n' +
          '"06/05/2024","Service Fee","","FEE","","","","-$5.00"\n' +
          '"06/05/2024","MoneyLink Transfer","","Tfr BANK","","","","$25,000.00"\n',
      ),
    );
    expect(p.executions).toEqual([]);
    expect(p.skipped.map((s) => [s.line, s.kind])).toEqual([
      [2, 'cash'],
      [3, 'cash'],
      [4, 'cash'],
      [5, 'cash'],
    ]);
  });

  it('reports every listed error by line, naming the column and the value', () => {
    const p = parse(
      '"06/05/2024","Buy","","NO SYMBOL","1","$1.00","",""\n' +
        '"06/05/2024","Buy","AMD","X","1..0","$1.00","",""\n' +
        '"06/05/2024","Sell","AMD","X","5","one","",""\n' +
        '"2024-06-05","Buy","AMD","X","1","$1.00","",""\n' +
        '"06/31/2024","Buy","AMD","X","1","$1.00","",""\n' +
        '"06/05/2024 as of 13/01/2024","Buy","AMD","X","1","$1.00","",""\n' +
        '"06/05/2024","Buy to Open","SPY 12/20/2024 500.00","X","1","$1.00","",""\n' +
        '"06/05/2024","Buy to Open","SPY 02/30/2024 500.00 P","X","1","$1.00","",""\n' +
        '"06/05/2024","Buy to Open","SPY 12/20/2024 0.0001 P","X","1","$1.00","",""\n' +
        '"06/05/2024","Expired","AMD","X","1","","",""\n' +
        '"06/05/2024","","AMD","X","1","$1.00","",""\n' +
        '"06/05/2024","Buy","AMD","X","1","$1.00","-$0.10",""\n',
    );
    expect(errors(p)).toEqual([
      [2, 'Symbol is empty'],
      [3, 'Quantity "1..0" is not a number'],
      [4, 'Price "one" is not a number'],
      [5, 'Date "2024-06-05" is not a date in MM/DD/YYYY or MM/DD/YYYY as of MM/DD/YYYY'],
      [6, 'Date "06/31/2024" is not a date in MM/DD/YYYY or MM/DD/YYYY as of MM/DD/YYYY'],
      [7, 'Date "06/05/2024 as of 13/01/2024" is not a date in MM/DD/YYYY or MM/DD/YYYY as of MM/DD/YYYY'],
      [
        8,
        'Symbol "SPY 12/20/2024 500.00" is not an option like SPY 12/20/2024 500.00 P (root, expiry, strike, C or P)',
      ],
      [
        9,
        'Symbol "SPY 02/30/2024 500.00 P" is not an option like SPY 12/20/2024 500.00 P (root, expiry, strike, C or P)',
      ],
      [
        10,
        'Symbol "SPY 12/20/2024 0.0001 P" is not an option like SPY 12/20/2024 500.00 P (root, expiry, strike, C or P)',
      ],
      [11, 'Action Expired needs an option Symbol, not "AMD"'],
      [12, 'Action is empty'],
      [13, 'Fees & Comm "-$0.10" is negative'],
    ]);
    expect(p.ok).toBe(false);
  });

  it('never guesses the side of a closing row: no position before it, or less than it closes, is an error', () => {
    const p = parse(
      '"06/21/2024","Expired","SPY 06/21/2024 500.00 P","X","3","","",""\n' +
        '"06/18/2024","Buy to Open","SPY 06/21/2024 500.00 P","X","2","$1.00","",""\n' +
        '"06/17/2024","Assigned","QQQ 06/21/2024 400.00 C","X","1","","",""\n',
    );
    expect(errors(p)).toEqual([
      [2, 'Action Expired closes 3 of SPY240621P00500000, but the file holds only 2 before this row'],
      [
        4,
        'Action Assigned closes QQQ240621C00400000 at 0, but the file holds no position in it before this row ' +
          '(import it together with the rows that opened the position)',
      ],
    ]);
  });

  it('needs its header first: another line before it is not a title', () => {
    const p = parseBrokerFile('schwab', 'Positions for account XXXX-1234\n' + HEADER);
    expect(errors(p)).toEqual([
      [
        1,
        'the header lacks columns "Date", "Action", "Symbol", "Description", "Quantity", "Price", "Fees & Comm", "Amount" ' +
          'needed by the schwab format (found "Positions for account XXXX-1234")',
      ],
    ]);
  });

  it('reads option symbols and trade dates', () => {
    expect(schwabOption('SPY 12/20/2024 500.00 P')).toBe('SPY241220P00500000');
    expect(schwabOption('SPXW 1/5/2025 5925.5 C')).toBe('SPXW250105C05925500');
    expect(schwabOption('SPY 12/20/2024 100000 C')).toBeNull(); // does not fit 8 digits
    expect(schwabTradeDay('06/04/2024 as of 06/03/2024')).toBe(20240603);
    expect(schwabTradeDay('6/4/2024')).toBe(20240604);
  });
});
