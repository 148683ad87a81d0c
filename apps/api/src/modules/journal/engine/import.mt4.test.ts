/**
 * mt4 (MetaTrader 4 Detailed Statement, brokers.md `mt4`) beyond its two fixtures: hand-made
 * statements (handmade/mt4-*.htm) and statements written here (testMt4Statement.ts), one rule
 * each, expectations worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { createImporter, parseBrokerFile } from './import';
import { decodeEntities, readHtmlRows, type HtmlRow } from './import/html';
import { closedRow, mt4Statement, openRow, type Mt4Row } from './testMt4Statement';
import {
  expectClean,
  parseHandmade,
  parseHandmadeClean,
  readFixture,
  HANDMADE_DIR,
  tradeRows,
} from './testSupport';
import { toIso } from './time';
import { mergeExecutions, rebuildTrades } from './trades/rebuild';
import type { Execution, ImportOptions, ParseResult, Trade } from './types';
import { buildTrades } from './trades/build';
import { tradeToJson } from './trades/serialize';

const ATHENS: ImportOptions = { timezone: 'Europe/Athens', currency: 'USD' };
const UTC: ImportOptions = { timezone: 'UTC', currency: 'USD' };

/** Executions as rows: [id, executedAt, side, quantity, price, fees, realizedPnl, position, note]. */
const executionRows = (p: ParseResult) =>
  p.executions.map((e) => [
    e.id,
    toIso(e.executedAt),
    e.side,
    e.quantity.toString(),
    e.price.toString(),
    e.fees.toString(),
    e.realizedPnl?.toString() ?? null,
    e.position ? [e.position.effect, e.position.key, e.position.next ?? null] : null,
    e.note ?? null,
  ]);

const buy = (over: Partial<Mt4Row> & Pick<Mt4Row, 'ticket'>): Mt4Row => ({
  openTime: '2024.05.06 10:00:00',
  type: 'buy',
  size: '0.10',
  item: 'eurusd',
  price: '1.07500',
  closeTime: '2024.05.06 11:00:00',
  closePrice: '1.07600',
  commission: '-0.70',
  taxes: '0.00',
  swap: '0.00',
  profit: '10.00',
  ...over,
});

