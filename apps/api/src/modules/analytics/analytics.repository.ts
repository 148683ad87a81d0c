import { sql, type RawBuilder } from 'kysely';
import { visible, visibleSql } from '../../auth/access';
import type { TenantPrincipal } from '../../auth/permissions';
import type { Tx } from '../../db/database';

/*
 * The analytics queries: SQL builders the service composes (summary, equity, daily, breakdown),
 * over exactly the trades the caller may see (auth/access.ts).
 */

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
/** journal.md's window on closedAt. */
function windowConditions(f: AnalyticsFilters): RawBuilder<unknown>[] {
  const conds: RawBuilder<unknown>[] = [];
  if (f.from) conds.push(sql`t.closed_at >= ${new Date(f.from)}`);
  if (f.to) conds.push(sql`t.closed_at < ${new Date(f.to)}`);
  return conds;
}

/** The symbol, side, tag and setup filters (tag and setup need the journal join as `e`). */
function filterConditions(f: AnalyticsFilters): RawBuilder<unknown>[] {
  const conds: RawBuilder<unknown>[] = [];
  if (f.symbol) conds.push(sql`t.symbol = ${f.symbol.toUpperCase()}`);
  if (f.side) conds.push(sql`t.direction = ${f.side}`);
  if (f.tag) conds.push(sql`e.tags @> array[${f.tag}]::text[]`);
  if (f.setup) conds.push(sql`e.setup = ${f.setup}`);
  return conds;
}

export function baseTrades(
  p: TenantPrincipal,
  f: AnalyticsFilters,
  s: MetricSettings,
  closedOnly = true,
): RawBuilder<unknown> {
  const conds: RawBuilder<unknown>[] = [sql`t.tenant_id = ${p.tenantId}`, visibleSql.accounts(p, 'a')];
  if (f.accountId) conds.push(sql`t.account_id = ${f.accountId}`);
  else conds.push(sql`a.archived_at is null`);
  if (closedOnly) {
    conds.push(sql`t.status = 'closed'`, ...windowConditions(f));
  } else conds.push(sql`t.status = 'open'`);
  conds.push(...filterConditions(f));
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

/**
 * Equity order (closedAt, openedAt, id) per currency, in ONE sort: every window below shares it.
 * k: position; equity: cumulative net P&L E_k; peak: P_k = max(E_0..E_k) with E_0 = 0;
 * streak: length of the run of equal outcomes ending at k (a scratch is a run of its own).
 */
export function equitySql(base: RawBuilder<unknown>) {
  return sql`
    with b as (${base}),
    e as (
      select b.*, row_number() over w as k, sum(net_pnl) over w as equity,
             lag(outcome) over w is distinct from outcome as run_start
      from b window w as (partition by currency order by closed_at, opened_at, id rows unbounded preceding)
    ),
    p as (
      select e.*, greatest(0, max(equity) over w) as peak,
             k - max(case when run_start then k end) over w + 1 as streak
      from e window w as (partition by currency order by closed_at, opened_at, id rows unbounded preceding)
    )`;
}

/** The accounts an analytics query covers: the caller's (end users) or the tenant's, one or all active. */
export async function visibleAccounts(trx: Tx, p: TenantPrincipal, f: AnalyticsFilters) {
  let q = visible
    .accounts(trx, p)
    .select(['id', 'currency', 'timezone', 'starting_balance', 'segments_band']);
  q = f.accountId ? q.where('id', '=', f.accountId) : q.where('archived_at', 'is', null);
  return q.orderBy('id').execute();
}

function tradeConditions(
  p: TenantPrincipal,
  f: AnalyticsFilters,
  accountIds: string[],
): RawBuilder<unknown>[] {
  const conds: RawBuilder<unknown>[] = [
    sql`t.tenant_id = ${p.tenantId}`,
    accountIds.length === 1
      ? sql`t.account_id = ${accountIds[0]}`
      : sql`t.account_id = any(${accountIds}::uuid[])`,
    sql`t.status = 'closed'`,
  ];
  conds.push(...windowConditions(f), ...filterConditions(f));
  return conds;
}

/**
 * Closed trades of the given accounts, only the columns the summary sums. No join unless a
 * journal filter needs one, so for one account the equity-order index feeds it without a sort.
 */
export function closedTradesSql(
  p: TenantPrincipal,
  f: AnalyticsFilters,
  s: MetricSettings,
  accountIds: string[],
) {
  const journal = f.tag || f.setup;
  return sql`
    select t.currency, t.net_pnl, coalesce(t.gross_pnl, t.net_pnl + t.fees) as gross_pnl, t.fees,
           coalesce(t.holding_seconds, extract(epoch from t.closed_at - t.opened_at)) as holding,
           case when t.net_pnl > ${s.breakevenBand}::numeric then 1
                when t.net_pnl < -${s.breakevenBand}::numeric then -1 else 0 end as outcome
    from trades t ${journal ? sql`join journal_entries e on e.tenant_id = t.tenant_id and e.trade_id = t.id` : sql``}
    where ${sql.join(tradeConditions(p, f, accountIds), sql` and `)}`;
}

/** R multiples of the selected trades that have a risk (journal.md: from initialRisk or initialStop). */
export function rMultiplesSql(p: TenantPrincipal, f: AnalyticsFilters, accountIds: string[]) {
  return sql`
    select t.currency,
           case when e.initial_risk is not null then t.net_pnl / e.initial_risk
                else t.net_pnl / nullif(abs(t.entry_price - e.initial_stop) * t.quantity * t.multiplier, 0) end as r
    from trades t join journal_entries e on e.tenant_id = t.tenant_id and e.trade_id = t.id
    where ${sql.join(tradeConditions(p, f, accountIds), sql` and `)}
      and (e.initial_risk is not null or e.initial_stop is not null)`;
}
