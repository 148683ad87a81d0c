import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql, type RawBuilder, type Selectable } from 'kysely';
import { BinaryRows } from '../../db/copyBinary';
import type { TenantDatabase, Tx } from '../../db/database';
import type { AccountsTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';
import {
  buildInstrumentTrades,
  compareExecutions,
  compareTrades,
  type Execution,
  type Trade,
} from './engine';
import {
  EXECUTION_COLUMNS,
  SEQ_PER_BATCH,
  TRADE_COLUMNS,
  rowOwner,
  toExecution,
  writeTrade,
  type ExecRow,
} from './storedRows';
import { insertStagedExecutions, insertTrades, stageExecutions } from './staging';

export interface IngestResult {
  inserted: number;
  duplicates: number;
  tradesAffected: number;
  /** Ids of the trades written (new or rebuilt). */
  tradeIds: string[];
}

/**
 * What an ingest changed in an account's trades, told to the modules that keep data derived from
 * them (analytics' summary segments) inside the ingest's transaction, before it commits — so what
 * they derive is always of the trades as committed, and a failed ingest leaves neither behind.
 */
export interface TradesChange {
  trx: Tx;
  account: Selectable<AccountsTable>;
  /**
   * The earliest closing time (ms) among the closed trades removed or written: what derives from
   * closed trades is out of date from then on. Null when no closed trade changed.
   */
  changedFrom: number | null;
  /**
   * The account's trades when this ingest built all of them (its first executions), each with the
   * id it is stored under: a subscriber need not read them back. Null otherwise.
   */
  built: ReadonlyArray<{ id: string; trade: Trade }> | null;
}

/** Told of every ingest's change, in its transaction; throwing rolls the ingest back. */
export type TradesSubscriber = (change: TradesChange) => Promise<void>;

/**
 * Writes executions into accounts and rebuilds the trades they affect (journal.md), and tells its
 * subscribers what changed. One per app (the journal's services); analytics subscribes to keep
 * its summary segments, so the journal never imports analytics.
 */
export class Ingest {
  readonly #subscribers: TradesSubscriber[] = [];

  constructor(private readonly database: TenantDatabase) {}

  /** Adds a subscriber, told of every ingest's change in its transaction (see TradesChange). */
  onTradesChanged(subscriber: TradesSubscriber): void {
    this.#subscribers.push(subscriber);
  }

  /**
   * Writes executions into an account and rebuilds the trades they affect — inside the caller's
   * tenant transaction, so a failure leaves nothing behind. An execution already stored (same
   * broker execution id) is a duplicate and changes nothing. The executions are the ingest's from
   * then on (their seq is renumbered in place) and must have distinct ids.
   */
  async executions(
    trx: Tx,
    account: Selectable<AccountsTable>,
    executions: readonly Execution[],
    opts: { importId?: string | null; onProgress?: (done: number) => Promise<void> | void } = {},
  ): Promise<IngestResult> {
    const { result, change } = await ingestExecutions(this.database, trx, account, executions, opts);
    for (const subscriber of this.#subscribers) await subscriber({ trx, account, ...change });
    return result;
  }
}

/**
 * Takes the account's next batch number, so this batch sorts after every earlier one on ties —
 * and with it the account row's lock, which keeps any other batch out until this one commits.
 */
export async function nextBatch(trx: Tx, tenantId: string, accountId: string): Promise<number> {
  const r = await trx
    .updateTable('accounts')
    .set({ batch_counter: sql`batch_counter + 1` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', accountId)
    .returning(['batch_counter'])
    .executeTakeFirstOrThrow();
  return Number(r.batch_counter);
}

type Change = Omit<TradesChange, 'trx' | 'account'>;

async function ingestExecutions(
  database: TenantDatabase,
  trx: Tx,
  account: Selectable<AccountsTable>,
  executions: readonly Execution[],
  opts: { importId?: string | null; onProgress?: (done: number) => Promise<void> | void },
): Promise<{ result: IngestResult; change: Change }> {
  const tenantId = account.tenant_id;
  const batch = await nextBatch(trx, tenantId, account.id);
  const seqBase = batch * SEQ_PER_BATCH;
  // This batch's executions per instrument, in execution order, numbered as stored.
  const batchGroups = groupBatch(executions, seqBase);
  // COPY into a transaction-local staging table, then one insert that skips what is there.
  // Instrument by instrument, in execution order: the order of the instrument index, so the
  // insert appends to its pages instead of splitting them (a third smaller, and faster).
  const ordered = [...batchGroups.values()].flat();
  await stageExecutions(
    database,
    trx,
    rowOwner(tenantId, account.id, opts.importId ?? null),
    ordered,
    opts.onProgress,
  );
  if (!(await hasExecutions(trx, tenantId, account.id))) {
    return ingestIntoEmptyAccount(database, trx, account, batchGroups);
  }
  const firsts = await insertSkippingDuplicates(trx);
  const inserted = firsts.reduce((n, r) => n + r.n, 0);
  const tradeIds: string[] = [];
  let changedFrom = Infinity;
  for (const f of firsts) {
    const batchList = batchGroups.get(groupKey(f.asset_class, f.symbol));
    const r = await rebuildInstrument(database, trx, account, f, batchList);
    for (const id of r.ids) tradeIds.push(id); // not spread: 100k+ trades overflow the stack
    changedFrom = Math.min(changedFrom, r.changedFrom);
  }
  return {
    result: {
      inserted,
      duplicates: executions.length - inserted,
      tradesAffected: tradeIds.length,
      tradeIds,
    },
    change: { changedFrom: Number.isFinite(changedFrom) ? changedFrom : null, built: null },
  };
}

/**
 * The account's first executions — the bulk case, a year of history into a new account.
 * Nothing can be a duplicate (ids are distinct within a batch, and the account row lock taken by
 * nextBatch keeps any other batch out until this one commits), and no trade exists to rebuild:
 * a plain insert, and every instrument's trades built from the executions in memory while the
 * database inserts them, then written with one COPY.
 */
async function ingestIntoEmptyAccount(
  database: TenantDatabase,
  trx: Tx,
  account: Selectable<AccountsTable>,
  groups: ReadonlyMap<string, Execution[]>,
): Promise<{ result: IngestResult; change: Change }> {
  const inserting = insertStagedExecutions(trx);
  // Its failure surfaces at the `await` below; until then the yields must not see an unhandled
  // rejection (Node reports one if a rejected promise has no handler by the next turn).
  inserting.catch(() => {});
  // Let the statement go out before the CPU work below (the driver sends it a few ticks later).
  await yieldToLoop();
  let payload: Buffer[];
  const owner = rowOwner(account.tenant_id, account.id);
  const tradeIds: string[] = [];
  const built: Array<{ id: string; trade: Trade }> = [];
  let inserted = 0;
  try {
    // In opening order, ids taken in that order: the trade indexes (id, opened time, equity
    // order) then receive ascending keys.
    const trades: Trade[] = [];
    // Yielding now and then: a million executions must not hold the event loop (other requests,
    // the job's progress) for seconds.
    for (const list of groups.values()) {
      inserted += list.length;
      for (const t of buildInstrumentTrades(list)) trades.push(t);
      await yieldToLoop();
    }
    trades.sort(compareTrades);
    // One allocation for them all, sized from their legs (see BinaryRows).
    const rows = new BinaryRows(TRADE_COLUMNS.length, 400 * trades.length + 160 * inserted);
    for (const [i, t] of trades.entries()) {
      if (i % 8192 === 8191) await yieldToLoop();
      const row = writeTrade(rows, owner, t, uuidv7());
      tradeIds.push(row.id);
      built.push({ id: row.id, trade: t });
    }
    payload = rows.finish();
  } finally {
    await inserting;
  }
  await insertTrades(database, trx, payload);
  return {
    result: { inserted, duplicates: 0, tradesAffected: tradeIds.length, tradeIds },
    change: { changedFrom: null, built },
  };
}

interface InstrumentFirst {
  asset_class: string;
  symbol: string;
  /** The instrument's earliest execution this batch inserted. */
  executed_at: Date;
  seq: string;
  /** How many of its executions this batch inserted. */
  n: number;
}

/** Whether the account holds any execution yet. */
async function hasExecutions(trx: Tx, tenantId: string, accountId: string): Promise<boolean> {
  const r = await sql<{ any: boolean }>`select exists (
    select 1 from executions where tenant_id = ${tenantId} and account_id = ${accountId}) as any`.execute(
    trx,
  );
  return r.rows[0]?.any === true;
}

/** Staging → executions, skipping ids already stored; per instrument, what went in. */
async function insertSkippingDuplicates(trx: Tx): Promise<InstrumentFirst[]> {
  const r = await sql<InstrumentFirst>`
    with ins as (
      insert into executions (${sql.raw(EXECUTION_COLUMNS.join(', '))})
      select ${sql.raw(EXECUTION_COLUMNS.join(', '))} from jk_staging_executions
      on conflict (tenant_id, account_id, broker_execution_id) do nothing
      returning asset_class, symbol, executed_at, seq),
    counts as (select asset_class, symbol, count(*)::int as n from ins group by asset_class, symbol),
    firsts as (
      select distinct on (asset_class, symbol) asset_class, symbol, executed_at, seq
      from ins order by asset_class, symbol, executed_at, seq)
    select f.asset_class, f.symbol, f.executed_at, f.seq::text as seq, c.n
    from firsts f join counts c using (asset_class, symbol)`.execute(trx);
  return r.rows;
}

const groupKey = (assetClass: string, symbol: string) => `${assetClass}\u0001${symbol}`;

/**
 * The batch's executions per instrument, in execution order, numbered as stored: seq becomes
 * batch × 10^9 + source order. In place — the ingest owns the executions it is given (a copy
 * of each was a million objects more for the garbage collector on a large import).
 */
function groupBatch(executions: readonly Execution[], seqBase: number): Map<string, Execution[]> {
  const groups = new Map<string, Execution[]>();
  for (const e of executions) {
    const key = groupKey(e.assetClass, e.symbol);
    (e as { seq: number }).seq = seqBase + e.seq;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  for (const list of groups.values()) list.sort(compareExecutions);
  // Instruments in the instrument index's order (byte order, the columns' C collation).
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * journal.md step 7 in the database: keep the instrument's trades that closed cleanly (not by a
 * flip) before the first new execution, delete the rest, and build again from the executions
 * after the last kept trade. Rebuilt trades keep their id (and so their journal entry) when one
 * opened at the same instant before; an entry whose trade vanished moves to the trade now
 * spanning its opening time.
 */
async function rebuildInstrument(
  database: TenantDatabase,
  trx: Tx,
  account: Selectable<AccountsTable>,
  first: InstrumentFirst,
  /** This batch's executions of the instrument (execution order), when known in memory. */
  batch: readonly Execution[] | undefined,
): Promise<{ ids: string[]; changedFrom: number }> {
  const tenantId = account.tenant_id;
  const { asset_class: assetClass, symbol } = first;
  const firstAt = first.executed_at;
  // Broker-reported positions (MT4) overlap in time and a later part may extend any of them:
  // such an instrument is built again from all its executions (no boundary).
  const positions = await hasPositions(trx, tenantId, account.id, assetClass, symbol);
  const boundary = positions
    ? { rows: [] }
    : await sql<{ last_executed_at: Date; last_seq: string }>`
    select t.last_executed_at, t.last_seq from trades t
    where t.tenant_id = ${tenantId} and t.account_id = ${account.id}
      and t.asset_class = ${assetClass} and t.symbol = ${symbol} and t.status = 'closed'
      and (t.last_executed_at, t.last_seq) < (${firstAt}::timestamptz, ${first.seq}::bigint)
      and not exists (
        select 1 from trades n where n.tenant_id = t.tenant_id and n.account_id = t.account_id
          and n.asset_class = t.asset_class and n.symbol = t.symbol and n.id <> t.id
          and n.open_execution_id = t.close_execution_id)
    order by t.last_executed_at desc, t.last_seq desc limit 1`.execute(trx);
  const b = boundary.rows[0];
  const after = (col: string) =>
    b
      ? sql`and (${sql.ref(col)}, ${sql.ref(col === 'executed_at' ? 'seq' : 'last_seq')}) > (${b.last_executed_at}::timestamptz, ${b.last_seq}::bigint)`
      : sql``;

  const removed = await sql<RemovedTrade>`
    delete from trades where tenant_id = ${tenantId} and account_id = ${account.id}
      and asset_class = ${assetClass} and symbol = ${symbol} ${after('last_executed_at')}
    returning id, opened_at, closed_at, open_execution_id`.execute(trx);
  // A new instrument (no trade before) whose executions all went in: they are exactly this
  // batch's, already in memory — no need to read them back.
  const isNew = !b && removed.rows.length === 0 && batch !== undefined && batch.length === first.n;
  const trades = buildInstrumentTrades(
    isNew ? batch : await readExecutions(trx, tenantId, account.id, assetClass, symbol, after),
  );

  const oldIds = keptIds(removed.rows, trades);
  const rows = new BinaryRows(TRADE_COLUMNS.length);
  const owner = rowOwner(tenantId, account.id);
  const records = trades.map((t, i) => writeTrade(rows, owner, t, oldIds[i] ?? uuidv7()));
  await insertTrades(database, trx, rows.finish());
  await reattachEntries(trx, tenantId, account.id, `${assetClass}:${symbol}`, records);
  let changedFrom = Infinity;
  for (const r of [...removed.rows, ...records]) {
    if (r.closed_at) changedFrom = Math.min(changedFrom, r.closed_at.getTime());
  }
  return { ids: records.map((r) => r.id), changedFrom };
}

interface RemovedTrade {
  id: string;
  opened_at: Date;
  closed_at: Date | null;
  open_execution_id: string;
}

/**
 * The id each rebuilt trade keeps (undefined: a new one): that of the removed trade opened by the
 * same execution, else of one opened at the same instant — each removed id given once (two
 * positions of a hedging account may open at one instant).
 */
function keptIds(removed: readonly RemovedTrade[], trades: readonly Trade[]): (string | undefined)[] {
  const byExecution = new Map(removed.map((r) => [r.open_execution_id, r.id]));
  const taken = new Set<string>();
  const ids = trades.map((t) => {
    const id = byExecution.get(t.id);
    if (id === undefined || taken.has(id)) return undefined;
    taken.add(id);
    return id;
  });
  const byOpen = new Map<number, string[]>();
  for (const r of removed) {
    if (taken.has(r.id)) continue;
    const list = byOpen.get(r.opened_at.getTime());
    if (list === undefined) byOpen.set(r.opened_at.getTime(), [r.id]);
    else list.push(r.id);
  }
  return ids.map((id, i) => id ?? byOpen.get((trades[i] as Trade).openedAt)?.shift());
}

/** Whether the instrument holds executions of broker-reported positions (MT4). */
async function hasPositions(
  trx: Tx,
  tenantId: string,
  accountId: string,
  assetClass: string,
  symbol: string,
): Promise<boolean> {
  const r = await sql<{ any: boolean }>`select exists (
    select 1 from executions where tenant_id = ${tenantId} and account_id = ${accountId}
      and asset_class = ${assetClass} and symbol = ${symbol} and position_key is not null) as any`.execute(
    trx,
  );
  return r.rows[0]?.any === true;
}

async function readExecutions(
  trx: Tx,
  tenantId: string,
  accountId: string,
  assetClass: string,
  symbol: string,
  after: (col: string) => RawBuilder<unknown>,
): Promise<Execution[]> {
  const rows = await sql<ExecRow>`
    select broker_execution_id, executed_at, seq, symbol, asset_class, side, quantity, price, fees, multiplier,
           currency, realized_pnl, position_key, position_effect, position_next, note
    from executions where tenant_id = ${tenantId} and account_id = ${accountId}
      and asset_class = ${assetClass} and symbol = ${symbol} ${after('executed_at')}
    order by executed_at, seq`.execute(trx);
  return rows.rows.map(toExecution);
}

async function reattachEntries(
  trx: Tx,
  tenantId: string,
  accountId: string,
  instrument: string,
  records: ReadonlyArray<{ id: string; opened_at: Date; closed_at: Date | null }>,
) {
  if (records.length === 0) return;
  const ids = records.map((r) => r.id);
  const orphans = await trx
    .selectFrom('journal_entries')
    .select(['id', 'opened_at'])
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('instrument', '=', instrument)
    .where('trade_id', 'is not', null)
    .where(sql<boolean>`trade_id <> all(${ids}::uuid[])`)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('trades').select('id').whereRef('trades.id', '=', 'journal_entries.trade_id'))),
    )
    .execute();
  const taken = new Set(
    (
      await trx
        .selectFrom('journal_entries')
        .select('trade_id')
        .where('tenant_id', '=', tenantId)
        .where(sql<boolean>`trade_id = any(${ids}::uuid[])`)
        .execute()
    ).map((r) => r.trade_id),
  );
  for (const o of orphans) {
    const at = o.opened_at?.getTime() ?? NaN;
    const home = records.find(
      (r) =>
        r.opened_at.getTime() <= at &&
        (r.closed_at === null || at <= r.closed_at.getTime()) &&
        !taken.has(r.id),
    );
    if (!home) continue;
    taken.add(home.id);
    await trx
      .updateTable('journal_entries')
      .set({ trade_id: home.id, opened_at: home.opened_at, updated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', o.id)
      .execute();
  }
}