describe('mt4: a hedged statement with chains closed in parts (handmade/mt4-hedged.htm)', () => {
  const p = parseHandmadeClean('mt4', 'mt4-hedged.htm', ATHENS);

  it('records one opening per chain and one closing per closed row, with positions and notes', () => {
    const eurusd100 = 'EURUSD buy 2024-04-02T07:00:00Z 1.075';
    const eurusd108 = 'EURUSD buy 2024-04-03T08:00:00Z 1.08';
    expect(executionRows(p)).toEqual([
      // 100 closed 0.10 to #103, which is still open (0.20): Σ Size 0.30, opened 10:00 Athens (UTC+3).
      ['100-open', '2024-04-02T07:00:00Z', 'buy', '0.3', '1.075', '0', null, ['open', eurusd100, null], null],
      // fees = −(Commission −0.70 + Taxes −0.10 + Swap 0)
      ['100', '2024-04-02T08:00:00Z', 'sell', '0.1', '1.077', '0.8', '20', ['close', eurusd100, '103'], null],
      // A sell of the same symbol open at the same time: its own position (hedging, not netted).
      [
        '101-open',
        '2024-04-02T07:00:30Z',
        'sell',
        '0.2',
        '1.0748',
        '0',
        null,
        ['open', 'EURUSD sell 2024-04-02T07:00:30Z 1.0748', null],
        null,
      ],
      // A swap credit (+0.35) lowers the fees: −(−1.40 + 0 + 0.35) = 1.05.
      [
        '101',
        '2024-04-02T09:00:00Z',
        'buy',
        '0.2',
        '1.0738',
        '1.05',
        '20',
        ['close', 'EURUSD sell 2024-04-02T07:00:30Z 1.0748', null],
        '[tp]',
      ],
      // 104 closed 0.05 to #107, which neither section holds.
      [
        '104-open',
        '2024-04-02T10:00:00Z',
        'buy',
        '0.05',
        '2300',
        '0',
        null,
        ['open', 'XAUUSD buy 2024-04-02T10:00:00Z 2300', null],
        null,
      ],
      [
        '104',
        '2024-04-02T11:00:00Z',
        'sell',
        '0.05',
        '2310',
        '0.5',
        '50',
        ['close', 'XAUUSD buy 2024-04-02T10:00:00Z 2300', '107'],
        null,
      ],
      // Upper-case tags, a single-quoted title before the class, Profit `1&nbsp;000.00`.
      [
        '105-open',
        '2024-04-03T06:00:00Z',
        'sell',
        '1',
        '2305.5',
        '0',
        null,
        ['open', 'XAUUSD sell 2024-04-03T06:00:00Z 2305.5', null],
        null,
      ],
      [
        '105',
        '2024-04-03T07:30:00Z',
        'buy',
        '1',
        '2295.5',
        '15.5',
        '1000',
        ['close', 'XAUUSD sell 2024-04-03T06:00:00Z 2305.5', null],
        '[tp]',
      ],
      // Three parts in three rows out of order (110, 108, 109 without end tags, `to&#32;#110`).
      ['108-open', '2024-04-03T08:00:00Z', 'buy', '0.3', '1.08', '0', null, ['open', eurusd108, null], null],
      ['110', '2024-04-03T08:30:00Z', 'sell', '0.1', '1.0797', '0.7', '-3', ['close', eurusd108, null], null],
      ['108', '2024-04-03T08:10:00Z', 'sell', '0.1', '1.0805', '0.7', '5', ['close', eurusd108, '109'], null],
      ['109', '2024-04-03T08:20:00Z', 'sell', '0.1', '1.0807', '0.7', '7', ['close', eurusd108, '110'], null],
      // Open Trades: its own position, the expert's comment kept on the opening.
      [
        '111-open',
        '2024-04-03T09:00:00Z',
        'sell',
        '0.5',
        '2320',
        '0',
        null,
        ['open', 'XAUUSD sell 2024-04-03T09:00:00Z 2320', null],
        'my EA',
      ],
    ]);
    expect(p.executions.map((e) => [e.line, e.seq])).toEqual([
      [23, 23],
      [23, 23],
      [24, 24],
      [24, 24],
      [25, 25],
      [25, 25],
      [26, 26],
      [26, 26],
      [29, 29],
      [28, 28],
      [29, 29],
      [32, 32],
      [40, 40],
    ]);
    for (const e of p.executions) {
      expect([e.symbol, e.assetClass, e.currency]).toEqual([e.symbol, 'forex', 'USD']);
      expect(e.multiplier.toString()).toBe('100000'); // six letters: a lot of 100000 (as mt5)
    }
  });

  it('skips and counts cash rows, the pending order, totals and P/L rows; passes over what is not read', () => {
    expect(p.skipped).toEqual([
      { line: 20, kind: 'cash', reason: 'Type balance (Deposit): a cash movement, not a position' },
      { line: 21, kind: 'cash', reason: 'Type credit (Credit in): a cash movement, not a position' },
      { line: 27, kind: 'order', reason: 'Type sell stop: a pending order (deleted), not a position' },
      { line: 33, kind: 'summary', reason: 'a totals row of Closed Transactions' },
      { line: 36, kind: 'summary', reason: 'the "Closed P/L" row of Closed Transactions' },
      { line: 41, kind: 'summary', reason: 'a totals row of Open Trades' },
      { line: 42, kind: 'summary', reason: 'the "Floating P/L" row of Open Trades' },
    ]);
    // 12 rows of Closed Transactions and 4 of Open Trades; not the headers, titles, the script's
    // or the comment's rows, Working Orders or Summary.
    expect(p.rowCount).toBe(16);
    expect(p.duplicates).toEqual([]);
  });

  it('lists the chain whose rest is in neither section', () => {
    expect(p.warnings).toEqual([
      {
        line: 25,
        kind: 'open-position',
        reason:
          'Ticket 104 was closed in part; the rest went on as #107, which is in neither Closed Transactions ' +
          'nor Open Trades: its trade stays open',
      },
    ]);
  });

  it('builds a trade per chain, never netting the hedged buy and sell', () => {
    expect(tradeRows(p)).toEqual([
      // Σ Size 0.30 with 0.20 still open: open, its fees so far 0.80.
      [
        'EURUSD',
        'long',
        'open',
        '2024-04-02T07:00:00Z',
        null,
        '0.3',
        '1.075000',
        null,
        null,
        '0.80',
        null,
        null,
      ],
      [
        'EURUSD',
        'short',
        'closed',
        '2024-04-02T07:00:30Z',
        '2024-04-02T09:00:00Z',
        '0.2',
        '1.074800',
        '1.073800',
        '20.00',
        '1.05',
        '18.95',
        7170,
      ],
      // The rest (#107) unknown: open, although its known rows add up.
      [
        'XAUUSD',
        'long',
        'open',
        '2024-04-02T10:00:00Z',
        null,
        '0.05',
        '2300.000000',
        null,
        null,
        '0.50',
        null,
        null,
      ],
      [
        'XAUUSD',
        'short',
        'closed',
        '2024-04-03T06:00:00Z',
        '2024-04-03T07:30:00Z',
        '1',
        '2305.500000',
        '2295.500000',
        '1000.00',
        '15.50',
        '984.50',
        5400,
      ],
      // exit (1.0805 + 1.0807 + 1.0797) / 3 = 1.0803; Σ Profit 9.00; closedAt the latest part (11:30).
      [
        'EURUSD',
        'long',
        'closed',
        '2024-04-03T08:00:00Z',
        '2024-04-03T08:30:00Z',
        '0.3',
        '1.080000',
        '1.080300',
        '9.00',
        '2.10',
        '6.90',
        1800,
      ],
      // An Open Trades row: an open trade (no P&L; the open row's commission is not a fee yet).
      [
        'XAUUSD',
        'short',
        'open',
        '2024-04-03T09:00:00Z',
        null,
        '0.5',
        '2320.000000',
        null,
        null,
        '0.00',
        null,
        null,
      ],
    ]);
    expect(buildTrades(p.executions).every((t) => t.pnlSource === 'broker')).toBe(true);
  });

  it('reads the same file again, whole or in chunks cut anywhere, to the same executions', () => {
    const bytes = readFixture('mt4-hedged.htm', HANDMADE_DIR);
    const json = (r: ParseResult) => JSON.parse(JSON.stringify(r)) as unknown;
    for (const size of [1, 7, 64, 1000]) {
      const imp = createImporter('mt4', ATHENS);
      for (let i = 0; i < bytes.length; i += size) imp.push(bytes.subarray(i, i + size));
      expect(json(imp.end())).toEqual(json(p));
    }
    expect(json(parseBrokerFile('mt4', bytes.toString('utf8'), ATHENS))).toEqual(json(p));
  });
});

