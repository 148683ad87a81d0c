import { parseNinjaFuture } from '../instruments';
import type { Side } from '../types';
import { parseAmount, wallMdy12, wallMdy24 } from './cells';
import { tableFormat, type FormatSpec } from './driver';
import { acceptFuture, futureInstrument } from './futures';

const ACTIONS: Readonly<Record<string, Side>> = {
  buy: 'buy',
  'buy to cover': 'buy',
  sell: 'sell',
  'sell short': 'sell',
};

/** NinjaTrader 8 Executions grid export (brokers.md `ninjatrader`). */
export const ninjatraderFormat: FormatSpec = tableFormat({
  id: 'ninjatrader',
  columns: {
    instrument: 'Instrument',
    action: 'Action',
    qty: 'Quantity',
    price: 'Price',
    time: 'Time',
    id: 'ID',
    commission: 'Commission',
    account: 'Account',
  },
  header: { kind: 'first' },
  prepare(c, cells, ctx) {
    return (line, raw) => {
      const account = cells.required(c.account, 'Account');
      if (account !== null && !ctx.acceptsAccount(account, line, 'Account')) return;
      const inst = cells.required(c.instrument, 'Instrument');
      const instrument =
        inst === null
          ? null
          : futureInstrument(
              cells,
              ctx,
              parseNinjaFuture(inst),
              `Instrument "${inst}" is not a futures contract like ES 03-24`,
            );
      const actionText = cells.required(c.action, 'Action');
      const side = actionText === null ? null : (ACTIONS[actionText.toLowerCase()] ?? null);
      if (actionText !== null && side === null) {
        cells.fail(`Action "${actionText}" is not Buy, Sell, Buy to cover or Sell short`);
      }
      const quantity = cells.decimal(c.qty, 'Quantity', 'positive');
      const pText = cells.required(c.price, 'Price');
      const price = pText === null ? null : cells.checkDecimal(parseAmount(pText), 'Price', pText, 'any');
      const tText = cells.required(c.time, 'Time');
      const executedAt =
        tText === null
          ? null
          : cells.local(wallMdy12(tText) ?? wallMdy24(tText), 'Time', tText, 'M/d/yyyy h:mm:ss AM/PM');
      const id = cells.required(c.id, 'ID');
      const fText = cells.required(c.commission, 'Commission');
      const fees =
        fText === null ? null : cells.checkDecimal(parseAmount(fText), 'Commission', fText, 'nonNegative');
      if (cells.flush() || instrument === null) return;
      acceptFuture(ctx, line, raw, instrument, id, executedAt, side, quantity, price, fees, account);
    };
  },
  finish: (ctx) => ctx.checkSingleAccount('Account'),
});
