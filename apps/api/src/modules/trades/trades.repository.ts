import { sql } from 'kysely';
import { visible } from '../../auth/access';
import type { TenantPrincipal } from '../../auth/permissions';
import type { Tx } from '../../db/database';
import type { TRADE_SORTS } from './trades.schemas';

/** The journal entry columns joined onto trades (see trades.mapper's entryOf). */
const ENTRY_COLUMNS = [
  'e.id as e_id',
  'e.tags as e_tags',
  'e.setup as e_setup',
  'e.mistakes as e_mistakes',
  'e.rating as e_rating',
  'e.body as e_body',
  'e.initial_risk as e_initial_risk',
  'e.initial_stop as e_initial_stop',
] as const;

export const SORT_COLUMN = { openedAt: 't.opened_at', closedAt: 't.closed_at', netPnl: 't.net_pnl' } as const;

export type TradeSort = (typeof TRADE_SORTS)[number];
export type SortField = keyof typeof SORT_COLUMN;

export interface TradeQuery {
  accountId?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  symbol?: string | undefined;
  side?: 'long' | 'short' | undefined;
  /** Trimmed, non-blank. */
  tag?: string | undefined;
  setup?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  field: SortField;
  desc: boolean;
  /** The last row of the previous page: its sort value (null for open trades' close, P&L) and id. */
  after?: [string | null, string] | undefined;
  limit: number;
}

/**
 * SQL for trades. Every call runs inside a tenant transaction (RLS); which trades a caller
 * reaches is auth/access.ts's rule.
 */
export const tradesRepository = {
  /** One page of the caller's trades with their entries, one row more than `limit`. */
  page(trx: Tx, p: TenantPrincipal, f: TradeQuery) {
    const column = SORT_COLUMN[f.field];
    let q = visible.trades(trx, p).selectAll('t').select(ENTRY_COLUMNS);
    if (f.accountId) q = q.where('t.account_id', '=', f.accountId);
    else q = q.where('a.archived_at', 'is', null);
    if (f.status) q = q.where('t.status', '=', f.status);
    if (f.symbol) q = q.where('t.symbol', '=', f.symbol.toUpperCase());
    if (f.side) q = q.where('t.direction', '=', f.side);
    if (f.tag) q = q.where(sql<boolean>`e.tags @> array[${f.tag}]::text[]`);
    if (f.setup) q = q.where('e.setup', '=', f.setup);
    if (f.from) q = q.where(sql<boolean>`coalesce(t.closed_at, t.opened_at) >= ${new Date(f.from)}`);
    if (f.to) q = q.where(sql<boolean>`coalesce(t.closed_at, t.opened_at) < ${new Date(f.to)}`);
    // Keyset pagination on (sort value, id); nulls (open trades' close, P&L) sort last.
    const sortExpr = sql.ref(column);
    if (f.after) {
      const [value, id] = f.after;
      const cmp = f.desc ? sql`<` : sql`>`;
      if (value === null) q = q.where(sql<boolean>`(${sortExpr} is null and t.id ${cmp} ${id})`);
      else {
        const typed = f.field === 'netPnl' ? sql`${value}::numeric` : sql`${value}::timestamptz`;
        q = q.where(
          sql<boolean>`((${sortExpr}, t.id) ${cmp} (${typed}, ${id}::uuid) or ${sortExpr} is null)`,
        );
      }
    }
    const dir = f.desc ? sql`desc` : sql`asc`;
    // Opening time is never null: no `nulls last`, so the (opened_at, id) index can serve it.
    const nulls = f.field === 'openedAt' ? sql`` : sql`nulls last`;
    return q
      .orderBy(sql`${sortExpr} ${dir} ${nulls}`)
      .orderBy(sql`t.id ${dir}`)
      .limit(f.limit + 1)
      .execute();
  },

  /** One trade the caller may see, with its entry. */
  byId: (trx: Tx, p: TenantPrincipal, tradeId: string) =>
    visible
      .trades(trx, p)
      .selectAll('t')
      .select(ENTRY_COLUMNS)
      .where('t.id', '=', tradeId)
      .executeTakeFirst(),

  /** Time, side, price and note of a trade's legs: their executions, by primary key. */
  legExecutions: (trx: Tx, tenantId: string, accountId: string, executionIds: string[]) =>
    executionIds.length === 0
      ? Promise.resolve([])
      : trx
          .selectFrom('executions')
          .select(['broker_execution_id', 'executed_at', 'side', 'price', 'note'])
          .where('tenant_id', '=', tenantId)
          .where('account_id', '=', accountId)
          .where('broker_execution_id', 'in', executionIds)
          .execute(),
};
