import { sql } from 'kysely';
import type { Database, Tx } from '../../db/database';
import { Decimal } from '../journal/engine';
import type { SequenceMetrics } from './sequence';

/**
 * Summary segments: an account's closed trades cut into UTC days (per currency), each folded
 * into a small mergeable summary — sums, counts, extremes, and what the order-dependent metrics
 * need (prefix extremes of the equity, the deepest drawdown inside, the runs at both ends). The
 * summary of a long journal then merges a few thousand segments instead of reading a million
 * trades; merging is exact (decimals) and gives the same drawdown, drawdown peak and streaks as
 * one pass over the trades (sequence.ts), ties included.
 *
 * Maintained by the ingest whenever trades change (from the first affected day on), computed with
 * the tenant's breakeven band, which is stored on the account (accounts.segments_band): while it
 * differs from the tenant's current band, or for summaries with symbol/side/tag/setup filters or
 * across several accounts (interleaved equity), analytics reads the trades instead.
 */

const DAY_MS = 86_400_000;

/** A closed trade as the summary sees it, in equity order (closedAt, openedAt, id). */
export interface SegmentTrade {
  currency: string;
  closedAt: number;
  openedAt: number;
  id: string;
  net: Decimal;
  /** grossPnl, or net + fees where the broker gave none. */
  gross: Decimal;
  fees: Decimal;
  /** holdingSeconds, or closedAt − openedAt. */
  holding: Decimal;
}

/** What segments and their merge both carry: counts, exact sums, extremes. */
interface Totals {
  count: number;
  winners: number;
  losers: number;
  scratches: number;
  net: Decimal;
  gross: Decimal;
  fees: Decimal;
  grossProfit: Decimal;
  grossLoss: Decimal;
  largestWin: Decimal | null;
  largestLoss: Decimal | null;
  holding: Decimal;
}

export interface Segment extends Totals {
  currency: string;
  // Equity inside the segment, from 0 at its start: E_1..E_n; M_j = max(0, E_1..E_j).
  /** max(0, E_1..E_n) */
  maxPrefix: Decimal;
  /** min(E_1..E_n), its first position (1-based) and M at that position */
  minPrefix: Decimal;
  minAt: number;
  peakAtMin: Decimal;
  /** max_j (M_j − E_j), its first position (0 when none is > 0) and M there */
  maxDd: Decimal;
  ddAt: number;
  peakAtDd: Decimal;
  /** Outcome (1 win, −1 loss, 0 scratch) and length of the run at each end; the longest runs. */
  leadOutcome: number;
  leadRun: number;
  trailOutcome: number;
  trailRun: number;
  maxWins: number;
  maxLosses: number;
}

