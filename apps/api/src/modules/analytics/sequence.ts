import { Decimal } from '../journal/engine';

export interface SequenceMetrics {
  maxDrawdown: Decimal;
  /** P_k where the deepest drawdown first happens (for maxDrawdownPercent). */
  peakAtMaxDrawdown: Decimal;
  maxConsecutiveWins: number;
  maxConsecutiveLosses: number;
}

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * journal.md's order-dependent metrics over net P&L values in equity order, in one pass, exactly:
 * E_k running sum, P_k = max(E_0..E_k) with E_0 = 0, drawdown P_k − E_k; runs of wins/losses
 * (|netPnl| ≤ band is a scratch, which ends both).
 *
 * `csv` is the values joined by commas, as PostgreSQL's string_agg gives them. Fast path: each
 * value is read digit by digit into an integer and its scale, all are brought to the largest
 * scale and summed as integers in doubles — exact while Σ|v| at that scale stays below 2^52
 * (checked). Otherwise the same pass runs on exact decimals.
 */
export function sequenceMetrics(csv: string, band: Decimal): SequenceMetrics {
  if (csv === '') return decimalPass([], band);
  const n = countCommas(csv) + 1;
  const ints = new Float64Array(n);
  const scales = new Uint8Array(n);
  let i = 0;
  let acc = 0;
  let neg = false;
  let dot = -1;
  let digits = 0;
  let maxScale = decimalsOf(band.toString());
  let safe = true;
  for (let c = 0; c <= csv.length; c++) {
    const ch = c < csv.length ? csv.charCodeAt(c) : 44;
    if (ch === 44) {
      const sc = dot < 0 ? 0 : digits - dot;
      ints[i] = neg ? -acc : acc;
      scales[i] = sc;
      if (sc > maxScale) maxScale = sc;
      if (digits > 15) safe = false;
      i++;
      acc = 0;
      neg = false;
      dot = -1;
      digits = 0;
    } else if (ch === 45) neg = true;
    else if (ch === 46) dot = digits;
    else {
      acc = acc * 10 + (ch - 48);
      digits++;
    }
  }
  if (safe && maxScale <= 15) {
    let magnitude = 0;
    for (let k = 0; k < n; k++) magnitude += Math.abs(ints[k]!) * POW10[maxScale - scales[k]!]!;
    if (magnitude < 2 ** 52) {
      for (let k = 0; k < n; k++) ints[k] = ints[k]! * POW10[maxScale - scales[k]!]!;
      return integerPass(ints, maxScale, band);
    }
  }
  return decimalPass(csv.split(','), band);
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  return n;
}

function decimalsOf(v: string): number {
  const dot = v.indexOf('.');
  return dot < 0 ? 0 : v.length - dot - 1;
}

function integerPass(values: Float64Array, scale: number, band: Decimal): SequenceMetrics {
  const b = Number(band.toFixed(scale).replace('.', ''));
  let equity = 0;
  let peak = 0;
  let maxDd = 0;
  let peakAt = 0;
  let wins = 0;
  let losses = 0;
  let maxWins = 0;
  let maxLosses = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    equity += v;
    if (equity > peak) peak = equity;
    if (peak - equity > maxDd) {
      maxDd = peak - equity;
      peakAt = peak;
    }
    if (v > b) {
      wins++;
      losses = 0;
      if (wins > maxWins) maxWins = wins;
    } else if (v < -b) {
      losses++;
      wins = 0;
      if (losses > maxLosses) maxLosses = losses;
    } else wins = losses = 0;
  }
  return {
    maxDrawdown: Decimal.of(maxDd, scale),
    peakAtMaxDrawdown: Decimal.of(peakAt, scale),
    maxConsecutiveWins: maxWins,
    maxConsecutiveLosses: maxLosses,
  };
}

function decimalPass(values: readonly string[], band: Decimal): SequenceMetrics {
  const nb = band.neg();
  let equity = Decimal.ZERO;
  let peak = Decimal.ZERO;
  let maxDd = Decimal.ZERO;
  let peakAt = Decimal.ZERO;
  let wins = 0;
  let losses = 0;
  let maxWins = 0;
  let maxLosses = 0;
  for (const s of values) {
    const v = Decimal.from(s);
    equity = equity.add(v);
    if (equity.cmp(peak) > 0) peak = equity;
    const dd = peak.sub(equity);
    if (dd.cmp(maxDd) > 0) {
      maxDd = dd;
      peakAt = peak;
    }
    if (v.cmp(band) > 0) {
      wins++;
      losses = 0;
      maxWins = Math.max(maxWins, wins);
    } else if (v.cmp(nb) < 0) {
      losses++;
      wins = 0;
      maxLosses = Math.max(maxLosses, losses);
    } else wins = losses = 0;
  }
  return {
    maxDrawdown: maxDd,
    peakAtMaxDrawdown: peakAt,
    maxConsecutiveWins: maxWins,
    maxConsecutiveLosses: maxLosses,
  };
}
