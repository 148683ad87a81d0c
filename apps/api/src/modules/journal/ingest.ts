import { sql, type Selectable } from 'kysely';
import type { Database, Tx } from '../../db/database';
import type { AccountsTable, ExecutionsTable, TradeLegJson, TradesTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';
import { Decimal, buildInstrumentTrades, type Execution, type Trade } from './engine';

/** Executions ordered within one batch by their source line; batches numbered per account. */
const SEQ_PER_BATCH = 1_000_000_000;
const INSERT_CHUNK = 50_000;

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
  database: Database,
  trx: Tx,
  account: Selectable<AccountsTable>,
  executions: readonly Execution[],
  opts: { importId?: string | null; onProgress?: (done: number) => Promise<void> | void } = {},
): Promise<IngestResult> {
  const tenantId = account.tenant_id;
  const batch = await nextBatch(trx, tenantId, account.id);
  const seqBase = batch * SEQ_PER_BATCH;
  // COPY into a transaction-local staging table, then one insert that skips what is there.
  await sql`create temp table if not exists jk_staging_executions (like executions including defaults) on commit drop`.execute(
    trx,
  );
  await sql`truncate jk_staging_executions`.execute(trx);
  const importId = opts.importId ?? null;
  for (let i = 0; i < executions.length; i += INSERT_CHUNK) {
    const chunk = executions.slice(i, i + INSERT_CHUNK);
    await database.copyRows(
      trx,
      'jk_staging_executions',
      EXECUTION_COLUMNS,
      executionRows(tenantId, account.id, chunk, seqBase, importId),
    );
    await opts.onProgress?.(Math.min(i + INSERT_CHUNK, executions.length));
  }
  const firsts = await sql<{
    asset_class: string;
    symbol: string;
    executed_at: Date;
    seq: string;
    n: number;
  }>`
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
  const inserted = firsts.rows.reduce((n, r) => n + r.n, 0);
  const tradeIds: string[] = [];
  for (const f of firsts.rows) {
    tradeIds.push(...(await rebuildInstrument(database, trx, account, f.asset_class, f.symbol, f)));
  }
  return {
    inserted,
    duplicates: executions.length - inserted,
    tradesAffected: tradeIds.length,
    tradeIds,
  };
}

const EXECUTION_COLUMNS = [
  'tenant_id',
  'account_id',
  'broker_execution_id',
  'executed_at',
  'seq',
  'symbol',
  'asset_class',
  'side',
  'quantity',
  'price',
  'fees',
  'multiplier',
  'currency',
  'realized_pnl',
  'unvalued_fee_amount',
  'unvalued_fee_asset',
  'import_id',
] as const;

function* executionRows(
  tenantId: string,
  accountId: string,
  chunk: readonly Execution[],
  seqBase: number,
  importId: string | null,
) {
  for (const e of chunk) {
    yield [
      tenantId,
      accountId,
      e.id,
      new Date(e.executedAt).toISOString(),
      String(seqBase + e.seq),
      e.symbol,
      e.assetClass,
      e.side,
      e.quantity.toString(),
      e.price.toString(),
      e.fees.toString(),
      e.multiplier.toString(),
      e.currency,
      e.realizedPnl?.toString() ?? null,
      e.unvaluedFee?.amount.toString() ?? null,
      e.unvaluedFee?.asset ?? null,
      importId,
    ];
  }
}

/**
 * journal.md step 7 in the database: keep the instrument's trades that closed cleanly (not by a
 * flip) before the first new execution, delete the rest, and build again from the executions
 * after the last kept trade. Rebuilt trades keep their id (and so their journal entry) when one
 * opened at the same instant before; an entry whose trade vanished moves to the trade now
 * spanning its opening time.
 */
async function rebuildInstrument(
  database: Database,
  trx: Tx,
  account: Selectable<AccountsTable>,
  assetClass: string,
  symbol: string,
  first: { executed_at: Date; seq: string },
): Promise<string[]> {
  const tenantId = account.tenant_id;
  const firstAt = first.executed_at;
  const boundary = await sql<{ last_executed_at: Date; last_seq: string }>`
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
  await sql`create temp table if not exists jk_staging_trades (like trades including defaults) on commit drop`.execute(
    trx,
  );
  await sql`truncate jk_staging_trades`.execute(trx);
  await database.copyRows(trx, 'jk_staging_trades', TRADE_COLUMNS, tradeRows(records));
  await sql`insert into trades (${sql.raw(TRADE_COLUMNS.join(', '))})
    select ${sql.raw(TRADE_COLUMNS.join(', '))} from jk_staging_trades`.execute(trx);
  await reattachEntries(trx, tenantId, account.id, `${assetClass}:${symbol}`, records);
  return records.map((r) => r.id);
}

type TradeRow = ReturnType<typeof toTradeRow>;

const TRADE_COLUMNS = [
  'tenant_id',
  'id',
  'account_id',
  'symbol',
  'asset_class',
  'currency',
  'multiplier',
  'direction',
  'status',
  'opened_at',
  'closed_at',
  'quantity',
  'entry_price',
  'exit_price',
  'gross_pnl',
  'fees',
  'net_pnl',
  'holding_seconds',
  'pnl_source',
  'open_execution_id',
  'close_execution_id',
  'last_executed_at',
  'last_seq',
  'legs',
] as const;

function* tradeRows(rows: readonly TradeRow[]) {
  for (const r of rows) {
    yield [
      r.tenant_id,
      r.id,
      r.account_id,
      r.symbol,
      r.asset_class,
      r.currency,
      r.multiplier,
      r.direction,
      r.status,
      r.opened_at.toISOString(),
      r.closed_at?.toISOString() ?? null,
      r.quantity,
      r.entry_price,
      r.exit_price,
      r.gross_pnl,
      r.fees,
      r.net_pnl,
      r.holding_seconds,
      r.pnl_source,
      r.open_execution_id,
      r.close_execution_id,
      r.last_executed_at.toISOString(),
      r.last_seq,
      r.legs,
    ];
  }
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
