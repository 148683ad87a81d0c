import { vars as t } from '@journalkit/theme';
import type { Formatters } from '../intl/formatters';

/** One point of `getAnalyticsEquity` (money as decimal strings). */
export interface EquityPoint {
  tradeId: string;
  closedAt: string;
  netPnl: string;
  cumulativeNetPnl: string;
  drawdown: string;
}

/** The `--jk-*` custom property behind a token (`var(--jk-color-accent)` → `--jk-color-accent`). */
const property = (token: string) => /var\((--[\w-]+)/.exec(token)?.[1] ?? '';

export interface ChartColors {
  line: string;
  drawdown: string;
  text: string;
  grid: string;
  background: string;
}

/** The theme's current colours, read from the container (the tenant and mode in force there). */
export function readColors(el: Element): ChartColors {
  const style = getComputedStyle(el);
  const read = (token: string, fallback: string) =>
    style.getPropertyValue(property(token)).trim() || fallback;
  return {
    line: read(t.color.accent, '#2962ff'),
    drawdown: read(t.color.negative, '#e5484d'),
    text: read(t.color.textMuted, '#666666'),
    grid: read(t.color.border, '#e0e0e0'),
    background: read(t.color.surface, '#ffffff'),
  };
}

/** `#rrggbb` with an alpha; other colour syntaxes are returned as they are. */
export const withAlpha = (color: string, alpha: number) =>
  /^#[0-9a-f]{6}$/i.test(color)
    ? `${color}${Math.round(alpha * 255)
        .toString(16)
        .padStart(2, '0')}`
    : color;

/**
 * Seconds since the epoch, strictly increasing (the chart refuses equal times: trades closing in the
 * same second). With `local`, shifted to the viewer's wall clock: the chart lays out days and hours
 * in UTC, so its tick marks then fall on local midnights and hours (label them with `timeZone: 'UTC'`).
 */
export function toSeries(points: readonly EquityPoint[], { local = false } = {}) {
  let last = -Infinity;
  return points.map((p) => {
    const ms = Date.parse(p.closedAt);
    const shift = local ? -new Date(ms).getTimezoneOffset() * 60 : 0;
    const time = Math.max(Math.floor(ms / 1000) + shift, last + 1);
    last = time;
    // `|| 0`: a drawdown of "0.00" negated is -0, which must not be drawn as "-$0.00".
    return { time, equity: Number(p.cumulativeNetPnl), drawdown: -Number(p.drawdown) || 0 };
  });
}

/**
 * A time-axis label in the kit's locale, by the tick mark's weight (lightweight-charts'
 * `TickMarkType`: 0 year, 1 month, 2 day of month, 3 time, 4 time with seconds). Times are the
 * wall-clock seconds of `toSeries(…, { local: true })`. Intraday ticks show the time of day: trades
 * closing on the same day would otherwise repeat that day's number along the axis.
 */
export function tickLabel(date: Formatters['date'], time: number, type: number): string {
  const ms = time * 1000;
  const utc = { timeZone: 'UTC' } as const;
  if (type === 0) return date(ms, { year: 'numeric', ...utc });
  if (type === 1) return date(ms, { month: 'short', ...utc });
  if (type === 2) return date(ms, { month: 'short', day: 'numeric', ...utc });
  return date(ms, { hour: 'numeric', minute: '2-digit', ...(type === 4 && { second: '2-digit' }), ...utc });
}

/** jsdom has no canvas; the chart library is neither loaded nor run there (the summary and table still are). */
export const canDrawCharts = () =>
  typeof window !== 'undefined' && typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
