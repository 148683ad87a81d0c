import type { Decimal } from '../decimal';
import { parseNinjaFuture } from '../instruments';
import type { Side } from '../types';
import { Cells, parseAmount, wallMdy12, wallMdy24 } from './cells';
import type { FormatSpec } from './driver';
import { futureInstrument } from './futures';

const ACTIONS: Readonly<Record<string, Side>> = {
  buy: 'buy',
  'buy to cover': 'buy',
  sell: 'sell',
  'sell short': 'sell',
};

/** NinjaTrader 8 Executions grid export (brokers.md `ninjatrader`). */
export const ninjatraderFormat: FormatSpec = {
  id: 'ninjatrader',
  required: ['Instrument', 'Action', 'Quantity', 'Price', 'Time', 'ID', 'Commission', 'Account'],
  header: { kind: 'first' },
  prepare(cols, ctx) {
    const cells = new Cells(ctx);
    const c = {
      instrument: cols.index('Instrument'),
      action: cols.index('Action'),
      qty: cols.index('Quantity'),
      price: cols.index('Price'),
      time: cols.index('Time'),
      id: cols.index('ID'),
      commission: cols.index('Commission'),
      account: cols.index('Account'),
    };
    return (fields, line, raw) => {
      cells.reset(fields, line);
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
      ctx.accept(
        {
          id: id as string,
          executedAt: executedAt as number,
          symbol: instrument.symbol,
          assetClass: 'future',
          side: side as Side,
          quantity: quantity as Decimal,
          price: price as Decimal,
          fees: fees as Decimal,
          multiplier: instrument.multiplier,
          currency: ctx.currency,
          brokerAccount: account as string,
          seq: line,
          line,
        },
        raw,
      );
    };
  },
  finish: (ctx) => ctx.checkSingleAccount('Account'),
};