describe('mt4: rows that cannot be read (handmade/mt4-errors.htm)', () => {
  const p = parseHandmade('mt4', 'mt4-errors.htm', ATHENS);

  it('names each row by the line of its <tr>, with the column and the value', () => {
    expect(p.ok).toBe(false);
    expect(p.errors).toEqual([
      {
        line: 5,
        reason:
          'Type "buy market" is not buy, sell, balance, credit or a pending order (buy limit, sell limit, buy stop, sell stop)',
      },
      { line: 6, reason: 'Type is empty' },
      { line: 7, reason: 'Open Time "2024.13.01 10:00:00" is not a time in yyyy.MM.dd HH:mm:ss' },
      {
        line: 8,
        reason: 'Open Time "2024.03.31 03:30:00" does not exist in Europe/Athens (clocks jump forward then)',
      },
      { line: 9, reason: 'Size "0.00" is not greater than 0' },
      { line: 10, reason: 'Commission is empty; Profit "n/a" is not a number' },
      { line: 11, reason: 'Close Time "2024.04.02 09:00:00" is before Open Time "2024.04.02 10:00:00"' },
      { line: 12, reason: 'Ticket "A12" is not a ticket number' },
      { line: 15, reason: 'Ticket 300 is also on line 13 with different values' },
      {
        line: 17,
        reason: 'Ticket 311 continues ticket 310 (to / from #) but is a buy of GBPUSD, not a buy of EURUSD',
      },
      { line: 20, reason: 'a row of Open Trades comes before its header (Ticket, Open Time, …)' },
    ]);
  });

  it('reports a repeated identical row as a duplicate and a repeated wall time as a warning', () => {
    expect(p.duplicates).toEqual([{ line: 14, executionId: '300', firstLine: 13 }]);
    expect(p.warnings).toEqual([
      {
        line: 18,
        kind: 'ambiguous-time',
        reason:
          'Open Time "2024.10.27 03:30:00" occurs twice in Europe/Athens (clocks set back); read as the first',
      },
    ]);
    expect(p.rowCount).toBe(15);
  });

  it('tells apart two positions of one file with the same side, open time and price by their first ticket', () => {
    const keys = p.executions
      .filter((e) => e.position?.effect === 'open')
      .map((e) => [e.id, e.position?.key]);
    expect(keys).toEqual([
      ['300-open', 'EURUSD buy 2024-04-02T07:00:00Z 1.075 #300'],
      ['310-open', 'EURUSD buy 2024-04-02T07:00:00Z 1.075 #310'],
      ['320-open', 'EURUSD sell 2024-10-27T00:30:00Z 1.075'],
    ]);
  });
});

