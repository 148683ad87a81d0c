import type { Decimal } from '../decimal';
import { canonicalFuture, defaultMultiplier, parseFutureCode, type FutureContract } from '../instruments';
import type { Cells } from './cells';
import type { ImportContext } from './context';

/** Canonical symbol and table multiplier of a futures contract, or a row problem. */
export function futureInstrument(
  cells: Cells,
  ctx: ImportContext,
  contract: FutureContract | null,
  what: string,
): { symbol: string; multiplier: Decimal } | null {
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
