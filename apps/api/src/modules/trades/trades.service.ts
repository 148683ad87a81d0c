import { sql, type Selectable } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import { visible } from '../../auth/access';
import type { TenantDatabase } from '../../db/database';
import type { JournalEntriesTable, TradeLegJson, TradesTable } from '../../db/schema';
import { moneyOrNull, plainOrNull, storedDecimal } from '../../lib/boundedDecimals';
import { cursorText, invalidCursor } from '../../lib/cursor';
import { money, plain } from '../../lib/decimals';
import { isUuid } from '../../lib/ids';
import { notFound } from '../../lib/problems';
import { isDateTime } from '../../plugins/validation';
import { Decimal } from '../journal/engine';
import type { TRADE_SORTS } from './trades.schemas';

type EntryBits = Pick<
  Selectable<JournalEntriesTable>,
  'id' | 'tags' | 'setup' | 'mistakes' | 'rating' | 'body' | 'initial_risk' | 'initial_stop'
>;

/**
 * initialRisk: the entry's amount, or |entryPrice − initialStop| × quantity × multiplier (journal.md).
 * Null when there is none, when it is 0, or when a stored value is not a plain decimal.
 */
export function initialRiskOf(
  t: Pick<Selectable<TradesTable>, 'entry_price' | 'quantity' | 'multiplier'>,
  e?: EntryBits | null,
): Decimal | null {
  if (!e) return null;
  if (e.initial_risk !== null) {
    const amount = storedDecimal(e.initial_risk);
    return amount && amount.sign() > 0 ? amount : null;
  }
  const stop = storedDecimal(e.initial_stop);
  const entry = storedDecimal(t.entry_price);
  const quantity = storedDecimal(t.quantity);
  const multiplier = storedDecimal(t.multiplier);
  if (!stop || !entry || !quantity || !multiplier) return null;
  const risk = entry.sub(stop).abs().mul(quantity).mul(multiplier);
  return risk.isZero() ? null : risk;
}

export function toTrade(t: Selectable<TradesTable>, e?: EntryBits | null) {
  const risk = initialRiskOf(t, e);
  // A value the contract cannot carry (a stop far beyond any price, a wide imported P&L) is
  // answered as null, and R with it, instead of failing every list that holds the trade.
  const initialRisk = risk ? moneyOrNull(risk.toString()) : null;
  const netPnl = moneyOrNull(t.net_pnl);
  return {
    id: t.id,
    accountId: t.account_id,
    symbol: t.symbol,
    assetClass: t.asset_class,
    currency: t.currency,
    multiplier: plain(t.multiplier)!,
    direction: t.direction,
    status: t.status,
    openedAt: t.opened_at.toISOString(),
    closedAt: t.closed_at?.toISOString() ?? null,
    quantity: plain(t.quantity)!,
    entryPrice: plain(t.entry_price)!,
    exitPrice: plainOrNull(t.exit_price),
    grossPnl: moneyOrNull(t.gross_pnl),
    fees: money(t.fees)!,
    netPnl,
    holdingSeconds: t.holding_seconds === null ? null : Number(t.holding_seconds),
    initialRisk,
    rMultiple:
      risk && initialRisk !== null && netPnl !== null
        ? Decimal.from(t.net_pnl!).div(risk, 6).toNumber()
        : null,
    pnlSource: t.pnl_source,
    journal: e
      ? {
          entryId: e.id,
          tags: e.tags,
          setup: e.setup,
          mistakes: e.mistakes,
          rating: e.rating,
          hasNotes: e.body.trim() !== '',
        }
      : null,
  };
}

/** The journal entry columns joined onto trades (see entryOf). */
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

