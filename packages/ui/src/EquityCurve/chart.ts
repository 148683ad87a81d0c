import { vars as t } from '@journalkit/theme';

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

/** Seconds since the epoch, strictly increasing (the chart refuses equal times: trades closing in the same second). */
export function toSeries(points: readonly EquityPoint[]) {
  let last = -Infinity;
  return points.map((p) => {
    const time = Math.max(Math.floor(Date.parse(p.closedAt) / 1000), last + 1);
    last = time;
    return { time, equity: Number(p.cumulativeNetPnl), drawdown: -Number(p.drawdown) };
  });
}

/** jsdom has no canvas; the chart library is neither loaded nor run there (the summary and table still are). */
export const canDrawCharts = () =>
  typeof window !== 'undefined' && typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