export function equityOrder(a: SegmentTrade, b: SegmentTrade): number {
  return a.closedAt - b.closedAt || a.openedAt - b.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One segment from trades of one currency, in equity order. */
export function segmentOf(currency: string, trades: readonly SegmentTrade[], band: Decimal): Segment {
  const nb = band.neg();
  let net = Decimal.ZERO;
  let gross = Decimal.ZERO;
  let fees = Decimal.ZERO;
  let gp = Decimal.ZERO;
  let gl = Decimal.ZERO;
  let holding = Decimal.ZERO;
  let largestWin: Decimal | null = null;
  let largestLoss: Decimal | null = null;
  let winners = 0;
  let losers = 0;
  let peak = Decimal.ZERO;
  let min: Decimal | null = null;
  let minAt = 0;
  let peakAtMin = Decimal.ZERO;
  let maxDd = Decimal.ZERO;
  let ddAt = 0;
  let peakAtDd = Decimal.ZERO;
  let leadOutcome = 0;
  let leadRun = 0;
  let leadOpen = true;
  let run = 0;
  let runOutcome = 0;
  let maxWins = 0;
  let maxLosses = 0;
  trades.forEach((t, i) => {
    const v = t.net;
    net = net.add(v);
    gross = gross.add(t.gross);
    fees = fees.add(t.fees);
    holding = holding.add(t.holding);
    if (net.cmp(peak) > 0) peak = net;
    if (min === null || net.cmp(min) < 0) {
      min = net;
      minAt = i + 1;
      peakAtMin = peak;
    }
    const dd = peak.sub(net);
    if (dd.cmp(maxDd) > 0) {
      maxDd = dd;
      ddAt = i + 1;
      peakAtDd = peak;
    }
    const outcome = v.cmp(band) > 0 ? 1 : v.cmp(nb) < 0 ? -1 : 0;
    if (outcome > 0) {
      winners++;
      gp = gp.add(v);
      if (largestWin === null || v.cmp(largestWin) > 0) largestWin = v;
    } else if (outcome < 0) {
      losers++;
      gl = gl.add(v);
      if (largestLoss === null || v.cmp(largestLoss) < 0) largestLoss = v;
    }
    run = outcome !== 0 && outcome === runOutcome ? run + 1 : 1;
    runOutcome = outcome;
    if (outcome > 0) maxWins = Math.max(maxWins, run);
    if (outcome < 0) maxLosses = Math.max(maxLosses, run);
    if (i === 0) leadOutcome = outcome;
    if (leadOpen && outcome === leadOutcome && (outcome !== 0 || i === 0)) leadRun = i + 1;
    else leadOpen = false;
  });
  return {
    currency,
    count: trades.length,
    winners,
    losers,
    scratches: trades.length - winners - losers,
    net,
    gross,
    fees,
    grossProfit: gp,
    grossLoss: gl,
    largestWin,
    largestLoss,
    holding,
    maxPrefix: peak,
    minPrefix: min ?? Decimal.ZERO,
    minAt,
    peakAtMin,
    maxDd,
    ddAt,
    peakAtDd,
    leadOutcome,
    leadRun,
    trailOutcome: runOutcome,
    trailRun: trades.length ? run : 0,
    maxWins,
    maxLosses,
  };
}

export interface Folded extends Totals {
  sequence: SequenceMetrics;
}

/**
 * Segments of one currency, in order, merged: what one pass over all their trades gives. The
 * drawdown at a position j of a segment starting at equity E under the peak P so far is
 * max(P, E + M_j) − (E + E_j) = max(P − E − E_j, M_j − E_j): its maximum over the segment is
 * max(P − E − minPrefix, maxDd), first reached at minAt or ddAt, whichever comes first.
 */
export function foldSegments(segments: readonly Segment[]): Folded {
  const f: Folded = {
    count: 0,
    winners: 0,
    losers: 0,
    scratches: 0,
    net: Decimal.ZERO,
    gross: Decimal.ZERO,
    fees: Decimal.ZERO,
    grossProfit: Decimal.ZERO,
    grossLoss: Decimal.ZERO,
    largestWin: null,
    largestLoss: null,
    holding: Decimal.ZERO,
    sequence: {
      maxDrawdown: Decimal.ZERO,
      peakAtMaxDrawdown: Decimal.ZERO,
      maxConsecutiveWins: 0,
      maxConsecutiveLosses: 0,
    },
  };
  let equity = Decimal.ZERO;
  let peak = Decimal.ZERO;
  let runOutcome = 0;
  let run = 0;
  const q = f.sequence;
  for (const s of segments) {
    if (s.count === 0) continue;
    f.count += s.count;
    f.winners += s.winners;
    f.losers += s.losers;
    f.scratches += s.scratches;
    f.gross = f.gross.add(s.gross);
    f.fees = f.fees.add(s.fees);
    f.grossProfit = f.grossProfit.add(s.grossProfit);
    f.grossLoss = f.grossLoss.add(s.grossLoss);
    f.holding = f.holding.add(s.holding);
    if (s.largestWin && (!f.largestWin || s.largestWin.cmp(f.largestWin) > 0)) f.largestWin = s.largestWin;
    if (s.largestLoss && (!f.largestLoss || s.largestLoss.cmp(f.largestLoss) < 0))
      f.largestLoss = s.largestLoss;

    // Drawdown: the deepest point of this segment, first reached where?
    const cross = peak.sub(equity).sub(s.minPrefix);
    const c = cross.cmp(s.maxDd);
    let deepest: Decimal;
    let at: Decimal;
    if (c > 0 || (c === 0 && s.minAt < s.ddAt)) {
      deepest = cross;
      const local = equity.add(s.peakAtMin);
      at = local.cmp(peak) > 0 ? local : peak;
    } else {
      deepest = s.maxDd;
      const local = equity.add(s.peakAtDd);
      at = local.cmp(peak) > 0 ? local : peak;
    }
    if (deepest.cmp(q.maxDrawdown) > 0) {
      q.maxDrawdown = deepest;
      q.peakAtMaxDrawdown = at;
    }
    const top = equity.add(s.maxPrefix);
    if (top.cmp(peak) > 0) peak = top;
    equity = equity.add(s.net);

    // Runs: the run left open joins this segment's leading run when the outcomes match.
    if (runOutcome !== 0 && s.leadOutcome === runOutcome) {
      const joined = run + s.leadRun;
      if (runOutcome > 0) q.maxConsecutiveWins = Math.max(q.maxConsecutiveWins, joined);
      else q.maxConsecutiveLosses = Math.max(q.maxConsecutiveLosses, joined);
      run = s.leadRun === s.count ? joined : s.trailRun;
    } else run = s.trailRun;
    runOutcome = s.trailOutcome;
    q.maxConsecutiveWins = Math.max(q.maxConsecutiveWins, s.maxWins);
    q.maxConsecutiveLosses = Math.max(q.maxConsecutiveLosses, s.maxLosses);
  }
  f.net = equity;
  return f;
}

/** UTC day (YYYY-MM-DD) of an instant. */
export const utcDay = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

/** Trades (any order) → per currency and UTC day of closing, segments in order. */
export function daySegments(trades: SegmentTrade[], band: Decimal): Array<{ day: string; segment: Segment }> {
  trades.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : equityOrder(a, b)));
  const out: Array<{ day: string; segment: Segment }> = [];
  let i = 0;
  while (i < trades.length) {
    const first = trades[i]!;
    const dayStart = Math.floor(first.closedAt / DAY_MS) * DAY_MS;
    let j = i + 1;
    while (
      j < trades.length &&
      trades[j]!.currency === first.currency &&
      trades[j]!.closedAt < dayStart + DAY_MS
    )
      j++;
    out.push({ day: utcDay(dayStart), segment: segmentOf(first.currency, trades.slice(i, j), band) });
    i = j;
  }
  return out;
}

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
  // Segments exist for every currency the account has closed trades in.
  const currencies = (
    await sql<{ currency: string }>`select distinct currency from trade_segments
      where tenant_id = ${tenantId} and account_id = ${accountId}`.execute(trx)
  ).rows.map((r) => r.currency);
  const edge = async (from: number, to: number) => {
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

/** The tenant's breakeven band (settings.journal.breakevenBand, default 0): |netPnl| ≤ band is a scratch. */
export function breakevenBand(settings: unknown): Decimal {
  const j = ((settings as { journal?: { breakevenBand?: string } } | null)?.journal ?? {}).breakevenBand;
  return Decimal.from(j ?? '0').abs();
}

/**
 * Brings stale summary segments up to date: accounts whose segments were computed with another
 * breakeven band than their tenant's current one (the tenant changed it), or never (accounts from
 * before segments existed, new accounts). A few accounts per pass, each in its own tenant
 * transaction holding the account row (as the ingest does), so it never races an import. Returns
 * how many accounts it refreshed. Run by the API on a timer and right after a band change.
 */
export async function refreshStaleSegments(database: Database, max = 5): Promise<number> {
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

/**
 * Runs refreshStaleSegments in the background, one pass at a time, until nothing is stale: on a
 * timer, and when kicked (a tenant changed its breakeven band). close() waits for the pass running.
 */
export class SegmentMaintenance {
  #running: Promise<void> | null = null;
  #again = false;
  /** Where a failed pass is reported (the API sets its logger). */
  onError: (err: unknown) => void = () => {};

  constructor(private readonly database: Database) {}

  kick(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          // Bounded: a pass that could not fix an account must not spin; the timer comes back.
          for (let pass = 0; pass < 200 && (await refreshStaleSegments(this.database)) > 0; pass++);
        } while (this.#again);
      } catch (err) {
        this.onError(err);
      } finally {
        this.#running = null;
      }
    })();
  }

  /** Resolves when no pass is running (tests; shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }
}
