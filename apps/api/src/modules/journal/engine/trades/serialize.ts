import type { Trade } from '../types';
import { toIso } from '../time';

/** A trade as the API returns it: money in cents strings, prices to 6 decimals, instants ISO. */
export interface TradeJson {
  id: string;
  symbol: string;
  assetClass: string;
  currency: string;
  multiplier: string;
  direction: 'long' | 'short';
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  quantity: string;
  entryPrice: string;
  exitPrice: string | null;
  grossPnl: string | null;
  fees: string;
  netPnl: string | null;
  holdingSeconds: number | null;
  executionIds: string[];
}

export const PRICE_DIGITS = 6;

/** Rounds each value once, from the exact sums. */
export function tradeToJson(t: Trade): TradeJson {
  return {
    id: t.id,
    symbol: t.symbol,
    assetClass: t.assetClass,
    currency: t.currency,
    multiplier: t.multiplier.toString(),
    direction: t.direction,
    status: t.status,
    openedAt: toIso(t.openedAt),
    closedAt: t.closedAt === null ? null : toIso(t.closedAt),
    quantity: t.quantity.toString(),
    entryPrice: t.entryValue.div(t.entryQuantity, PRICE_DIGITS).toFixed(PRICE_DIGITS),
    exitPrice:
      t.exitPrice === null ? null : t.exitValue.div(t.exitQuantity, PRICE_DIGITS).toFixed(PRICE_DIGITS),
    grossPnl: t.grossPnl === null ? null : t.grossPnl.toFixed(2),
    fees: t.fees.toFixed(2),
    netPnl: t.netPnl === null ? null : t.netPnl.toFixed(2),
    holdingSeconds: t.holdingSeconds,
    executionIds: [...new Set(t.legs.map((l) => l.executionId))],
  };
}
