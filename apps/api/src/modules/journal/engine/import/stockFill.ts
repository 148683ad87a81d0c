import { Decimal } from '../decimal';
import type { Side } from '../types';
import type { ExecutionDraft } from './context';

/** The cells every fill has, as a row read them (null where a cell had a problem). */
export interface FillCells {
  executedAt: number | null;
  symbol: string | null;
  side: Side | null;
  quantity: Decimal | null;
  price: Decimal | null;
}

/**
 * A stock fill (multiplier 1, journal.md's hash id, seq = line) of a row whose cells all read:
 * call it only once `cells.flush()` found no problem (Webull, TradeZero). A null here is a parser
 * bug, which the driver reports as an internal error on the row's line.
 */
export function stockFill(
  cells: FillCells,
  more: { fees: Decimal; currency: string; line: number; brokerAccount?: string },
): ExecutionDraft {
  const { executedAt, symbol, side, quantity, price } = cells;
  if (executedAt === null || symbol === null || side === null || quantity === null || price === null) {
    throw new Error('a fill was built from a cell that did not read');
  }
  return {
    id: '',
    executedAt,
    symbol,
    assetClass: 'stock',
    side,
    quantity,
    price,
    multiplier: Decimal.ONE,
    seq: more.line,
    ...more,
  };
}
