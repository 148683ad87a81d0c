import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImporter, parseBrokerFile } from './import';
import { FORMAT_IDS, type FormatId, type ImportOptions } from './types';

const G = 'executed_at,symbol,asset_class,side,quantity,price,fees,multiplier,currency,execution_id\n';
const NY = { timezone: 'America/New_York', currency: 'USD' };

type Case = [
  name: string,
  format: FormatId,
  input: string | Uint8Array,
  errors: [number, string][],
  options?: ImportOptions,
];

const cases: Case[] = [
  ['empty file', 'generic', '', [[1, 'the file is empty']]],
  ['only blank lines', 'tradovate', '\r\n\n  \n', [[1, 'the file is empty']]],
  ['only a BOM', 'generic', '\uFEFF', [[1, 'the file is empty']]],
  [
    'binary junk (NUL bytes)',
    'generic',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    [[1, 'the file is not a CSV text file (binary or not UTF-8 content)']],
  ],
  [
    'bytes that are not UTF-8',
    'binance',
    Uint8Array.from([0x44, 0x61, 0x74, 0x65, 0xff, 0xfe, 0x2c, 0x0a]),
    [[1, 'the file is not a CSV text file (binary or not UTF-8 content)']],
  ],
  [
    'another format’s file',
    'generic',
    'Fill ID,Timestamp,B/S,Contract,Product,Quantity,Price,Commission\n1,03/15/2024 09:30:45,Buy,ESH4,ES,1,5000,1.29\n',
    [
      [
        1,
        'the header lacks columns "executed_at", "symbol", "asset_class", "side", "quantity", "price" needed by the generic format (found "Fill ID", "Timestamp", "B/S", "Contract", "Product", "Quantity", "Price", "Commission")',
      ],
    ],
  ],
  [
    'one missing column',
    'tradovate',
    'Fill ID,Timestamp,B/S,Contract,Quantity,Price,Commission\n1,03/15/2024 09:30:45,Buy,ESH4,1,5000,1.29\n',
    [
      [
        1,
        'the header lacks column "Product" needed by the tradovate format (found "Fill ID", "Timestamp", "B/S", "Contract", "Quantity", "Price", "Commission")',
      ],
    ],
  ],
  [
    'missing values, bad numbers, bad dates, unknown sides',
    'generic',
    G +
      '2024-03-15T09:30:45Z,AAPL,stock,buy,10,,0,,,a1\n' +
      '2024-03-15T09:30:45Z,AAPL,stock,hold,1O,1.2.3,-1,,,a2\n' +
      '2024-13-15T09:30:45Z,AAPL,stock,buy,10,100,0,,,a3\n' +
      '2024-03-15 09:30:45,AAPL,stock,buy,0,100,0,,,a4\n' +
      'yesterday,AAPL,bond,sell,-3,100,0,0,,a5\n' +
      '2024-03-15T09:30:45Z,AAPL\n',
    [
      [2, 'price is empty'],
      [
        3,
        'side "hold" is not buy or sell; quantity "1O" is not a number; price "1.2.3" is not a number; fees "-1" is negative',
      ],
      [
        4,
        'executed_at "2024-13-15T09:30:45Z" is not a time in ISO 8601 with an offset, like 2024-03-15T09:30:45-04:00',
      ],
      [
        5,
        'executed_at "2024-03-15 09:30:45" is not a time in ISO 8601 with an offset, like 2024-03-15T09:30:45-04:00; quantity "0" is not greater than 0',
      ],
      [
        6,
        'executed_at "yesterday" is not a time in ISO 8601 with an offset, like 2024-03-15T09:30:45-04:00; asset_class "bond" is not one of stock, etf, option, future, crypto, forex; quantity "-3" is not greater than 0; multiplier "0" is not greater than 0',
      ],
      [7, 'asset_class is empty; side is empty; quantity is empty; price is empty'],
    ],
  ],
  [
    'an unknown future root without a multiplier, a non-contract symbol',
    'generic',
    G +
      '2024-03-15T09:30:45Z,ZCH4,future,buy,1,450,0,,,f1\n2024-03-15T09:30:45Z,CORN,future,buy,1,450,0,,,f2\n',
    [
      [2, 'multiplier is empty and no multiplier is known for the future root ZC'],
      [3, 'symbol "CORN" is not a futures contract like ESH24 or ES 03-24'],
    ],
  ],
  [
    'an unclosed quote',
    'generic',
    G +
      '2024-03-15T09:30:45Z,"AAPL,stock,buy,10,100,0,,,a1\n2024-03-15T09:31:45Z,AAPL,stock,sell,10,101,0,,,a2\n',
    [[2, 'a quoted field is not closed (it starts on line 2)']],
  ],
  [
    'one id on two different rows',
    'generic',
    G +
      '2024-03-15T09:30:45Z,AAPL,stock,buy,10,100,0,,,x\n2024-03-15T09:31:45Z,AAPL,stock,sell,10,101,0,,,x\n',
    [[3, 'execution id "x" is also on line 2 with different values']],
  ],
  [
    'a local time inside the DST gap',
    'tradovate',
    'Fill ID,Timestamp,B/S,Contract,Product,Quantity,Price,Commission\n1,03/10/2024 02:30:00,Buy,ESH4,ES,1,5000,1.29\n',
    [[2, 'Timestamp "03/10/2024 02:30:00" does not exist in America/New_York (clocks jump forward then)']],
    NY,
  ],
  [
    'tradovate: contract of another product, unknown root, bad side',
    'tradovate',
    'Fill ID,Timestamp,B/S,Contract,Product,Quantity,Price,Commission\n' +
      '1,03/15/2024 09:30:45,Buy,NQH4,ES,1,5000,1.29\n' +
      '2,03/15/2024 09:30:45,Buy,ZCH4,ZC,1,450,1.29\n' +
      '3,15/03/2024 09:30:45,Short,ESH4,ES,1,5000,-1\n',
    [
      [2, 'Contract "NQH4" is not a contract code of Product "ES" (like ESH4)'],
      [3, "no multiplier is known for the future root ZC (journal.md's table)"],
      [
        4,
        'Timestamp "15/03/2024 09:30:45" is not a time in MM/dd/yyyy HH:mm:ss; B/S "Short" is not Buy or Sell; Commission "-1" is negative',
      ],
    ],
  ],
  [
    'ibkr: wrong quantity sign, unknown asset class, bad DateTime',
    'ibkr-flex',
    'ClientAccountID,CurrencyPrimary,AssetClass,Symbol,DateTime,Buy/Sell,Quantity,TradePrice,IBCommission,Multiplier,TradeID\n' +
      'U1,USD,STK,MSFT,20240315;093045,SELL,100,410,-0.35,1,1\n' +
      'U1,USD,BOND,T,20240315;093045,BUY,1,99,-1,1,2\n' +
      'U1,USD,STK,MSFT,2024-03-15 09:30,BUY,0,410,-0.35,,3\n',
    [
      [2, 'Quantity "100" has the wrong sign for SELL (IBKR writes sells negative)'],
      [3, 'AssetClass "BOND" is not one of STK, OPT, FUT, CASH, CRYPTO'],
      [4, 'DateTime "2024-03-15 09:30" is not a time in yyyyMMdd;HHmmss; Quantity is 0; Multiplier is empty'],
    ],
  ],
  [
    'ibkr: several accounts and no account chosen',
    'ibkr-flex',
    'ClientAccountID,CurrencyPrimary,AssetClass,Symbol,DateTime,Buy/Sell,Quantity,TradePrice,IBCommission,Multiplier,TradeID\n' +
      'U1,USD,STK,MSFT,20240315;093045,BUY,100,410,-0.35,1,1\n' +
      'U2,USD,STK,MSFT,20240315;093045,BUY,100,410,-0.35,1,2\n' +
      'U1,USD,STK,MSFT,20240315;103045,SELL,-100,411,-0.35,1,3\n',
    [
      [
        1,
        'the file holds several accounts in ClientAccountID: U1 (2 rows), U2 (1 rows); choose the account to import',
      ],
    ],
  ],
  [
    'ninjatrader: a stock instrument, unknown action, bad commission, 13 o’clock PM',
    'ninjatrader',
    'Instrument,Action,Quantity,Price,Time,ID,Commission,Account\n' +
      'AAPL,Buy,1,180,3/15/2024 9:30:45 AM,a,$0.50,Sim101\n' +
      'ES 03-24,Hold,1,5000,3/15/2024 13:30:45 PM,b,2.09 USD,Sim101\n' +
      'ES 13-24,Buy,1,5000,3/15/2024 9:30:45 AM,c,$2.09,Sim101\n',
    [
      [2, 'Instrument "AAPL" is not a futures contract like ES 03-24'],
      [
        3,
        'Action "Hold" is not Buy, Sell, Buy to cover or Sell short; Time "3/15/2024 13:30:45 PM" is not a time in M/d/yyyy h:mm:ss AM/PM; Commission "2.09 USD" is not a number',
      ],
      [4, 'Instrument "ES 13-24" is not a futures contract like ES 03-24'],
    ],
  ],
  [
    'mt5: an unknown deal type, a bad direction, an empty fee',
    'mt5',
    'Time,Deal,Symbol,Type,Direction,Volume,Price,Order,Commission,Fee,Swap,Profit\n' +
      '2024.04.22 09:00:00,1,,charge,,,,,0,0,0,-5\n' +
      '2024.04.23 10:15:30,100,EURUSD,buy,sideways,0.1,1.08,500,-0.7,,0,0\n',
    [
      [2, 'Type "charge" is not buy, sell or a cash movement (balance, credit, deposit, withdrawal)'],
      [3, 'Direction "sideways" is not in, out or in/out; Fee is empty'],
    ],
  ],
  [
    'mt5: no Deals header at all',
    'mt5',
    'Trade History Report\nName:,Someone\n',
    [
      [
        1,
        'no header line with the columns "Time", "Deal", "Symbol", "Type", "Direction", "Volume", "Price", "Commission", "Fee", "Swap", "Profit" was found (is this a mt5 file?)',
      ],
    ],
  ],
  [
    'thinkorswim: no trade history section',
    'thinkorswim',
    'Account Statement for 1\n\nCash Balance\nDATE,TIME\n',
    [[1, 'no "Account Trade History" section with its header was found (is this a thinkorswim file?)']],
  ],
  [
    'thinkorswim: a leg without a first leg, a bad expiry, an unknown type',
    'thinkorswim',
    'Account Trade History\n,Exec Time,Spread,Side,Qty,Pos Effect,Symbol,Exp,Strike,Type,Price,Net Price,Order Type\n' +
      ',,VERTICAL,BUY,+1,TO OPEN,QQQ,20 DEC 24,440,CALL,5.24,1.00,LMT\n' +
      ',3/26/24 14:10:29,SINGLE,BUY,+1,TO OPEN,QQQ,31 FEB 24,440,CALL,5.24,5.24,LMT\n' +
      ',3/26/24 14:10:29,SINGLE,SELL,+1,TO OPEN,QQQ,,,BOND,5.24,5.24,LMT\n',
    [
      [3, 'Exec Time is empty and no spread leg above gives one'],
      [4, 'Exp "31 FEB 24" is not a date like 20 DEC 24'],
      [5, 'Qty "+1" has the wrong sign for SELL; Type "BOND" is not STOCK, ETF, CALL, PUT or FUTURE'],
    ],
  ],
  [
    'binance: pair and assets disagree, amounts without assets, another quote currency',
    'binance',
    'Date(UTC),Pair,Side,Price,Executed,Amount,Fee\n' +
      '2024-04-30 01:47:07,ETHUSDT,SELL,3397.93,0.04863930BTC,165.27293665USDT,0.00004864ETH\n' +
      '2024-04-30 01:47:07,ETHUSDT,SELL,3397.93,0.04863930,165.27293665USDT,0.1USDT\n' +
      '2024-04-30 01:47:07,ETHBTC,BUY,0.05,1ETH,0.05BTC,0.001ETH\n' +
      '2024-02-30 01:47:07,ETHUSDT,BUY,3397.93,1ETH,3397.93USDT,0.001ETH\n',
    [
      [2, 'Pair "ETHUSDT" is not Executed\'s asset BTC followed by Amount\'s asset USDT'],
      [3, 'Executed "0.04863930" is not an amount followed by its asset, like 0.01000000BTC'],
      [4, 'Pair "ETHBTC" is quoted in BTC, not in the account\'s currency USDT'],
      [5, 'Date(UTC) "2024-02-30 01:47:07" is not a time in yyyy-MM-dd HH:mm:ss'],
    ],
    { currency: 'USDT' },
  ],
  [
    'an unknown timezone',
    'generic',
    G,
    [[1, 'unknown timezone "Mars/Olympus" (an IANA name is needed)']],
    { timezone: 'Mars/Olympus' },
  ],
];

