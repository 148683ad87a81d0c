import type { Selectable } from 'kysely';
import type { JournalEntriesTable, TradesTable } from '../../db/schema';
import { moneyOrNull, plainOrNull, storedDecimal } from '../../lib/boundedDecimals';
import { money, plain } from '../../lib/decimals';
import { Decimal } from '../journal/engine';

/** The journal entry's columns a trade shows (its summary, and what R is computed from). */
export type EntryBits = Pick<
  Selectable<JournalEntriesTable>,
  'id' | 'tags' | 'setup' | 'mistakes' | 'rating' | 'body' | 'initial_risk' | 'initial_stop'
>;

/**
 * initialRisk: the entry's amount, or |entryPrice − initialStop| × quantity × multiplier (journal.md).
 * Null when there is none, when it is 0, or when a stored value is not a plain decimal.
 */
export function initialRiskOf(
  t: Pick<Selectable<TradesTable>, 'entry_price' | 'quantity' | 'multiplier'>,
  e?: EntryBits | null,
): Decimal | null {
  if (!e) return null;
  if (e.initial_risk !== null) {
    const amount = storedDecimal(e.initial_risk);
    return amount && amount.sign() > 0 ? amount : null;
  }
  const stop = storedDecimal(e.initial_stop);
  const entry = storedDecimal(t.entry_price);
  const quantity = storedDecimal(t.quantity);
  const multiplier = storedDecimal(t.multiplier);
  if (!stop || !entry || !quantity || !multiplier) return null;
  const risk = entry.sub(stop).abs().mul(quantity).mul(multiplier);
  return risk.isZero() ? null : risk;
}

export function toTrade(t: Selectable<TradesTable>, e?: EntryBits | null) {
  const risk = initialRiskOf(t, e);
  // A value the contract cannot carry (a stop far beyond any price, a wide imported P&L) is
  // answered as null, and R with it, instead of failing every list that holds the trade.
  const initialRisk = risk ? moneyOrNull(risk.toString()) : null;
  const netPnl = moneyOrNull(t.net_pnl);
  return {
    id: t.id,
    accountId: t.account_id,
    symbol: t.symbol,
    assetClass: t.asset_class,
    currency: t.currency,
    multiplier: plain(t.multiplier)!,
    direction: t.direction,
    status: t.status,
    openedAt: t.opened_at.toISOString(),
    closedAt: t.closed_at?.toISOString() ?? null,
    quantity: plain(t.quantity)!,
    entryPrice: plain(t.entry_price)!,
    exitPrice: plainOrNull(t.exit_price),
    grossPnl: moneyOrNull(t.gross_pnl),
    fees: money(t.fees)!,
    netPnl,
    holdingSeconds: t.holding_seconds === null ? null : Number(t.holding_seconds),
    initialRisk,
    rMultiple:
      risk && initialRisk !== null && netPnl !== null
        ? Decimal.from(t.net_pnl!).div(risk, 6).toNumber()
        : null,
    pnlSource: t.pnl_source,
    journal: e
      ? {
          entryId: e.id,
          tags: e.tags,
          setup: e.setup,
          mistakes: e.mistakes,
          rating: e.rating,
          hasNotes: e.body.trim() !== '',
        }
      : null,
  };
}

/** The entry joined onto a trade row (trades.repository's ENTRY_COLUMNS), or null without one. */
export function entryOf(r: {
  e_id: string | null;
  e_tags: string[] | null;
  e_setup: string | null;
  e_mistakes: string[] | null;
  e_rating: number | null;
  e_body: string | null;
  e_initial_risk: string | null;
  e_initial_stop: string | null;
}): EntryBits | null {
  if (!r.e_id) return null;
  return {
    id: r.e_id,
    tags: r.e_tags ?? [],
    setup: r.e_setup,
    mistakes: r.e_mistakes ?? [],
    rating: r.e_rating,
    body: r.e_body ?? '',
    initial_risk: r.e_initial_risk,
    initial_stop: r.e_initial_stop,
  };
}
