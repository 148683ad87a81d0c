import { forwardRef, useEffect, useRef } from 'react';
import type { ComponentPropsWithoutRef, CSSProperties, ReactNode } from 'react';
import { EmptyState } from '../EmptyState/EmptyState';
import { equityCurve as equityCurveStrings } from '../i18n/locales/equityCurve/en';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { useJournalkit } from '../provider/context';
import { Skeleton } from '../Skeleton/Skeleton';
import { canDrawCharts, readColors, tickLabel, toSeries, withAlpha } from './chart';
import type { EquityPoint } from './chart';
import { EquityTable } from './EquityTable';
import * as S from './EquityCurve.styles';

export interface EquityCurveProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** `data` of `getAnalyticsEquity`: one point per closed trade, in equity order. */
  data: readonly EquityPoint[];
  /** The response's `currency` (null when currencies mix: amounts shown as plain numbers). */
  currency: string | null;
  loading?: boolean;
  /** CSS length of the chart (default 20rem). */
  height?: string;
  /** Shown without points, already translated (default "No closed trades yet"). */
  emptyMessage?: ReactNode;
}

/**
 * The equity curve (cumulative net P&L) with the drawdown below it, drawn by TradingView's
 * lightweight-charts, loaded on demand in the browser only. Colours come from the tenant's tokens
 * at runtime and follow colour-mode changes. Screen readers get a one-sentence summary
 * (`role="img"`) and the points as a visually hidden table.
 */
export const EquityCurve = forwardRef<HTMLDivElement, EquityCurveProps>(function EquityCurve(
  { data, currency, loading, height, emptyMessage, style, ...rest },
  ref,
) {
  const t = useT(equityCurveStrings);
  const f = useFormatters();
  const { colorMode, themeKey } = useJournalkit();
  const box = useRef<HTMLDivElement>(null);
  const money = (v: number) => (currency ? f.money(v, currency) : f.number(v, { maximumFractionDigits: 2 }));
  const moneyRef = useRef(money);
  moneyRef.current = money;
  const dateRef = useRef(f.date);
  dateRef.current = f.date;
  const empty = !loading && data.length === 0;

  useEffect(() => {
    const el = box.current;
    if (!el || empty || loading || !canDrawCharts()) return;
    let disposed = false;
    let cleanup = () => {};
    void import('lightweight-charts').then(({ AreaSeries, ColorType, createChart, LineSeries }) => {
      if (disposed) return;
      const chart = createChart(el, {
        autoSize: true,
        localization: {
          priceFormatter: (v: number) => moneyRef.current(v),
          timeFormatter: (time: number) =>
            dateRef.current(time * 1000, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
        },
        timeScale: {
          borderVisible: false,
          // Several trades a day: ticks between days are hours, labelled as times (not the day again).
          timeVisible: true,
          tickMarkFormatter: (time: number, type: number) => tickLabel(dateRef.current, time, type),
        },
        rightPriceScale: { borderVisible: false },
        handleScroll: false,
        handleScale: false,
      });
      const equity = chart.addSeries(LineSeries, { lineWidth: 2, priceLineVisible: false });
      const drawdown = chart.addSeries(
        AreaSeries,
        { lineWidth: 1, priceLineVisible: false, invertFilledArea: true },
        1,
      );
      const series = toSeries(data, { local: true });
      equity.setData(series.map((p) => ({ time: p.time as never, value: p.equity })));
      drawdown.setData(series.map((p) => ({ time: p.time as never, value: p.drawdown })));
      chart.panes()[1]?.setStretchFactor(0.4);
      chart.timeScale().fitContent();

      const paint = () => {
        const c = readColors(el);
        chart.applyOptions({
          layout: {
            background: { type: ColorType.Solid, color: c.background },
            textColor: c.text,
            fontFamily: getComputedStyle(el).fontFamily,
            panes: { separatorColor: c.grid },
          },
          grid: {
            vertLines: { color: withAlpha(c.grid, 0.5) },
            horzLines: { color: withAlpha(c.grid, 0.5) },
          },
        });
        equity.applyOptions({ color: c.line });
        drawdown.applyOptions({
          lineColor: c.drawdown,
          topColor: withAlpha(c.drawdown, 0.05),
          bottomColor: withAlpha(c.drawdown, 0.35),
        });
      };
      paint();
      // Mode or tenant switches change attributes on the provider's scope; `auto` follows the OS.
      let frame = 0;
      const repaint = () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(paint);
      };
      const scope = el.closest('[data-jk-key]');
      const observer = new MutationObserver(repaint);
      if (scope)
        observer.observe(scope, { attributes: true, attributeFilter: ['data-color-mode', 'data-jk-key'] });
      const media = window.matchMedia('(prefers-color-scheme: dark)');
      media.addEventListener('change', repaint);
      cleanup = () => {
        cancelAnimationFrame(frame);
        observer.disconnect();
        media.removeEventListener('change', repaint);
        chart.remove();
      };
    });
    return () => {
      disposed = true;
      cleanup();
    };
  }, [data, empty, loading, colorMode, themeKey]);

  const first = data[0];
  const last = data[data.length - 1];
  const maxDrawdown = data.reduce((m, p) => Math.max(m, Number(p.drawdown)), 0);
  const summary =
    first && last
      ? t('equityCurve.summary', {
          count: data.length,
          from: f.date(first.closedAt),
          to: f.date(last.closedAt),
          start: money(Number(first.cumulativeNetPnl)),
          end: money(Number(last.cumulativeNetPnl)),
          drawdown: money(maxDrawdown),
        })
      : '';
  const sized = { ...style, '--_height': height } as CSSProperties;

  return (
    <S.Root ref={ref} aria-busy={loading || undefined} style={sized} {...rest} data-component="EquityCurve">
      {loading ? (
        <>
          <Skeleton shape="rect" height="var(--_height, 20rem)" />
          <VisuallyHidden>{t('equityCurve.loading')}</VisuallyHidden>
        </>
      ) : empty ? (
        <EmptyState title={emptyMessage ?? t('equityCurve.empty')} data-part="empty" />
      ) : (
        <>
          {/* The summary is its own image, outside the chart: the chart holds TradingView's attribution link. */}
          <div role="img" aria-label={summary} data-part="summary" />
          <S.Chart ref={box} data-part="chart" />
          <EquityTable
            data={data}
            money={money}
            currency={currency}
            caption={t('equityCurve.tableCaption')}
          />
        </>
      )}
    </S.Root>
  );
});
