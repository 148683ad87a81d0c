import { parseFutureCode } from '../instruments';
import type { Side } from '../types';
import { wallMdy24 } from './cells';
import { tableFormat, type FormatSpec } from './driver';
import { acceptFuture, futureInstrument, yearOf } from './futures';

/** Tradovate Fills export (brokers.md `tradovate`). */
export const tradovateFormat: FormatSpec = tableFormat({
  id: 'tradovate',
  columns: {
    id: 'Fill ID',
    time: 'Timestamp',
    side: 'B/S',
    contract: 'Contract',
    product: 'Product',
    qty: 'Quantity',
    price: 'Price',
    commission: 'Commission',
  },
  header: { kind: 'first' },
  prepare(c, cells, ctx) {
    return (line, raw) => {
      const id = cells.required(c.id, 'Fill ID');
      const tText = cells.required(c.time, 'Timestamp');
      const executedAt =
        tText === null ? null : cells.local(wallMdy24(tText), 'Timestamp', tText, 'MM/dd/yyyy HH:mm:ss');
      const sideText = cells.required(c.side, 'B/S');
      let side: Side | null = null;
      if (sideText !== null) {
        const s = sideText.toLowerCase();
        if (s === 'buy' || s === 'sell') side = s;
        else cells.fail(`B/S "${sideText}" is not Buy or Sell`);
      }
      const contract = cells.required(c.contract, 'Contract');
      const product = cells.required(c.product, 'Product');
      const instrument =
        contract === null || product === null
          ? null
          : futureInstrument(
              cells,
              ctx,
              parseFutureCode(contract, yearOf(executedAt), product),
              `Contract "${contract}" is not a contract code of Product "${product}" (like ${product}H4)`,
            );
      const quantity = cells.decimal(c.qty, 'Quantity', 'positive');
      const price = cells.decimal(c.price, 'Price');
      const fees = cells.decimal(c.commission, 'Commission', 'nonNegative');
      if (cells.flush() || instrument === null) return;
      acceptFuture(ctx, line, raw, instrument, id, executedAt, side, quantity, price, fees);
    };
  },
});
