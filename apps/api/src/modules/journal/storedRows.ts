import type { Selectable } from 'kysely';
import { uuidBytes, type BinaryRows } from '../../db/copyBinary';
import type { ExecutionsTable } from '../../db/schema';
import { Decimal, type Execution, type Trade } from './engine';

/**
 * Executions and trades as the database stores them: their binary COPY rows (database.ts
 * copyRows), and stored executions back into the engine's.
 */

/** Executions ordered within one batch by their source line; batches numbered per account. */
export const SEQ_PER_BATCH = 1_000_000_000;

export const EXECUTION_COLUMNS = [
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
  'position_key',
  'position_effect',
  'position_next',
  'note',
] as const;

/** The uuids every row of one account's write repeats, as bytes (BinaryRows#uuid). */
export interface RowOwner {
  tenant: Buffer;
  account: Buffer;
  imported: Buffer | null;
}

export function rowOwner(tenantId: string, accountId: string, importId: string | null = null): RowOwner {
  return {
    tenant: uuidBytes(tenantId),
    account: uuidBytes(accountId),
    imported: importId === null ? null : uuidBytes(importId),
  };
}

/**
 * Executions list[from, to) as binary COPY rows of EXECUTION_COLUMNS, written straight into the
 * writer's buffers (no string per line or value). With their stored seq (groupBatch).
 */
export function writeExecutions(
  w: BinaryRows,
  owner: RowOwner,
  list: readonly Execution[],
  from = 0,
  to = list.length,
): void {
  const { tenant, account, imported } = owner;
  for (let i = from; i < to; i++) {
    const e = list[i]!;
    w.row().uuid(tenant).uuid(account).text(e.id).timestamptz(e.executedAt).int8(e.seq);
    w.text(e.symbol).text(e.assetClass).text(e.side);
    w.numeric(e.quantity).numeric(e.price).numeric(e.fees).numeric(e.multiplier).text(e.currency);
    if (e.realizedPnl) w.numeric(e.realizedPnl);
    else w.null();
    if (e.unvaluedFee) w.numeric(e.unvaluedFee.amount).text(e.unvaluedFee.asset);
    else w.null().null();
    if (imported) w.uuid(imported);
    else w.null();
    const p = e.position;
    if (p === undefined) w.null().null().null();
    else {
      w.text(p.key).text(p.effect);
      if (p.next === undefined) w.null();
      else w.text(p.next);
    }
    if (e.note === undefined) w.null();
    else w.text(e.note);
  }
}

export const TRADE_COLUMNS = [
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

export type ExecRow = Pick<
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
  | 'position_key'
  | 'position_effect'
  | 'position_next'
  | 'note'
>;

export function toExecution(r: ExecRow): Execution {
  const e: { -readonly [K in keyof Execution]: Execution[K] } = {
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
  };
  // Optional fields set only when stored (not spread in: V8 makes such objects slow ones).
  if (r.realized_pnl !== null) e.realizedPnl = Decimal.from(r.realized_pnl);
  if (r.position_key !== null && r.position_effect !== null) {
    e.position =
      r.position_next === null
        ? { key: r.position_key, effect: r.position_effect }
        : { key: r.position_key, effect: r.position_effect, next: r.position_next };
  }
  if (r.note !== null) e.note = r.note;
  return e;
}

/**
 * Writes a built trade as stored (a binary COPY row of TRADE_COLUMNS, legs JSON included) and
 * returns what rebuilding needs of it — no intermediate row object or line string.
 */
export function writeTrade(w: BinaryRows, owner: RowOwner, t: Trade, id: string) {
  const legs = t.legs;
  const first = legs[0]!;
  const last = legs[legs.length - 1]!;
  const closed = t.status === 'closed';
  w.row()
    .uuid(owner.tenant)
    .uuidText(id)
    .uuid(owner.account)
    .text(t.symbol)
    .text(t.assetClass)
    .text(t.currency);
  w.numeric(t.multiplier).text(t.direction).text(t.status).timestamptz(t.openedAt);
  if (t.closedAt === null) w.null();
  else w.timestamptz(t.closedAt);
  w.numeric(t.quantity).numeric(t.entryValue.div(t.entryQuantity, 10));
  if (t.exitPrice === null) w.null();
  else w.numeric(t.exitValue.div(t.exitQuantity, 10));
  if (t.grossPnl) w.numeric(t.grossPnl);
  else w.null();
  w.numeric(t.fees);
  if (t.netPnl) w.numeric(t.netPnl);
  else w.null();
  if (t.holdingSeconds === null) w.null();
  else w.numericText(String(t.holdingSeconds));
  w.text(t.pnlSource).text(first.executionId);
  if (closed) w.text(last.executionId);
  else w.null();
  w.timestamptz(last.executedAt).int8(last.seq);
  // The legs JSON (TradeLegJson: time, side and price stay on the execution), written in pieces.
  w.open();
  for (let i = 0; i < legs.length; i++) {
    const l = legs[i]!;
    w.append(i === 0 ? '[{"executionId":' : ',{"executionId":')
      .append(JSON.stringify(l.executionId))
      .append(',"quantity":"')
      .append(l.quantity.toString())
      .append('","fees":"')
      .append(l.fees.toString())
      .append(l.effect === 'open' ? '","effect":"open' : '","effect":"close');
    if (l.realizedPnl) w.append('","realizedPnl":"').append(l.realizedPnl.toString());
    w.append('"}');
  }
  w.append(']').close();
  return {
    id,
    opened_at: new Date(t.openedAt),
    closed_at: t.closedAt === null ? null : new Date(t.closedAt),
  };
}