describe('bad input', () => {
  it.each(cases)('%s', (_name, format, input, errors, options = NY) => {
    const r = parseBrokerFile(format, input, options);
    expect(r.errors.map((e) => [e.line, e.reason])).toEqual(errors);
    expect(r.ok).toBe(false);
  });

  it('reports an unknown format id', () => {
    const r = parseBrokerFile('excel' as FormatId, 'a,b\n');
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.reason).toMatch(/^unknown import format "excel"/);
  });

  it('accepts a header without rows as an empty import', () => {
    const r = parseBrokerFile('generic', G);
    expect(r).toMatchObject({ ok: true, executions: [], rowCount: 0 });
  });

  it('never throws and never accepts junk silently, whatever the bytes', () => {
    const junk = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(G, 'Account Trade History\n', ',', '"', '\n', '\r\n', 'x', '2024', ';', '\u0000'),
          {
            maxLength: 40,
          },
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FORMAT_IDS), junk, (format, input) => {
        const r = parseBrokerFile(format, input, NY);
        expect(r.errors.some((e) => e.reason.startsWith('internal error'))).toBe(false);
        // A clean result accounts for every row it read.
        if (r.ok) expect(r.executions.length + r.skipped.length + r.duplicates.length).toBe(r.rowCount);
      }),
      { numRuns: 500 },
    );
  });

  it('streams: the same result whatever the chunks, even split inside a UTF-8 character', () => {
    const text =
      G +
      '2024-03-15T09:30:45Z,"Ünïcode, Inc",stock,buy,10,100,0,,,a1\r\n2024-03-15T09:31:45Z,"Ünïcode, Inc",stock,sell,10,101,0,,,a2\r\n';
    const bytes = new TextEncoder().encode(text);
    const whole = parseBrokerFile('generic', bytes, NY);
    expect(whole.executions.map((e) => e.symbol)).toEqual(['Ünïcode, Inc', 'Ünïcode, Inc']);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const imp = createImporter('generic', NY);
      imp.push(bytes.subarray(0, cut));
      imp.push(bytes.subarray(cut));
      expect(imp.end()).toEqual(whole);
    }
  });
});
