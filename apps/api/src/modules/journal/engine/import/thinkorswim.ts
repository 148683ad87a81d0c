import { Decimal } from '../decimal';
import type { AssetClass } from '../instruments';
import { daysInMonth } from '../time';
import type { Side } from '../types';
import { wallMdy24 } from './cells';
import { tableFormat, type FormatSpec } from './driver';
import { futureSymbol } from './futures';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const HUNDRED = Decimal.fromInt(100);

/** `20 DEC 24` → `241220`, null when not a date in that shape. */
export function tosExpiry(text: string): string | null {
  const m = /^(\d{1,2}) ([A-Za-z]{3}) (\d{2})$/.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] as string).toUpperCase()) + 1;
  const day = Number(m[1]);
  if (month === 0 || day < 1 || day > daysInMonth(2000 + Number(m[3]), month)) return null;
  return `${m[3]}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/** thinkorswim Account Statement, Account Trade History section (brokers.md `thinkorswim`). */
export const thinkorswimFormat: FormatSpec = tableFormat({
  id: 'thinkorswim',
  columns: {
    time: 'Exec Time',
    side: 'Side',
    qty: 'Qty',
    symbol: 'Symbol',
    exp: 'Exp',
    strike: 'Strike',
    type: 'Type',
    price: 'Price',
  },
  header: { kind: 'section', title: 'Account Trade History' },
  endAtBlank: true,
  prepare(c, cells, ctx) {
    // A spread's later legs have no Exec Time: they share the time of the leg above.
    let legTime: number | null = null;
    let legTimeLine = 0;
    return (line, raw) => {
      const tText = cells.text(c.time);
      let executedAt: number | null;
      if (tText === '') {
        executedAt = legTime;
        if (executedAt === null) {
          cells.fail(
            legTimeLine === 0
              ? 'Exec Time is empty and no spread leg above gives one'
              : `Exec Time is empty and the leg above (line ${legTimeLine}) has no valid time`,
          );
        }
      } else {
        executedAt = cells.local(wallMdy24(tText), 'Exec Time', tText, 'M/d/yy HH:mm:ss');
        legTime = executedAt;
        legTimeLine = line;
      }
      const side = cells.buySell(c.side, 'Side');
      const signed = cells.signedQuantity(c.qty, 'Qty', side, c.side);
      const price = cells.decimal(c.price, 'Price');
      const symText = cells.required(c.symbol, 'Symbol');
      const typeText = cells.required(c.type, 'Type');
      let symbol: string | null = null;
      let assetClass: AssetClass | null = null;
      let multiplier: Decimal | null = Decimal.ONE;
      const type = typeText?.toUpperCase();
      if (type === 'STOCK' || type === 'ETF') {
        symbol = symText;
        assetClass = type === 'STOCK' ? 'stock' : 'etf';
      } else if (type === 'CALL' || type === 'PUT') {
        const expText = cells.required(c.exp, 'Exp');
        const exp = expText === null ? null : tosExpiry(expText);
        if (expText !== null && exp === null) cells.fail(`Exp "${expText}" is not a date like 20 DEC 24`);
        const strike = cells.decimal(c.strike, 'Strike', 'positive');
        if (symText !== null && exp !== null && strike !== null) {
          symbol = `${symText} ${exp} ${type[0]} ${strike.toString()}`;
        }
        assetClass = 'option';
        multiplier = HUNDRED;
      } else if (type === 'FUTURE' && symText !== null) {
        const fut = futureSymbol(cells, ctx, symText, executedAt, '/ESM24');
        symbol = fut?.symbol ?? null;
        multiplier = fut?.multiplier ?? null;
        assetClass = 'future';
      } else if (typeText !== null) {
        cells.fail(`Type "${typeText}" is not STOCK, ETF, CALL, PUT or FUTURE`);
      }
      if (cells.flush()) return;
      ctx.accept(
        {
          id: '',
          executedAt: executedAt as number,
          symbol: symbol as string,
          assetClass: assetClass as AssetClass,
          side: side as Side,
          quantity: (signed as Decimal).abs(),
          price: price as Decimal,
          fees: Decimal.ZERO, // the section has no fees
          multiplier: multiplier as Decimal,
          currency: ctx.currency,
          seq: line,
          line,
        },
        raw,
      );
    };
  },
});
