import type { Decimal } from '../decimal';
import { canonicalFuture, defaultMultiplier, parseFutureCode, type FutureContract } from '../instruments';
import type { Side } from '../types';
import type { Cells } from './cells';
import type { ExecutionDraft, ImportContext } from './context';

/** What {@link futureInstrument} reads from a contract. */
export interface FutureInstrument {
  symbol: string;
  multiplier: Decimal;
}

/** Canonical symbol and table multiplier of a futures contract, or a row problem. */
export function futureInstrument(
  cells: Cells,
  ctx: ImportContext,
  contract: FutureContract | null,
  what: string,
): FutureInstrument | null {
  if (contract === null) return cells.fail(what);
  const multiplier = defaultMultiplier('future', contract.root, ctx.options.futureMultipliers);
  if (multiplier === null) {
    return cells.fail(`no multiplier is known for the future root ${contract.root} (journal.md's table)`);
  }
  return { symbol: canonicalFuture(contract), multiplier };
}

/** Year of an instant, for reading one-digit contract years. */
export function yearOf(utcMs: number | null): number {
  return new Date(utcMs ?? Date.now()).getUTCFullYear();
}

/**
 * Hands a futures row's execution to `ctx.accept`: the symbol and multiplier of its contract,
 * the import's currency, `seq` = its line. Call it only once `cells.flush()` said the row has no
 * problem: every value is then present (the `null`s of the cell readers are gone). A plain call
 * per row, no object but the execution itself.
 */
export function acceptFuture(
  ctx: ImportContext,
  line: number,
  raw: string,
  instrument: FutureInstrument,
  id: string | null,
  executedAt: number | null,
  side: Side | null,
  quantity: Decimal | null,
  price: Decimal | null,
  fees: Decimal | null,
  brokerAccount?: string | null,
): void {
  const draft: ExecutionDraft = {
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
    seq: line,
    line,
  };
  if (brokerAccount !== undefined) draft.brokerAccount = brokerAccount as string;
  ctx.accept(draft, raw);
}

/**
 * A Symbol cell holding a compact contract code (`/ESM24`, `/MESU4`: one-digit years read from
 * the trade's year): canonical symbol and table multiplier, or a row problem naming `example`.
 */
export function futureSymbol(
  cells: Cells,
  ctx: ImportContext,
  code: string,
  executedAt: number | null,
  example: string,
): { symbol: string; multiplier: Decimal } | null {
  return futureInstrument(
    cells,
    ctx,
    parseFutureCode(code, yearOf(executedAt)),
    `Symbol "${code}" is not a futures contract like ${example}`,
  );
}