const SORT_COLUMN = { openedAt: 't.opened_at', closedAt: 't.closed_at', netPnl: 't.net_pnl' } as const;

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
function decodeKey(cursor: string, sort: string, field: keyof typeof SORT_COLUMN): [string | null, string] {
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

export interface TradeFilters {
  accountId?: string;
  status?: 'open' | 'closed';
  symbol?: string;
  side?: 'long' | 'short';
  tag?: string;
  setup?: string;
  from?: string;
  to?: string;
  sort?: (typeof TRADE_SORTS)[number];
  cursor?: string;
  limit?: number;
}

export class TradesService {
  constructor(private readonly database: TenantDatabase) {}

  list(p: TenantPrincipal, f: TradeFilters) {
    const limit = f.limit ?? 50;
    const sort = f.sort ?? '-openedAt';
    const desc = sort.startsWith('-');
    const field = (desc ? sort.slice(1) : sort) as keyof typeof SORT_COLUMN;
    const column = SORT_COLUMN[field];
    return this.database.withTenant(p.tenantId, async (trx) => {
      let q = visible.trades(trx, p).selectAll('t').select(ENTRY_COLUMNS);
      if (f.accountId) q = q.where('t.account_id', '=', f.accountId);
      else q = q.where('a.archived_at', 'is', null);
      if (f.status) q = q.where('t.status', '=', f.status);
      if (f.symbol) q = q.where('t.symbol', '=', f.symbol.toUpperCase());
      if (f.side) q = q.where('t.direction', '=', f.side);
      // Tags are stored trimmed (entries.service), so is the filter, as on GET /v1/journal-entries.
      if (f.tag?.trim()) q = q.where(sql<boolean>`e.tags @> array[${f.tag.trim()}]::text[]`);
      if (f.setup) q = q.where('e.setup', '=', f.setup);
      if (f.from) q = q.where(sql<boolean>`coalesce(t.closed_at, t.opened_at) >= ${new Date(f.from)}`);
      if (f.to) q = q.where(sql<boolean>`coalesce(t.closed_at, t.opened_at) < ${new Date(f.to)}`);
      // Keyset pagination on (sort value, id); nulls (open trades' close, P&L) sort last.
      const sortExpr = sql.ref(column);
      if (f.cursor) {
        const [value, id] = decodeKey(f.cursor, sort, field);
        const cmp = desc ? sql`<` : sql`>`;
        if (value === null) q = q.where(sql<boolean>`(${sortExpr} is null and t.id ${cmp} ${id})`);
        else {
          const typed = field === 'netPnl' ? sql`${value}::numeric` : sql`${value}::timestamptz`;
          q = q.where(
            sql<boolean>`((${sortExpr}, t.id) ${cmp} (${typed}, ${id}::uuid) or ${sortExpr} is null)`,
          );
        }
      }
      const dir = desc ? sql`desc` : sql`asc`;
      // Opening time is never null: no `nulls last`, so the (opened_at, id) index can serve it.
      const nulls = field === 'openedAt' ? sql`` : sql`nulls last`;
      const rows = await q
        .orderBy(sql`${sortExpr} ${dir} ${nulls}`)
        .orderBy(sql`t.id ${dir}`)
        .limit(limit + 1)
        .execute();
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
      const row = await visible
        .trades(trx, p)
        .selectAll('t')
        .select(ENTRY_COLUMNS)
        .where('t.id', '=', tradeId)
        .executeTakeFirst();
      if (!row) return null;
      const legs = row.legs as unknown as TradeLegJson[];
      // Time, side and price of each leg are its execution's (by primary key).
      const executions = !legs.length
        ? []
        : await trx
            .selectFrom('executions')
            .select(['broker_execution_id', 'executed_at', 'side', 'price'])
            .where('tenant_id', '=', p.tenantId)
            .where('account_id', '=', row.account_id)
            .where(
              'broker_execution_id',
              'in',
              legs.map((l) => l.executionId),
            )
            .execute();
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
        };
      }),
    };
  }
}

function entryOf(r: {
  e_id: string | null;
  e_tags: string[] | null;
  e_setup: string | null;
  e_mistakes: string[] | null;
  e_rating: number | null;
  e_body: string | null;
  e_initial_risk: string | null;
  e_initial_stop: string | null;
}): EntryBits | null {
  if (!r.e_id) return null;
  return {
    id: r.e_id,
    tags: r.e_tags ?? [],
    setup: r.e_setup,
    mistakes: r.e_mistakes ?? [],
    rating: r.e_rating,
    body: r.e_body ?? '',
    initial_risk: r.e_initial_risk,
    initial_stop: r.e_initial_stop,
  };
}
