import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../db/database';
import type { AccountsTable, ExecutionsTable, TradeLegJson, TradesTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';
import { Decimal, buildInstrumentTrades, instrumentKey, type Execution, type Trade } from './engine';

/** Executions ordered within one batch by their source line; batches numbered per account. */
const SEQ_PER_BATCH = 1_000_000_000;
const INSERT_CHUNK = 5_000;

export interface IngestResult {
  inserted: number;
  duplicates: number;
  tradesAffected: number;
  /** Ids of the trades written (new or rebuilt). */
  tradeIds: string[];
}

/** Takes the account's next batch number, so this batch sorts after every earlier one on ties. */
export async function nextBatch(trx: Tx, tenantId: string, accountId: string): Promise<number> {
  const r = await trx
    .updateTable('accounts')
    .set({ batch_counter: sql`batch_counter + 1` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', accountId)
    .returning('batch_counter')
    .executeTakeFirstOrThrow();
  return Number(r.batch_counter);
}

/**
 * Writes executions into an account and rebuilds the trades they affect — inside the caller's
 * tenant transaction, so a failure leaves nothing behind. An execution already stored (same
 * broker execution id) is a duplicate and changes nothing.
 */
export async function ingestExecutions(
  trx: Tx,
  account: Selectable<AccountsTable>,
  executions: readonly Execution[],
  opts: { importId?: string | null; onProgress?: (done: number) => Promise<void> | void } = {},
): Promise<IngestResult> {
  const tenantId = account.tenant_id;
  const batch = await nextBatch(trx, tenantId, account.id);
  const seqBase = batch * SEQ_PER_BATCH;
  const inserted: Execution[] = [];
  for (let i = 0; i < executions.length; i += INSERT_CHUNK) {
    const chunk = executions.slice(i, i + INSERT_CHUNK);
    const ids = await insertChunk(trx, tenantId, account.id, chunk, seqBase, opts.importId ?? null);
    for (const e of chunk) if (ids.has(e.id)) inserted.push({ ...e, seq: seqBase + e.seq });
    await opts.onProgress?.(Math.min(i + INSERT_CHUNK, executions.length));
  }
  const firstByInstrument = new Map<string, Execution>();
  for (const e of inserted) {
    const key = instrumentKey({ assetClass: e.assetClass, symbol: e.symbol });
    const first = firstByInstrument.get(key);
    if (
      !first ||
      e.executedAt < first.executedAt ||
      (e.executedAt === first.executedAt && e.seq < first.seq)
    ) {
      firstByInstrument.set(key, e);
    }
  }
  const tradeIds: string[] = [];
  for (const first of firstByInstrument.values()) {
    tradeIds.push(...(await rebuildInstrument(trx, account, first.assetClass, first.symbol, first)));
  }
  return {
    inserted: inserted.length,
    duplicates: executions.length - inserted.length,
    tradesAffected: tradeIds.length,
    tradeIds,
  };
}

async function insertChunk(
  trx: Tx,
  tenantId: string,
  accountId: string,
  chunk: readonly Execution[],
  seqBase: number,
  importId: string | null,
): Promise<Set<string>> {
  const col = <T>(f: (e: Execution) => T) => chunk.map(f);
  const r = await sql<{ id: string }>`
    insert into executions (tenant_id, account_id, broker_execution_id, executed_at, seq, symbol, asset_class,
      side, quantity, price, fees, multiplier, currency, realized_pnl, unvalued_fee_amount, unvalued_fee_asset, import_id)
    select ${tenantId}::uuid, ${accountId}::uuid, u.* , ${importId}::uuid from unnest(
      ${col((e) => e.id)}::text[], ${col((e) => new Date(e.executedAt).toISOString())}::timestamptz[],
      ${col((e) => String(seqBase + e.seq))}::bigint[], ${col((e) => e.symbol)}::text[],
      ${col((e) => e.assetClass)}::text[], ${col((e) => e.side)}::text[], ${col((e) => e.quantity.toString())}::numeric[],
      ${col((e) => e.price.toString())}::numeric[], ${col((e) => e.fees.toString())}::numeric[],
      ${col((e) => e.multiplier.toString())}::numeric[], ${col((e) => e.currency)}::text[],
      ${col((e) => e.realizedPnl?.toString() ?? null)}::numeric[],
      ${col((e) => e.unvaluedFee?.amount.toString() ?? null)}::numeric[], ${col((e) => e.unvaluedFee?.asset ?? null)}::text[]
    ) as u
    on conflict (tenant_id, account_id, broker_execution_id) do nothing
    returning broker_execution_id as id`.execute(trx);
  return new Set(r.rows.map((x) => x.id));
}

/**
 * journal.md step 7 in the database: keep the instrument's trades that closed cleanly (not by a
 * flip) before the first new execution, delete the rest, and build again from the executions
 * after the last kept trade. Rebuilt trades keep their id (and so their journal entry) when one
 * opened at the same instant before; an entry whose trade vanished moves to the trade now
 * spanning its opening time.
 */
async function rebuildInstrument(
  trx: Tx,
  account: Selectable<AccountsTable>,
  assetClass: string,
  symbol: string,
  first: Execution,
): Promise<string[]> {
  const tenantId = account.tenant_id;
  const firstAt = new Date(first.executedAt);
  const boundary = await sql<{ last_executed_at: Date; last_seq: string }>`
    select t.last_executed_at, t.last_seq from trades t
    where t.tenant_id = ${tenantId} and t.account_id = ${account.id}
      and t.asset_class = ${assetClass} and t.symbol = ${symbol} and t.status = 'closed'
      and (t.last_executed_at, t.last_seq) < (${firstAt}::timestamptz, ${String(first.seq)}::bigint)
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

  const removed = await sql<{ id: string; opened_at: Date }>`
    delete from trades where tenant_id = ${tenantId} and account_id = ${account.id}
      and asset_class = ${assetClass} and symbol = ${symbol} ${after('last_executed_at')}
    returning id, opened_at`.execute(trx);
  const rows = await sql<ExecRow>`
    select broker_execution_id, executed_at, seq, symbol, asset_class, side, quantity, price, fees, multiplier,
           currency, realized_pnl
    from executions where tenant_id = ${tenantId} and account_id = ${account.id}
      and asset_class = ${assetClass} and symbol = ${symbol} ${after('executed_at')}
    order by executed_at, seq`.execute(trx);
  const trades = buildInstrumentTrades(rows.rows.map(toExecution));

  const oldIdByOpen = new Map(removed.rows.map((r) => [r.opened_at.getTime(), r.id]));
  const records = trades.map((t) =>
    toTradeRow(tenantId, account.id, t, oldIdByOpen.get(t.openedAt) ?? uuidv7()),
  );
  for (let i = 0; i < records.length; i += 1000) {
    await trx
      .insertInto('trades')
      .values(records.slice(i, i + 1000))
      .execute();
  }
  await reattachEntries(trx, tenantId, account.id, `${assetClass}:${symbol}`, records);
  return records.map((r) => r.id);
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
    .where('trade_id', 'not in', ids)
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
        .where('trade_id', 'in', ids)
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

type ExecRow = Pick<
  Selectable<ExecutionsTable>,
  | 'broker_execution_id'
  | 'executed_at'
  | 'seq'
  | 'symbol'
  | 'asset_class'
  | 'side'
  | 'quantity'
  | 'price'
  | 'fees'
  | 'multiplier'
  | 'currency'
  | 'realized_pnl'
>;

function toExecution(r: ExecRow): Execution {
  return {
    id: r.broker_execution_id,
    executedAt: r.executed_at.getTime(),
    symbol: r.symbol,
    assetClass: r.asset_class as Execution['assetClass'],
    side: r.side,
    quantity: Decimal.from(r.quantity),
    price: Decimal.from(r.price),
    fees: Decimal.from(r.fees),
    multiplier: Decimal.from(r.multiplier),
    currency: r.currency,
    seq: Number(r.seq),
    line: Number(r.seq) % SEQ_PER_BATCH,
    ...(r.realized_pnl !== null ? { realizedPnl: Decimal.from(r.realized_pnl) } : {}),
  };
}

function toTradeRow(tenantId: string, accountId: string, t: Trade, id: string) {
  const last = t.legs[t.legs.length - 1]!;
  const legs: TradeLegJson[] = t.legs.map((l) => ({
    executionId: l.executionId,
    executedAt: new Date(l.executedAt).toISOString(),
    seq: l.seq,
    side: l.side,
    quantity: l.quantity.toString(),
    price: l.price.toString(),
    fees: l.fees.toString(),
    effect: l.effect,
    ...(l.realizedPnl ? { realizedPnl: l.realizedPnl.toString() } : {}),
  }));
  const row: Omit<Selectable<TradesTable>, 'updated_at' | 'legs'> & { legs: string } = {
    tenant_id: tenantId,
    id,
    account_id: accountId,
    symbol: t.symbol,
    asset_class: t.assetClass,
    currency: t.currency,
    multiplier: t.multiplier.toString(),
    direction: t.direction,
    status: t.status,
    opened_at: new Date(t.openedAt),
    closed_at: t.closedAt === null ? null : new Date(t.closedAt),
    quantity: t.quantity.toString(),
    entry_price: t.entryValue.div(t.entryQuantity, 10).toString(),
    exit_price: t.exitPrice === null ? null : t.exitValue.div(t.exitQuantity, 10).toString(),
    gross_pnl: t.grossPnl?.toString() ?? null,
    fees: t.fees.toString(),
    net_pnl: t.netPnl?.toString() ?? null,
    holding_seconds: t.holdingSeconds === null ? null : String(t.holdingSeconds),
    pnl_source: t.pnlSource,
    open_execution_id: t.legs[0]!.executionId,
    close_execution_id: t.status === 'closed' ? last.executionId : null,
    last_executed_at: new Date(last.executedAt),
    last_seq: String(last.seq),
    legs: JSON.stringify(legs),
  };
  return row;
}
