import { describe, expect, it } from 'vitest';
import { parseBrokerFile } from './import';
import { fixtures, readFixture } from './testSupport';

/** The column each format reads the price from (the corrupt fixtures break the price). */
const PRICE_COLUMN: Record<string, string> = {
  generic: 'price',
  'ibkr-flex': 'TradePrice',
  tradovate: 'Price',
  ninjatrader: 'Price',
  mt5: 'Price',
  thinkorswim: 'Price',
  binance: 'Price',
  mt4: 'Price',
  schwab: 'Price',
  webull: 'Avg Price',
  tastytrade: 'Average Price',
  tradezero: 'Price',
};

describe.each(fixtures())('corrupt fixture $name', ({ file, corrupt: corruptFile, expected }) => {
  const options = { timezone: expected.account.timezone, currency: expected.account.currency };
  const clean = parseBrokerFile(expected.format, readFixture(file), options);
  const corrupt = parseBrokerFile(expected.format, readFixture(corruptFile), options);

  it('reports exactly the broken line, naming the column and the value', () => {
    expect(corrupt.ok).toBe(false);
    expect(corrupt.errors).toEqual([
      { line: expected.corruptLine, reason: `${PRICE_COLUMN[expected.format]} "12..5x" is not a number` },
    ]);
  });

  it('accepts nothing else silently: every other row reads as in the clean file', () => {
    expect(corrupt.executions).toHaveLength(expected.executions - 1);
    expect(corrupt.executions.map((e) => e.line)).not.toContain(expected.corruptLine);
    expect(corrupt.skipped).toEqual(clean.skipped);
    expect(corrupt.rowCount).toBe(clean.rowCount);
  });
});
