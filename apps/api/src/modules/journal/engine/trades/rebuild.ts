import type { Execution, Trade } from '../types';
import {
  buildInstrumentTrades,
  compareExecutions,
  compareTrades,
  groupByInstrument,
  instrumentKey,
  legOrder,
} from './build';
import { hasPositions } from './positions';

/*
 * The reference model of journal.md step 7 (executions arriving later): rebuild an instrument's
 * trades from the first affected execution on. Production does not run this — the ingest
 * (modules/journal/ingest.ts) rebuilds affected instruments from their stored executions with
 * buildInstrumentTrades — but trades/properties.test.ts checks, over random histories, that
 * building in any split equals building at once through this model. It is kept for that and not
 * exported from the engine's barrel.
 */

type OrderKey = { executedAt: number; seq: number; id: string };

/**
 * journal.md step 7 for one instrument: executions arrived later, so rebuild its trades from
 * the first affected execution on.
 *
 * `previous` are the trades built before, `executions` all of the instrument's executions now
 * (old and new, any order), `firstAffected` the earliest new one. Trades that closed cleanly
 * (not by a flip) before `firstAffected` are kept as they are: the position was flat after them
 * and nothing before that point changed. Everything after is built again — everything, for an
 * instrument with broker-reported positions.
 */
export function rebuildInstrumentTrades(
  previous: readonly Trade[],
  executions: readonly Execution[],
  firstAffected: OrderKey,
): { kept: Trade[]; rebuilt: Trade[] } {
  // Broker-reported positions (MT4) overlap in time: a later part may extend any of them, so
  // the instrument is built again from all its executions.
  if (hasPositions(executions)) {
    return { kept: [], rebuilt: buildInstrumentTrades([...executions].sort(compareExecutions)) };
  }
  const prev = [...previous].sort(compareTrades);
  const kept: Trade[] = [];
  for (let i = 0; i < prev.length; i++) {
    const t = prev[i] as Trade;
    const last = t.legs[t.legs.length - 1];
    if (t.status !== 'closed' || last === undefined || compareExecutions(legOrder(last), firstAffected) >= 0)
      break;
    const next = prev[i + 1];
    if (next !== undefined && next.legs[0]?.executionId === last.executionId) break; // closed by a flip
    kept.push(t);
  }
  const lastLeg = kept[kept.length - 1]?.legs.at(-1);
  const lastKept = lastLeg === undefined ? undefined : legOrder(lastLeg);
  const rest = [...executions].sort(compareExecutions);
  const from = lastKept === undefined ? 0 : rest.findIndex((e) => compareExecutions(e, lastKept) > 0);
  const rebuilt = from === -1 ? [] : buildInstrumentTrades(rest.slice(from));
  return { kept, rebuilt };
}

/**
 * Several instruments at once: `previous` trades and `executions` (all, after merging), with
 * the ids of the executions that are new. Instruments without new executions keep their trades.
 */
export function rebuildTrades(
  previous: readonly Trade[],
  executions: readonly Execution[],
  newExecutionIds: ReadonlySet<string>,
): { trades: Trade[]; rebuiltInstruments: string[] } {
  const prevBy = new Map<string, Trade[]>();
  for (const t of previous) {
    const key = instrumentKey(t);
    const list = prevBy.get(key) ?? [];
    list.push(t);
    prevBy.set(key, list);
  }
  const trades: Trade[] = [];
  const rebuiltInstruments: string[] = [];
  for (const [key, list] of groupByInstrument(executions)) {
    const firstNew = list.find((e) => newExecutionIds.has(e.id));
    const old = prevBy.get(key) ?? [];
    prevBy.delete(key);
    if (firstNew === undefined) {
      for (const t of old) trades.push(t); // not spread: an instrument may hold 100k+ trades
      continue;
    }
    rebuiltInstruments.push(key);
    const { kept, rebuilt } = rebuildInstrumentTrades(old, list, firstNew);
    for (const t of kept) trades.push(t);
    for (const t of rebuilt) trades.push(t);
  }
  return { trades: trades.sort(compareTrades), rebuiltInstruments };
}

/** Adds incoming executions to existing ones, by execution id (journal.md: unique per account). */
export function mergeExecutions(
  existing: readonly Execution[],
  incoming: readonly Execution[],
): { executions: Execution[]; added: Execution[]; duplicates: Execution[] } {
  const ids = new Set(existing.map((e) => e.id));
  const added: Execution[] = [];
  const duplicates: Execution[] = [];
  for (const e of incoming) {
    if (ids.has(e.id)) duplicates.push(e);
    else {
      ids.add(e.id);
      added.push(e);
    }
  }
  return { executions: [...existing, ...added], added, duplicates };
}

/** The key journal entries follow across rebuilds: instrument + openedAt. */
export function tradeKey(t: Trade): string {
  return `${instrumentKey(t)}\u0001${t.openedAt}`;
}

/** For each old trade id, the id of the rebuilt trade with the same key (null: gone). */
export function matchRebuiltTrades(
  oldTrades: readonly Trade[],
  newTrades: readonly Trade[],
): Map<string, string | null> {
  const byKey = new Map(newTrades.map((t) => [tradeKey(t), t.id] as const));
  return new Map(oldTrades.map((t) => [t.id, byKey.get(tradeKey(t)) ?? null] as const));
}
