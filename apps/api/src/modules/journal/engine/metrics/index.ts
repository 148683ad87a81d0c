import { Decimal } from '../decimal';
import { getZone } from '../time';
import { breakdown, daily } from './breakdowns';
import { applyFilters, closedInWindow, toDecimal } from './select';
import { summarize } from './summary';
import {
  BREAKDOWNS,
  type BreakdownBy,
  type Bucket,
  type JournalMetrics,
  type MetricsOptions,
  type MetricsTrade,
} from './types';

/**
 * Every journal.md metric over the trades of ONE currency. Open trades only count in
 * openTradeCount (filters apply to them, the window does not). Throws on several currencies
 * (use computeMetricsByCurrency) or an unknown timezone: both are caller bugs.
 */
export function computeMetrics(
  trades: readonly MetricsTrade[],
  options: MetricsOptions = {},
): JournalMetrics {
  const currencies = new Set(trades.map((t) => t.currency));
  if (currencies.size > 1) {
    throw new TypeError(`computeMetrics: trades in several currencies (${[...currencies].join(', ')})`);
  }
  const tz = options.timezone ?? 'UTC';
  const zone = getZone(tz);
  if (zone === null) throw new RangeError(`computeMetrics: unknown timezone "${tz}"`);
  const band = (toDecimal(options.breakevenBand) ?? Decimal.ZERO).abs();
  const filtered = applyFilters(trades, options);
  const openTradeCount = filtered.filter((t) => t.status === 'open').length;
  const closed = closedInWindow(filtered, options);
  const { summary, equity } = summarize(closed, openTradeCount, band, toDecimal(options.startingBalance));
  const breakdowns = {} as Record<BreakdownBy, Bucket[]>;
  for (const by of BREAKDOWNS) breakdowns[by] = breakdown(by, closed, band, zone);
  return {
    currency: currencies.size === 1 ? ([...currencies][0] as string) : null,
    summary,
    equity,
    daily: daily(closed, band, zone),
    breakdowns,
  };
}

/** Across accounts of different currencies: one set of metrics per currency, no exchange rate. */
export function computeMetricsByCurrency(
  trades: readonly MetricsTrade[],
  options: MetricsOptions = {},
): Record<string, JournalMetrics> {
  const by = new Map<string, MetricsTrade[]>();
  for (const t of trades) {
    const list = by.get(t.currency) ?? [];
    list.push(t);
    by.set(t.currency, list);
  }
  const out: Record<string, JournalMetrics> = {};
  for (const [currency, list] of [...by].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out[currency] = computeMetrics(list, options);
  }
  return out;
}
