import { sql, type RawBuilder } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';

export interface AnalyticsFilters {
  accountId?: string;
  from?: string;
  to?: string;
  symbol?: string;
  side?: 'long' | 'short';
  tag?: string;
  setup?: string;
}

export interface MetricSettings {
  /** |netPnl| ≤ band is a scratch. */
  breakevenBand: string;
  /** IANA zone for days, weekdays and hours; null: each account's own. */
  dayTimezone: string | null;
}

/**
 * The trades analytics read, as a SQL fragment: the caller's visible trades (end users: their own
 * accounts; archived accounts only when named), the filters, with the journal fields joined.
 * `closedOnly` applies journal.md's window on closedAt.
 */
export function baseTrades(
  p: TenantPrincipal,
  f: AnalyticsFilters,
  s: MetricSettings,
  closedOnly = true,
): RawBuilder<unknown> {
  const conds: RawBuilder<unknown>[] = [sql`t.tenant_id = ${p.tenantId}`];
  if (p.kind === 'user') conds.push(sql`a.user_id = ${p.userId}`);
  if (f.accountId) conds.push(sql`t.account_id = ${f.accountId}`);
  else conds.push(sql`a.archived_at is null`);
  if (closedOnly) {
    conds.push(sql`t.status = 'closed'`);
    if (f.from) conds.push(sql`t.closed_at >= ${new Date(f.from)}`);
    if (f.to) conds.push(sql`t.closed_at < ${new Date(f.to)}`);
  } else conds.push(sql`t.status = 'open'`);
  if (f.symbol) conds.push(sql`t.symbol = ${f.symbol.toUpperCase()}`);
  if (f.side) conds.push(sql`t.direction = ${f.side}`);
  if (f.tag) conds.push(sql`e.tags @> array[${f.tag}]::text[]`);
  if (f.setup) conds.push(sql`e.setup = ${f.setup}`);
  const tz = s.dayTimezone === null ? sql`a.timezone` : sql`${s.dayTimezone}::text`;
  return sql`
    select t.id, t.account_id, t.symbol, t.direction, t.currency, t.opened_at, t.closed_at,
           t.net_pnl, coalesce(t.gross_pnl, t.net_pnl + t.fees) as gross_pnl, t.fees,
           coalesce(t.holding_seconds::numeric, extract(epoch from t.closed_at - t.opened_at)) as holding,
           ${tz} as tz, a.starting_balance, a.currency as account_currency,
           coalesce(e.tags, '{}') as tags, e.setup, coalesce(e.mistakes, '{}') as mistakes,
           case
             when e.initial_risk is not null then t.net_pnl / e.initial_risk
             when e.initial_stop is not null and abs(t.entry_price - e.initial_stop) * t.quantity * t.multiplier > 0
               then t.net_pnl / (abs(t.entry_price - e.initial_stop) * t.quantity * t.multiplier)
           end as r,
           case when t.net_pnl > ${s.breakevenBand}::numeric then 1
                when t.net_pnl < -${s.breakevenBand}::numeric then -1 else 0 end as outcome
    from trades t
    join accounts a on a.tenant_id = t.tenant_id and a.id = t.account_id
    left join journal_entries e on e.tenant_id = t.tenant_id and e.trade_id = t.id
    where ${sql.join(conds, sql` and `)}`;
}

/** Exact sums and counts per currency and bucket key (strings: numeric stays exact). */
export const aggregateColumns = sql`
  count(*)::int as trade_count,
  count(*) filter (where outcome > 0)::int as winners,
  count(*) filter (where outcome < 0)::int as losers,
  count(*) filter (where outcome = 0)::int as scratches,
  coalesce(sum(net_pnl), 0)::text as net_pnl,
  coalesce(sum(gross_pnl), 0)::text as gross_pnl,
  coalesce(sum(fees), 0)::text as fees,
  coalesce(sum(net_pnl) filter (where outcome > 0), 0)::text as gross_profit,
  coalesce(sum(net_pnl) filter (where outcome < 0), 0)::text as gross_loss,
  (max(net_pnl) filter (where outcome > 0))::text as largest_win,
  (min(net_pnl) filter (where outcome < 0))::text as largest_loss`;

export interface AggregateRow {
  trade_count: number;
  winners: number;
  losers: number;
  scratches: number;
  net_pnl: string;
  gross_pnl: string;
  fees: string;
  gross_profit: string;
  gross_loss: string;
  largest_win: string | null;
  largest_loss: string | null;
}

/** Equity order (closedAt, openedAt, id): cumulative P&L, running peak (from E_0 = 0), run ids. */
export function equitySql(base: RawBuilder<unknown>) {
  return sql`
    with b as (${base}),
    e as (
      select b.*, row_number() over w as k, sum(net_pnl) over w as equity
      from b window w as (partition by currency order by closed_at, opened_at, id rows unbounded preceding)
    ),
    p as (
      select e.*, greatest(0, max(equity) over (partition by currency order by k rows unbounded preceding)) as peak,
             k - row_number() over (partition by currency, outcome order by k) as run
      from e
    )`;
}