describe('mt4: statement shapes', () => {
  it('reads columns by name in any order, extra columns ignored, no Taxes column, times without seconds', () => {
    const html = [
      '<html><body><table>',
      '<tr><td colspan=14><b>Closed Transactions:</b></td></tr>',
      '<tr><th>Ticket</th><th>Type</th><th>Item</th><th>Size</th><th>Open Time</th><th>Price</th><th>Comment</th>' +
        '<th>Close Time</th><th>Price</th><th>Swap</th><th>Commission</th><th>Profit</th></tr>',
      '<tr><td>1</td><td>SELL</td><td>eurusd.pro</td><td>1.50</td><td>2024.05.06 10:00</td><td>1.07500</td>' +
        '<td>x</td><td>2024.05.06 10:30</td><td>1.07400</td><td>-0.25</td><td>-10.50</td><td>1&#160;500.00</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const p = expectClean(
      parseBrokerFile('mt4', html, { ...UTC, contractSizes: { 'EURUSD.PRO': '100000' } }),
    );
    expect(executionRows(p)).toEqual([
      [
        '1-open',
        '2024-05-06T10:00:00Z',
        'sell',
        '1.5',
        '1.075',
        '0',
        null,
        ['open', 'EURUSD.PRO sell 2024-05-06T10:00:00Z 1.075', null],
        null,
      ],
      [
        '1',
        '2024-05-06T10:30:00Z',
        'buy',
        '1.5',
        '1.074',
        '10.75',
        '1500',
        ['close', 'EURUSD.PRO sell 2024-05-06T10:00:00Z 1.075', null],
        null,
      ],
    ]);
    expect(p.executions[0]?.multiplier.toString()).toBe('100000');
  });

  it('takes a lot size from contractSizes, else 1 for a symbol that is not six letters', () => {
    const html = mt4Statement([buy({ ticket: '1', item: 'us30' }), buy({ ticket: '2', item: 'xauusd' })]);
    const p = expectClean(parseBrokerFile('mt4', html, { ...UTC, contractSizes: { XAUUSD: '100' } }));
    expect(p.executions.map((e) => [e.symbol, e.multiplier.toString()])).toEqual([
      ['US30', '1'],
      ['US30', '1'],
      ['XAUUSD', '100'],
      ['XAUUSD', '100'],
    ]);
  });

  it('reads UTF-8 with or without a BOM, UTF-16 with its BOM, and an ANSI (Windows-1252) statement', () => {
    const html = mt4Statement([buy({ ticket: '7' })]).replace('Name: Test', 'Name: Jörg Müller');
    const want = executionRows(expectClean(parseBrokerFile('mt4', html, UTC)));
    expect(want).toHaveLength(2);
    const files = [
      Buffer.from('\ufeff' + html, 'utf8'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(html, 'utf16le').swap16()]),
      Buffer.from(html, 'latin1'),
      Buffer.from(html.replaceAll('\r\n', '\n'), 'utf8'),
    ];
    for (const f of files) expect(executionRows(expectClean(parseBrokerFile('mt4', f, UTC)))).toEqual(want);
  });

  it('refuses what is no statement: empty, binary, no Closed Transactions, a header without its columns', () => {
    const errors = (input: string | Uint8Array, o: ImportOptions = UTC) =>
      parseBrokerFile('mt4', input, o).errors;
    expect(errors('')).toEqual([{ line: 1, reason: 'the file is empty' }]);
    expect(errors(' \n\t')).toEqual([{ line: 1, reason: 'the file is empty' }]);
    expect(errors(Buffer.from([0x3c, 0x68, 0x00, 0x01, 0x02]))).toEqual([
      { line: 1, reason: 'the file is not an HTML text file (binary content)' },
    ]);
    expect(errors('<html><body><table><tr><td>Deals</td></tr></table></body></html>')).toEqual([
      {
        line: 1,
        reason: 'no "Closed Transactions:" section with its header was found (is this a mt4 file?)',
      },
    ]);
    expect(errors('Time,Deal,Symbol\n2024.01.01 10:00:00,1,EURUSD\n')).toEqual([
      {
        line: 1,
        reason: 'no "Closed Transactions:" section with its header was found (is this a mt4 file?)',
      },
    ]);
    const noProfit = mt4Statement([]).replace('<td>Swap</td><td>Profit</td>', '<td>Swap</td>');
    expect(errors(noProfit)).toEqual([
      {
        line: 7,
        reason:
          'the Closed Transactions header lacks column "Profit" needed by the mt4 format (found "Ticket", "Open Time", ' +
          '"Type", "Size", "Item", "Price", "S / L", "T / P", "Close Time", "Price", "Commission", "Taxes", "Swap")',
      },
    ]);
    const onePrice = mt4Statement([]).replace(
      '<td nowrap>Close Time</td>\n   <td>Price</td>',
      '<td nowrap>Close Time</td>',
    );
    expect(errors(onePrice)[0]?.reason).toMatch(/lacks column a second "Price" \(the close price\)/);
    expect(errors(mt4Statement([]), { timezone: 'Mars/Olympus' })).toEqual([
      { line: 1, reason: 'unknown timezone "Mars/Olympus" (an IANA name is needed)' },
    ]);
  });

  it('knows a section title beside empty cells; a lone label with an empty value is no title', () => {
    const html = mt4Statement([buy({ ticket: '1' })], [openRow(buy({ ticket: '2' }))])
      .replace(
        '<tr align=left><td colspan=13><b>Closed Transactions:</b></td></tr>',
        '<tr align=left><td colspan=12><b>Closed Transactions:</b></td><td>&nbsp;</td></tr>',
      )
      .replace(
        '<tr align=left><td colspan=14><b>Open Trades:</b></td></tr>',
        '<tr><td>Open Trades:</td><td></td></tr>',
      )
      .replace(
        '<tr align=left><td colspan=13><b>Working Orders:</b></td></tr>',
        '<tr><td colspan=12>Floating P/L:</td><td></td></tr>\r\n<tr><td colspan=13><b>Working Orders:</b></td></tr>',
      );
    const p = expectClean(parseBrokerFile('mt4', html, UTC));
    expect(p.executions.map((e) => e.id)).toEqual(['1-open', '1', '2-open']);
    expect(p.skipped.map((s) => s.reason)).toContain('the "Floating P/L" row of Open Trades');
  });

  it('a statement with no trades is a valid, empty import', () => {
    const p = expectClean(parseBrokerFile('mt4', mt4Statement([]), UTC));
    expect([p.executions, p.rowCount, p.skipped.map((s) => s.reason)]).toEqual([
      [],
      3,
      [
        'a totals row of Closed Transactions',
        'the "Closed P/L" row of Closed Transactions',
        'the "No transactions" row of Open Trades',
      ],
    ]);
  });

  it('keeps any other comment as a note, and takes a link wherever the title has it', () => {
    const p = expectClean(
      parseBrokerFile(
        'mt4',
        mt4Statement(
          [
            closedRow(buy({ ticket: '10', title: 'scalper v2 to #11' })),
            closedRow(
              buy({ ticket: '11', size: '0.20', title: 'from #10[tp]', closeTime: '2024.05.06 12:00:00' }),
            ),
          ],
          [],
        ),
        UTC,
      ),
    );
    expect(
      p.executions.map((e) => [e.id, e.quantity.toString(), e.position?.next ?? null, e.note ?? null]),
    ).toEqual([
      ['10-open', '0.3', null, null],
      ['10', '0.1', '11', 'scalper v2'],
      ['11', '0.2', null, '[tp]'],
    ]);
    expect(tradeRows(p).map((t) => [t[2], t[5]])).toEqual([['closed', '0.3']]);
  });

  it('an Open Trades row continuing a chain makes that chain open (from #)', () => {
    const p = expectClean(
      parseBrokerFile(
        'mt4',
        mt4Statement(
          [closedRow(buy({ ticket: '20', title: 'to #21' }))],
          [openRow(buy({ ticket: '21', size: '0.40', title: 'from #20' }))],
        ),
        UTC,
      ),
    );
    expect(p.warnings).toEqual([]);
    expect(tradeRows(p)).toEqual([
      [
        'EURUSD',
        'long',
        'open',
        '2024-05-06T10:00:00Z',
        null,
        '0.5',
        '1.075000',
        null,
        null,
        '0.70',
        null,
        null,
      ],
    ]);
  });
});

