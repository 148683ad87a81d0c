import { forwardRef, useMemo } from 'react';
import type { ComponentPropsWithoutRef, CSSProperties, ReactNode } from 'react';
import { Button } from '../Button/Button';
import { breakdownChart as breakdownChartStrings } from '../i18n/locales/breakdownChart/en';
import { useT } from '../i18n/useT';
import { ArrowDownIcon, ArrowFlatIcon, ArrowUpIcon } from '../icons/icons';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { useControllableState } from '../internal/useControllableState';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import * as S from './BreakdownChart.styles';
import { bucketLabel } from './labels';
import type { BreakdownBucket, BreakdownBy, BreakdownMetric, BreakdownSort } from './types';

export interface BreakdownChartProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What the buckets are (`by` of `getAnalyticsBreakdown`): weekday, hour and holding get labels. */
  by: BreakdownBy;
  data: readonly BreakdownBucket[];
  /** The figure the bars show (default net P&L). */
  metric?: BreakdownMetric;
  /** `natural`: the order the API gives (weekday, hour, holding in time order); `value`: largest first. */
  sort?: BreakdownSort;
  defaultSort?: BreakdownSort;
  onSortChange?: (sort: BreakdownSort) => void;
  /** Shown when there are no buckets, already translated (default "No trades to break down"). */
  emptyMessage?: ReactNode;
}

const icons = { up: ArrowUpIcon, down: ArrowDownIcon, flat: ArrowFlatIcon } as const;

const valueOf = (b: BreakdownBucket, metric: BreakdownMetric): number | null => {
  const v = b[metric];
  return v === null ? null : Number(v);
};

/**
 * Horizontal bars per breakdown bucket (plain CSS, no chart library). Money metrics grow from a zero
 * line towards the end (profit) or start (loss) edge, so RTL mirrors them; each row says its
 * value in words and signs too, never by colour alone.
 */
export const BreakdownChart = forwardRef<HTMLDivElement, BreakdownChartProps>(function BreakdownChart(
  { by, data, metric = 'netPnl', sort, defaultSort = 'natural', onSortChange, emptyMessage, ...rest },
  ref,
) {
  const t = useT(breakdownChartStrings);
  const f = useFormatters();
  const [order, setOrder] = useControllableState<BreakdownSort>({
    value: sort,
    defaultValue: defaultSort,
    onChange: onSortChange,
  });
  const money = metric === 'netPnl' || metric === 'expectancy';
  const rows = useMemo(() => {
    const list = data.map((b) => ({ b, v: valueOf(b, metric) }));
    if (order === 'value') list.sort((x, y) => (y.v ?? -Infinity) - (x.v ?? -Infinity));
    return list;
  }, [data, metric, order]);
  const max = Math.max(0, ...rows.map((r) => Math.abs(r.v ?? 0)));
  const split = money && rows.some((r) => (r.v ?? 0) < 0);
  const title = t('breakdownChart.label', {
    metric: t(`breakdownChart.metric.${metric}`),
    by: t(`breakdownChart.by.${by}`),
  });

  const shown = (b: BreakdownBucket, v: number | null): ReactNode => {
    if (v === null)
      return (
        <>
          <span aria-hidden="true">—</span>
          <VisuallyHidden>{t('breakdownChart.noValue')}</VisuallyHidden>
        </>
      );
    if (money) {
      const s = f.pnl(v, b.currency);
      const Icon = icons[s.trend];
      const word =
        s.trend === 'up' ? t('pnl.profit') : s.trend === 'down' ? t('pnl.loss') : t('pnl.breakeven');
      return (
        <>
          <Icon />
          <VisuallyHidden>{word}</VisuallyHidden>
          <Num>{s.text}</Num>
        </>
      );
    }
    return (
      <Num>
        {metric === 'winRate'
          ? f.percent(v, { maximumFractionDigits: 1 })
          : f.number(v, { maximumFractionDigits: 2 })}
      </Num>
    );
  };

  return (
    <S.Root ref={ref} role="group" aria-label={title} {...rest} data-component="BreakdownChart">
      {rows.length === 0 ? (
        <p data-part="empty">{emptyMessage ?? t('breakdownChart.empty')}</p>
      ) : (
        <>
          <S.Toolbar data-part="toolbar">
            <Button
              size="sm"
              variant="ghost"
              tone="neutral"
              aria-pressed={order === 'value'}
              onClick={() => setOrder(order === 'value' ? 'natural' : 'value')}
            >
              {t('breakdownChart.sortByValue')}
            </Button>
          </S.Toolbar>
          <S.List data-part="list">
            {rows.map(({ b, v }) => {
              const label = bucketLabel(by, b.key, t, f);
              const tone = !money || v === null || v === 0 ? 'neutral' : v > 0 ? 'positive' : 'negative';
              const size = {
                '--_size': `${max > 0 && v !== null ? (Math.abs(v) / max) * 100 : 0}%`,
              } as CSSProperties;
              const bar = <S.Bar data-part="bar" data-tone={tone} style={size} />;
              return (
                <S.Row key={b.key} data-part="row" data-key={b.key}>
                  <S.Label data-part="label" title={label}>
                    {label}
                  </S.Label>
                  <S.Track data-part="track" aria-hidden="true">
                    {split ? (
                      <>
                        <span data-part="half" data-side="negative">
                          {tone === 'negative' && bar}
                        </span>
                        <span data-part="half" data-side="positive">
                          {tone !== 'negative' && bar}
                        </span>
                      </>
                    ) : (
                      bar
                    )}
                  </S.Track>
                  <S.Value data-part="value" data-tone={tone}>
                    <span data-part="amount">{shown(b, v)}</span>
                    <span data-part="count">{t('breakdownChart.trades', { count: b.tradeCount })}</span>
                  </S.Value>
                </S.Row>
              );
            })}
          </S.List>
        </>
      )}
    </S.Root>
  );
});
