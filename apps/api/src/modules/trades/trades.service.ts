import type { Static } from 'typebox';
import type { TenantPrincipal } from '../../auth/permissions';
import type { TenantDatabase } from '../../db/database';
import type { TradeLegJson } from '../../db/schema';
import { cursorText, invalidCursor } from '../../lib/cursor';
import { money, plain } from '../../lib/decimals';
import { isUuid } from '../../lib/ids';
import { notFound } from '../../lib/problems';
import { isDateTime } from '../../plugins/validation';
import { entryOf, toTrade } from './trades.mapper';
import { SORT_COLUMN, tradesRepository as repo, type SortField } from './trades.repository';
import type { ListTradesQuery } from './trades.schemas';

export { initialRiskOf, toTrade } from './trades.mapper';

/** What GET /v1/trades takes (the route schema's type). */
export type TradeFilters = Static<typeof ListTradesQuery>;

/**
 * Keyset cursors name their list and sort: `["trades", sort, last sort value, last id]`. Anything
 * else — garbage, another shape, another sort's or list's cursor, a value that is not an instant
 * (or a decimal, for netPnl) — is a 400 invalid-cursor problem before any query runs.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PLAIN_DECIMAL = /^-?\d{1,100}(\.\d{1,100})?$/;

function encodeKey(sort: string, value: string | null, id: string) {
  return Buffer.from(JSON.stringify(['trades', sort, value, id])).toString('base64url');
}
function decodeKey(cursor: string, sort: string, field: SortField): [string | null, string] {
  let v: unknown;
  try {
    v = JSON.parse(cursorText(cursor));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(v) || v.length !== 4 || v[0] !== 'trades' || v[1] !== sort) throw invalidCursor();
  const [, , value, id] = v as unknown[];
  if (typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  // Opening time is never null; the others are null for open trades.
  if (value === null && field !== 'openedAt') return [null, id];
  if (typeof value !== 'string') throw invalidCursor();
  const valid =
    field === 'netPnl'
      ? PLAIN_DECIMAL.test(value)
      : INSTANT.test(value) && isDateTime(value) && new Date(value).toISOString() === value;
  if (!valid) throw invalidCursor();
  return [value, id];
}

export class TradesService {
  constructor(private readonly database: TenantDatabase) {}

  list(p: TenantPrincipal, f: TradeFilters) {
    const limit = f.limit ?? 50;
    const sort = f.sort ?? '-openedAt';
    const desc = sort.startsWith('-');
    const field = (desc ? sort.slice(1) : sort) as SortField;
    const column = SORT_COLUMN[field];
    // Decoded before the transaction: a forged cursor is a 400 before any query runs.
    const after = f.cursor ? decodeKey(f.cursor, sort, field) : undefined;
    return this.database.withTenant(p.tenantId, async (trx) => {
      // Tags are stored trimmed (entries), so is the filter, as on GET /v1/journal-entries.
      const tag = f.tag?.trim() || undefined;
      const rows = await repo.page(trx, p, { ...f, tag, field, desc, after, limit });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const lastValue = last ? (last as Record<string, unknown>)[column.slice(2)] : null;
      return {
        data: page.map((r) => toTrade(r, entryOf(r))),
        nextCursor:
          rows.length > limit && last
            ? encodeKey(
                sort,
                lastValue instanceof Date ? lastValue.toISOString() : (lastValue as string | null),
                last.id,
              )
            : null,
      };
    });
  }

  async get(p: TenantPrincipal, tradeId: string) {
    const found = await this.database.withTenant(p.tenantId, async (trx) => {
      const row = await repo.byId(trx, p, tradeId);
      if (!row) return null;
      const legs = row.legs as unknown as TradeLegJson[];
      const executions = await repo.legExecutions(
        trx,
        p.tenantId,
        row.account_id,
        legs.map((l) => l.executionId),
      );
      return { row, legs, byId: new Map(executions.map((e) => [e.broker_execution_id, e])) };
    });
    if (!found) throw notFound('The trade');
    const { row, legs, byId } = found;
    return {
      ...toTrade(row, entryOf(row)),
      executions: legs.map((l) => {
        const e = byId.get(l.executionId);
        if (!e) throw new Error(`trade ${row.id}: execution ${l.executionId} is missing`);
        return {
          executionId: l.executionId,
          executedAt: e.executed_at.toISOString(),
          side: e.side,
          quantity: plain(l.quantity)!,
          price: plain(e.price)!,
          fees: money(l.fees)!,
          effect: l.effect,
          ...(e.note !== null ? { note: e.note } : {}),
        };
      }),
    };
  }
}