describe('mt4: a later statement continues the chains of an earlier one (handmade/mt4-continued-*.htm)', () => {
  const first = parseHandmadeClean('mt4', 'mt4-continued-1.htm', ATHENS).executions;
  const second = parseHandmadeClean('mt4', 'mt4-continued-2.htm', ATHENS).executions;
  const rows = (trades: Trade[]) =>
    trades
      .map(tradeToJson)
      .map((t) => [t.id, t.status, t.quantity, t.exitPrice, t.grossPnl, t.fees, t.netPnl]);

  /** Imports statements one after the other as the API does: merged by id, affected trades rebuilt. */
  function importInOrder(files: Execution[][]) {
    let executions: Execution[] = [];
    let trades: Trade[] = [];
    const added: number[] = [];
    for (const f of files) {
      const merged = mergeExecutions(executions, f);
      added.push(merged.added.length);
      executions = merged.executions;
      trades = rebuildTrades(trades, executions, new Set(merged.added.map((e) => e.id))).trades;
    }
    return { trades, added };
  }

  const expected = [
    // 500: 0.10 closed in the first statement, its rest (#502) in the second:
    // exit (0.1 × 1.091 + 0.2 × 1.093) / 0.3 = 1.092333…; Σ Profit 70; fees 0.70 + 1.40 + 0.60.
    ['500-open', 'closed', '0.3', '1.092333', '70.00', '2.70', '67.30'],
    ['501-open', 'closed', '0.1', '2295.000000', '50.00', '1.00', '49.00'],
    // 503: 0.05 closed to #505, still open at the second statement's end.
    ['503-open', 'open', '0.1', null, null, '0.70', null],
    ['504-open', 'closed', '0.1', '1.091500', '-5.00', '0.70', '-5.70'],
  ];

  it('extends the trade instead of adding one, in either order, and importing one again adds nothing', () => {
    const forward = importInOrder([first, second, first, second]);
    expect(forward.added).toEqual([5, 5, 0, 0]);
    expect(rows(forward.trades)).toEqual(expected);
    const backward = importInOrder([second, first]);
    expect(rows(backward.trades)).toEqual(expected);
    // The second statement alone knows only what it shows: #502's 0.20 closed, its own opening.
    expect(rows(buildTrades(second))[0]).toEqual([
      '502-open',
      'closed',
      '0.2',
      '1.093000',
      '60.00',
      '2.00',
      '58.00',
    ]);
  });
});

