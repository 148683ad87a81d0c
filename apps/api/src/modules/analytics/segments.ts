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
 * This file is the arithmetic; segmentStore.ts keeps them in the database.
 */

export const DAY_MS = 86_400_000;

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

/** The tenant's breakeven band (settings.journal.breakevenBand, default 0): |netPnl| ≤ band is a scratch. */
export function breakevenBand(settings: unknown): Decimal {
  const j = ((settings as { journal?: { breakevenBand?: string } } | null)?.journal ?? {}).breakevenBand;
  return Decimal.from(j ?? '0').abs();
}
