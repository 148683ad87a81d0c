import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { sql } from 'kysely';
import { BinaryRows } from '../../db/copyBinary';
import type { TenantDatabase, Tx } from '../../db/database';
import type { Execution } from './engine';
import { EXECUTION_COLUMNS, TRADE_COLUMNS, writeExecutions, type RowOwner } from './storedRows';

/**
 * The ingest's way into the tables: rows COPY'd into transaction-local staging tables
 * (`jk_staging_*`, binary COPY — database.copyRows), then inserted from there under row-level
 * security like any statement.
 */

/** How the executions are cut for the staging COPY. Tests shrink them to cross every boundary. */
export const stagingChunks = {
  /** Executions per COPY into the staging table (a progress report after each). */
  rows: 50_000,
  /** Executions written between two pauses while the previous chunk's COPY is sent. */
  slice: 5_000,
};

/**
 * COPY executions (with their stored seq) into a fresh `jk_staging_executions`, in the order
 * given. Chunk by chunk, each one COPY; the next chunk is written while the database reads the
 * one before (with pauses, so the driver keeps sending). Two buffers take turns — a chunk's is
 * free again once its COPY is done: ~200 MB of fresh buffers would cost a full garbage
 * collection per 64 MB (BinaryRows).
 */
export async function stageExecutions(
  database: TenantDatabase,
  trx: Tx,
  owner: RowOwner,
  ordered: readonly Execution[],
  onProgress?: (done: number) => Promise<void> | void,
): Promise<void> {
  await sql`create temp table if not exists jk_staging_executions (like executions including defaults) on commit drop`.execute(
    trx,
  );
  await sql`truncate jk_staging_executions`.execute(trx);
  const { rows: CHUNK, slice: SLICE } = stagingChunks;
  // ~190–210 bytes a row (ids, symbols and decimals vary): 256 keeps a chunk in one buffer.
  const size = Math.min(ordered.length, CHUNK) * 256 + 64;
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let sending: Promise<void> | null = null;
  try {
    for (let i = 0, k = 0; i < ordered.length; i += CHUNK, k++) {
      const end = Math.min(i + CHUNK, ordered.length);
      const w = new BinaryRows(EXECUTION_COLUMNS.length, buffers[k % 2]);
      for (let j = i; j < end; j += SLICE) {
        writeExecutions(w, owner, ordered, j, Math.min(j + SLICE, end));
        if (sending) await yieldToLoop();
      }
      const data = w.finish();
      await sending;
      if (i > 0) await onProgress?.(i);
      sending = database.copyRows(trx, 'jk_staging_executions', EXECUTION_COLUMNS, data);
      // Its failure surfaces at the next `await sending` (no unhandled rejection meanwhile).
      sending.catch(() => {});
    }
  } finally {
    await sending;
  }
  await onProgress?.(ordered.length);
}

/** Every staged execution into executions (nothing there can conflict: see the bulk path). */
export function insertStagedExecutions(trx: Tx): Promise<unknown> {
  return sql`insert into executions (${sql.raw(EXECUTION_COLUMNS.join(', '))})
    select ${sql.raw(EXECUTION_COLUMNS.join(', '))} from jk_staging_executions`.execute(trx);
}

/** Trades written by storedRows.writeTrade (a finished BinaryRows) into trades, through staging. */
export async function insertTrades(
  database: TenantDatabase,
  trx: Tx,
  payload: readonly Buffer[],
): Promise<void> {
  await sql`create temp table if not exists jk_staging_trades (like trades including defaults) on commit drop`.execute(
    trx,
  );
  await sql`truncate jk_staging_trades`.execute(trx);
  await database.copyRows(trx, 'jk_staging_trades', TRADE_COLUMNS, payload);
  await sql`insert into trades (${sql.raw(TRADE_COLUMNS.join(', '))})
    select ${sql.raw(TRADE_COLUMNS.join(', '))} from jk_staging_trades`.execute(trx);
}