describe('the HTML reader', () => {
  it('decodes character references as HTML does', () => {
    const text = (s: string) => decodeEntities(s, false);
    expect(text('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;')).toBe(`a & b <c> "d" 'e'`);
    expect(text('10&nbsp;000.00 &#160; &#xA0; &#Xa0;')).toBe('10\u00a0000.00 \u00a0 \u00a0 \u00a0');
    expect(text('&#8211; &#x2014; &#128; &#150; &#0; &#xD800; &#x110000; &#1114111;')).toBe(
      '\u2013 \u2014 \u20ac \u2013 \ufffd \ufffd \ufffd \u{10ffff}',
    );
    expect(text('&#38 &#x26 &#; &#x; & &unknown; &Amp; &ampx &nbspA')).toBe(
      '& & &#; &#x; & &unknown; &Amp; &x \u00a0A',
    );
    expect(text('&euro;5 &euro 5 &hellip;')).toBe('\u20ac5 &euro 5 \u2026');
    // In an attribute a legacy name without ";" followed by a letter, digit or "=" stays as written.
    expect(decodeEntities('?a=1&amp=2&ampx&amp;y&nbsp', true)).toBe('?a=1&amp=2&ampx&y\u00a0');
  });

  it('reads rows and cells whatever the attribute order, quoting, case and end tags', () => {
    const rows: HtmlRow[] = [];
    readHtmlRows(
      [
        '<!DOCTYPE html><html><head><title>x <tr><td>no</td></tr></title>',
        '<script>if (a<b) document.write("<tr><td>no</td></tr>")</script><style>tr{}</style></head><body>',
        '<!-- <tr><td>no</td></tr> -->',
        '<table><TR class="a>b"><TD TITLE="x &amp; y" colspan="2">one <b>bold</b>',
        "  text</TD><td title='q\"uote' nowrap colspan=3x>a<br>b</td><td title>&nbsp;</td><td/></tr>",
        '<tr><th colspan=0>h</th><td colspan="99999">c<tr><td>d',
        '</table><td>outside 1 < 2 <3</td> after',
      ].join('\n'),
      (r) => rows.push(r),
    );
    expect(rows).toEqual([
      {
        line: 4,
        cells: [
          { text: 'one bold text', title: 'x & y', colspan: 2 },
          { text: 'a b', title: 'q"uote', colspan: 3 },
          { text: '', title: '', colspan: 1 },
          { text: '', title: null, colspan: 1 },
        ],
      },
      {
        line: 6,
        cells: [
          { text: 'h', title: null, colspan: 1 },
          { text: 'c', title: null, colspan: 1000 },
        ],
      },
      { line: 6, cells: [{ text: 'd', title: null, colspan: 1 }] },
      { line: 7, cells: [{ text: 'outside 1 < 2 <3', title: null, colspan: 1 }] },
    ]);
  });

  it('reads a long statement on one line in linear time', () => {
    const row = closedRow(buy({ ticket: '1' }));
    const many = Array.from({ length: 20_000 }, (_, i) => row.replace('>1<', `>${i + 1}<`)).join('');
    const start = performance.now();
    const p = parseBrokerFile('mt4', mt4Statement([many]), UTC);
    expect(p.executions).toHaveLength(40_000);
    expect(p.executions.every((e) => e.line === 11)).toBe(true);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
