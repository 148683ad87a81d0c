import { sql } from 'kysely';
import type { SystemDatabase, Tx } from '../../db/database';
import { Decimal, type Trade } from '../journal/engine';
import type { TradesChange } from '../journal/ingest';
import { defineJob, type JobQueue } from '../../jobs';
import {
  DAY_MS,
  breakevenBand,
  daySegments,
  equityOrder,
  foldSegments,
  segmentOf,
  utcDay,
  type Folded,
  type Segment,
  type SegmentTrade,
} from './segments';

/**
 * Summary segments (segments.ts) in the database, table trade_segments: one row per account,
 * currency and UTC day. Kept up to date whenever trades change (from the first affected day on)
 * by {@link keepSegments}, which the journal's ingest tells of every change in its transaction;
 * computed with the tenant's breakeven band, which is stored on the account
 * (accounts.segments_band): while it differs from the tenant's current band, or for summaries with
 * symbol/side/tag/setup filters or across several accounts (interleaved equity), analytics reads
 * the trades instead.
 */

interface SegmentRow {
  currency: string;
  day: string;
  data: string;
}

/** Stored form: the segment as JSON (decimals as strings). */
function encode(s: Segment): string {
  return JSON.stringify(s, (_k, v: unknown) => (v instanceof Decimal ? v.toString() : v));
}

const DECIMAL_FIELDS = [
  'net',
  'gross',
  'fees',
  'grossProfit',
  'grossLoss',
  'largestWin',
  'largestLoss',
  'holding',
  'maxPrefix',
  'minPrefix',
  'peakAtMin',
  'maxDd',
  'peakAtDd',
] as const;

function decode(json: unknown): Segment {
  const o = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
  for (const k of DECIMAL_FIELDS) if (o[k] !== null) o[k] = Decimal.from(o[k] as string);
  return o as unknown as Segment;
}

/**
 * Replaces the account's segments from `fromMs`'s UTC day on (all when null) with ones computed
 * from `trades` — the account's closed trades from that day on — and records the band used.
 */
