import type { Decimal } from '../decimal';
import { canonicalFuture, defaultMultiplier, type FutureContract } from '../instruments';
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
