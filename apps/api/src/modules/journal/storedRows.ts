import type { Selectable } from 'kysely';
import { copyText } from '../../db/database';
import type { ExecutionsTable } from '../../db/schema';
import { Decimal, toIso, type Execution, type Trade } from './engine';

/**
 * Executions and trades as the database stores them: their COPY text lines (database.ts
 * copyLines), and stored executions back into the engine's.
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
] as const;

/**
 * COPY text lines (see copyLines) of executions. Each line is joined from an array, which gives
 * one flat string: `+` and template literals build ropes of dozens of small objects per line,
 * and at a million lines the garbage collector spent more time on them than the import did.
 */
export function* executionLines(
  tenantId: string,
  accountId: string,
  /** With their stored seq (groupBatch). */
  chunk: readonly Execution[],
  importId: string | null,
) {
  const cells: string[] = new Array<string>(EXECUTION_COLUMNS.length);
  cells[0] = tenantId;
  cells[1] = accountId;
  cells[16] = `${importId ?? NULL}\n`;
  for (const e of chunk) {
    cells[2] = copyText(e.id);
    cells[3] = toIso(e.executedAt, true);
    cells[4] = String(e.seq);
    cells[5] = copyText(e.symbol);
    cells[6] = e.assetClass;
    cells[7] = e.side;
    cells[8] = e.quantity.toString();
    cells[9] = e.price.toString();
    cells[10] = e.fees.toString();
    cells[11] = e.multiplier.toString();
    cells[12] = copyText(e.currency);
    cells[13] = e.realizedPnl?.toString() ?? NULL;
    cells[14] = e.unvaluedFee?.amount.toString() ?? NULL;
    cells[15] = e.unvaluedFee ? copyText(e.unvaluedFee.asset) : NULL;
    yield cells.join('\t');
  }
}

const NULL = '\\N';

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
>;

export function toExecution(r: ExecRow): Execution {
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

/**
 * A built trade as stored: its COPY line (TRADE_COLUMNS order, one flat string — see
 * executionLines) and what rebuilding needs of it. Written straight from the trade, legs JSON
 * included, without intermediate row objects: at 300k trades an import spent seconds there.
 */
export function tradeRecord(tenantId: string, accountId: string, t: Trade, id: string) {
  const legs = t.legs;
  const last = legs[legs.length - 1]!;
  const legJson: string[] = new Array<string>(legs.length);
  // JSON text holds no raw tab or newline; a backslash only where an execution id needs escaping.
  let backslash = false;
  for (let i = 0; i < legs.length; i++) {
    const l = legs[i]!;
    const idJson = JSON.stringify(l.executionId);
    if (idJson.length !== l.executionId.length + 2) backslash = true;
    // TradeLegJson: time, side and price stay on the execution.
    legJson[i] =
      `{"executionId":${idJson},"quantity":"${l.quantity.toString()}","fees":"${l.fees.toString()}",` +
      `"effect":"${l.effect}"${l.realizedPnl ? `,"realizedPnl":"${l.realizedPnl.toString()}"` : ''}}`;
  }
  const closed = t.status === 'closed';
  const line = [
    tenantId,
    id,
    accountId,
    copyText(t.symbol),
    t.assetClass,
    copyText(t.currency),
    t.multiplier.toString(),
    t.direction,
    t.status,
    toIso(t.openedAt, true),
    t.closedAt === null ? NULL : toIso(t.closedAt, true),
    t.quantity.toString(),
    t.entryValue.div(t.entryQuantity, 10).toString(),
    t.exitPrice === null ? NULL : t.exitValue.div(t.exitQuantity, 10).toString(),
    t.grossPnl?.toString() ?? NULL,
    t.fees.toString(),
    t.netPnl?.toString() ?? NULL,
    t.holdingSeconds === null ? NULL : String(t.holdingSeconds),
    t.pnlSource,
    copyText(legs[0]!.executionId),
    closed ? copyText(last.executionId) : NULL,
    toIso(last.executedAt, true),
    String(last.seq),
    backslash ? `${copyText(`[${legJson.join(',')}]`)}\n` : `[${legJson.join(',')}]\n`,
  ].join('\t');
  return {
    id,
    opened_at: new Date(t.openedAt),
    closed_at: t.closedAt === null ? null : new Date(t.closedAt),
    line,
  };
}