export async function writeSegments(
  trx: Tx,
  tenantId: string,
  accountId: string,
  fromMs: number | null,
  trades: SegmentTrade[],
  band: Decimal,
): Promise<void> {
  await sql`delete from trade_segments where tenant_id = ${tenantId} and account_id = ${accountId}
    ${fromMs === null ? sql`` : sql`and day >= ${utcDay(fromMs)}::date`}`.execute(trx);
  const rows = daySegments(trades, band).map((d) => ({
    tenant_id: tenantId,
    account_id: accountId,
    currency: d.segment.currency,
    day: d.day,
    data: encode(d.segment),
  }));
  for (let i = 0; i < rows.length; i += 2000) {
    await trx
      .insertInto('trade_segments')
      .values(rows.slice(i, i + 2000))
      .execute();
  }
  await trx
    .updateTable('accounts')
    .set({ segments_band: band.toString() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', accountId)
    .execute();
}

/**
 * The ingest's subscriber (journal/ingest.ts): brings the account's segments up to date in the
 * ingest's own transaction — from the first changed day on; all of them when the ingest built the
 * account's trades whole, or when they were computed with another breakeven band (or never). The
 * account row is locked by the ingest, so its stored band is current.
 */
export async function keepSegments({ trx, account, changedFrom, built }: TradesChange): Promise<void> {
  const tenantId = account.tenant_id;
  const r = await trx
    .selectFrom('accounts as a')
    .innerJoin('tenants as t', 't.id', 'a.tenant_id')
    .select(['a.segments_band', 't.settings'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.id', '=', account.id)
    .executeTakeFirstOrThrow();
  const band = breakevenBand(r.settings);
  if (built) {
    await writeSegments(trx, tenantId, account.id, null, closedTrades(built), band);
    return;
  }
  const upToDate = r.segments_band !== null && Decimal.from(r.segments_band).eq(band);
  if (upToDate && changedFrom === null) return;
  const from = upToDate && changedFrom !== null ? Math.floor(changedFrom / DAY_MS) * DAY_MS : null;
  const trades = await readSegmentTrades(trx, tenantId, account.id, from);
  await writeSegments(trx, tenantId, account.id, from, trades, band);
}

/** The closed ones of trades built in memory, as segments read them. */
function closedTrades(built: ReadonlyArray<{ id: string; trade: Trade }>): SegmentTrade[] {
  const closed: SegmentTrade[] = [];
  for (const { id, trade: t } of built) {
    if (t.closedAt === null || t.netPnl === null) continue;
    closed.push({
      id,
      currency: t.currency,
      closedAt: t.closedAt,
      openedAt: t.openedAt,
      net: t.netPnl,
      gross: t.grossPnl ?? t.netPnl.add(t.fees),
      fees: t.fees,
      holding:
        t.holdingSeconds !== null
          ? Decimal.from(t.holdingSeconds)
          : Decimal.from((t.closedAt - t.openedAt) / 1000),
    });
  }
  return closed;
}

/** The account's closed trades closing at or after `fromMs` (all when null), for writeSegments. */
export async function readSegmentTrades(
  trx: Tx,
  tenantId: string,
  accountId: string,
  fromMs: number | null,
  toMs: number | null = null,
  /** When known: lets the equity-order index (account, currency, closed_at) seek to the range. */
  currencies: string[] | null = null,
): Promise<SegmentTrade[]> {
  const r = await sql<{
    id: string;
    currency: string;
    closed_at: Date;
    opened_at: Date;
    net_pnl: string;
    gross_pnl: string;
    fees: string;
    holding: string;
  }>`
    select id, currency, closed_at, opened_at, net_pnl, coalesce(gross_pnl, net_pnl + fees) as gross_pnl, fees,
           coalesce(holding_seconds, extract(epoch from closed_at - opened_at))::text as holding
    from trades
    where tenant_id = ${tenantId} and account_id = ${accountId} and status = 'closed'
      ${currencies === null ? sql`` : sql`and currency = any(${currencies}::text[])`}
      ${fromMs === null ? sql`` : sql`and closed_at >= ${new Date(fromMs)}`}
      ${toMs === null ? sql`` : sql`and closed_at < ${new Date(toMs)}`}`.execute(trx);
  return r.rows.map((t) => ({
    id: t.id,
    currency: t.currency,
    closedAt: t.closed_at.getTime(),
    openedAt: t.opened_at.getTime(),
    net: Decimal.from(t.net_pnl),
    gross: Decimal.from(t.gross_pnl),
    fees: Decimal.from(t.fees),
    holding: Decimal.from(t.holding),
  }));
}

/**
 * The account's closed trades in [fromMs, toMs) folded per currency from its segments: whole
 * UTC days from the stored segments, the partial days at either end from the trades. Null when
 * the stored segments were computed with another band than `band` (or never).
 */
export async function foldAccount(
  trx: Tx,
  tenantId: string,
  accountId: string,
  segmentsBand: string | null,
  band: Decimal,
  fromMs: number | null,
  toMs: number | null,
): Promise<Map<string, Folded> | null> {
  if (segmentsBand === null || !Decimal.from(segmentsBand).eq(band)) return null;
  const lo = fromMs ?? -Infinity;
  const hi = toMs ?? Infinity;
  const a = Number.isFinite(lo) && lo % DAY_MS !== 0 ? Math.ceil(lo / DAY_MS) * DAY_MS : lo;
  const b = Number.isFinite(hi) && hi % DAY_MS !== 0 ? Math.floor(hi / DAY_MS) * DAY_MS : hi;
  const perCurrency = new Map<string, Segment[]>();
  const add = (s: Segment) => {
    const list = perCurrency.get(s.currency);
    if (list) list.push(s);
    else perCurrency.set(s.currency, [s]);
  };
  // Segments exist for every currency the account has closed trades in (read once, only when a
  // window has partial days).
  let currencies: string[] | null = null;
  const edge = async (from: number, to: number) => {
    currencies ??= (
      await sql<{ currency: string }>`select distinct currency from trade_segments
        where tenant_id = ${tenantId} and account_id = ${accountId}`.execute(trx)
    ).rows.map((r) => r.currency);
    const trades = await readSegmentTrades(
      trx,
      tenantId,
      accountId,
      Number.isFinite(from) ? from : null,
      Number.isFinite(to) ? to : null,
      currencies,
    );
    const byCurrency = new Map<string, SegmentTrade[]>();
    for (const t of trades) {
      const list = byCurrency.get(t.currency);
      if (list) list.push(t);
      else byCurrency.set(t.currency, [t]);
    }
    for (const [c, list] of byCurrency) add(segmentOf(c, list.sort(equityOrder), band));
  };
  if (!(a < b)) {
    if (lo < hi) await edge(lo, hi);
  } else {
    if (lo < a) await edge(lo, a);
    const rows = await sql<SegmentRow>`
      select currency, to_char(day, 'YYYY-MM-DD') as day, data from trade_segments
      where tenant_id = ${tenantId} and account_id = ${accountId}
        ${Number.isFinite(a) ? sql`and day >= ${utcDay(a)}::date` : sql``}
        ${Number.isFinite(b) ? sql`and day < ${utcDay(b)}::date` : sql``}
      order by currency, day`.execute(trx);
    for (const r of rows.rows) add(decode(r.data));
    if (b < hi) await edge(b, hi);
  }
  return new Map([...perCurrency].map(([c, segs]) => [c, foldSegments(segs)]));
}

/**
 * Brings stale summary segments up to date: accounts whose segments were computed with another
 * breakeven band than their tenant's current one (the tenant changed it), or never (accounts from
 * before segments existed, new accounts). A few accounts per pass, each in its own tenant
 * transaction holding the account row (as the ingest does), so it never races an import. Returns
 * how many accounts it refreshed. Run by the segments job (below), queued at start and right
 * after a band change.
 */
export async function refreshStaleSegments(database: SystemDatabase, max = 5): Promise<number> {
  const stale = await database.withSystem((trx) =>
    sql<{ tenant_id: string; id: string }>`
      select a.tenant_id, a.id from accounts a join tenants t on t.id = a.tenant_id
      where a.segments_band is distinct from
        abs(coalesce(nullif(t.settings -> 'journal' ->> 'breakevenBand', '')::numeric, 0))
      order by a.tenant_id, a.id
      limit ${max}`.execute(trx),
  );
  for (const a of stale.rows) {
    await database.withTenant(a.tenant_id, async (trx) => {
      const row = await trx
        .selectFrom('accounts')
        .select('segments_band')
        .where('tenant_id', '=', a.tenant_id)
        .where('id', '=', a.id)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return;
      const t = await trx
        .selectFrom('tenants')
        .select('settings')
        .where('id', '=', a.tenant_id)
        .executeTakeFirstOrThrow();
      const band = breakevenBand(t.settings);
      if (row.segments_band !== null && Decimal.from(row.segments_band).eq(band)) return;
      await writeSegments(
        trx,
        a.tenant_id,
        a.id,
        null,
        await readSegmentTrades(trx, a.tenant_id, a.id, null),
        band,
      );
    });
  }
  return stale.rows.length;
}

/** The job kind of segment maintenance (a platform job: it finds stale accounts across tenants). */
export const SEGMENTS_JOB = 'journal.segments.refresh';

/**
 * refreshStaleSegments as a job, pass after pass until nothing is stale. Each account is brought
 * up to date in its own tenant transaction holding its row, so an attempt stopped or killed
 * mid-way leaves every account either as it was or done, and a retry carries on from there.
 */
export const segmentJobs = {
  [SEGMENTS_JOB]: defineJob<Record<string, never>>({
    concurrency: 1,
    retry: { attempts: 5, backoffSeconds: 10 },
    timeoutSeconds: 3600,
    async run(job, { database }) {
      // Bounded: a pass that could not fix an account must not spin; the next kick comes back.
      for (let pass = 0; pass < 200 && !job.signal.aborted; pass++) {
        if ((await refreshStaleSegments(database)) === 0) return;
      }
      job.signal.throwIfAborted();
    },
  }),
};

/**
 * Keeps summary segments up to date in the background: kick() queues the maintenance job (at
 * start, and when a tenant changed its breakeven band); one job waits at most, and any API
 * process runs it. idle() waits until it has run.
 */
export class SegmentMaintenance {
  readonly #queuing = new Set<Promise<unknown>>();
  /** Where a failed kick is reported (the API sets its logger). */
  onError: (err: unknown) => void = () => {};

  constructor(private readonly jobs: JobQueue) {}

  kick(): void {
    const queued: Promise<unknown> = this.jobs
      .enqueue({ kind: SEGMENTS_JOB, tenantId: null, key: 'stale' })
      .catch((err) => this.onError(err))
      .finally(() => this.#queuing.delete(queued));
    this.#queuing.add(queued);
  }

  /** Resolves when kicks have been queued (shutdown: before the database closes). */
  async settled(): Promise<void> {
    await Promise.all(this.#queuing);
  }

  /** Resolves when no maintenance job is queued or running, on any process (tests). */
  async idle(): Promise<void> {
    await this.settled();
    await this.jobs.idle(SEGMENTS_JOB);
  }
}
