import { Decimal } from '../decimal';
import type { Side } from '../types';
import { wallYmdDot } from './cells';
import { tableFormat, type FormatSpec } from './driver';

const CASH_TYPES = new Set(['balance', 'credit', 'deposit', 'withdrawal']);
const DIRECTIONS = new Set(['in', 'out', 'in/out']);
const LOT = Decimal.fromInt(100_000);

/**
 * MetaTrader 5 history report, Deals table (brokers.md `mt5`). Volume stays in lots; the
 * execution's multiplier is the contract size of one lot (only R multiples from an initial stop
 * use it: P&L is the broker's Profit).
 */
export const mt5Format: FormatSpec = tableFormat({
  id: 'mt5',
  columns: {
    time: 'Time',
    deal: 'Deal',
    symbol: 'Symbol',
    type: 'Type',
    direction: 'Direction',
    volume: 'Volume',
    price: 'Price',
    commission: 'Commission',
    fee: 'Fee',
    swap: 'Swap',
    profit: 'Profit',
  },
  header: { kind: 'scan' },
  endAtBlank: true,
  prepare(c, cells, ctx) {
    const sizes = ctx.options.contractSizes ?? {};
    return (line, raw) => {
      const typeText = cells.text(c.type);
      if (cells.text(c.time) === '' && cells.text(c.deal) === '' && typeText === '') {
        ctx.skip(line, 'summary', 'a totals row of the Deals table');
        return;
      }
      const type = typeText.toLowerCase();
      if (CASH_TYPES.has(type)) {
        ctx.skip(line, 'cash', `Type ${typeText}: a cash movement, not an execution`);
        return;
      }
      if (type !== 'buy' && type !== 'sell') {
        // Not a deal we can read: say only that (its other cells mean nothing to us).
        ctx.error(
          line,
          typeText === ''
            ? 'Type is empty'
            : `Type "${typeText}" is not buy, sell or a cash movement (balance, credit, deposit, withdrawal)`,
        );
        return;
      }
      const side: Side = type;
      const tText = cells.required(c.time, 'Time');
      const executedAt =
        tText === null ? null : cells.local(wallYmdDot(tText), 'Time', tText, 'yyyy.MM.dd HH:mm:ss');
      const id = cells.required(c.deal, 'Deal');
      const symbol = cells.required(c.symbol, 'Symbol');
      const dirText = cells.required(c.direction, 'Direction');
      if (dirText !== null && !DIRECTIONS.has(dirText.toLowerCase())) {
        cells.fail(`Direction "${dirText}" is not in, out or in/out`);
      }
      const volume = cells.decimal(c.volume, 'Volume', 'positive');
      const price = cells.decimal(c.price, 'Price');
      const commission = cells.decimal(c.commission, 'Commission');
      const fee = cells.decimal(c.fee, 'Fee');
      const swap = cells.decimal(c.swap, 'Swap');
      const profit = cells.decimal(c.profit, 'Profit');
      if (cells.flush()) return;
      const sym = symbol as string;
      const size = sizes[sym];
      ctx.accept(
        {
          id: id as string,
          executedAt: executedAt as number,
          symbol: sym,
          assetClass: 'forex',
          side,
          quantity: volume as Decimal,
          price: price as Decimal,
          // Costs are negative in MT5: fees = −(Commission + Fee + Swap).
          fees: (commission as Decimal)
            .add(fee as Decimal)
            .add(swap as Decimal)
            .neg(),
          multiplier: size !== undefined ? Decimal.from(size) : /^[A-Z]{6}$/.test(sym) ? LOT : Decimal.ONE,
          currency: ctx.currency,
          realizedPnl: profit as Decimal,
          seq: line,
          line,
        },
        raw,
      );
    };
  },
});
