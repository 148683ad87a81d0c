import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { statsGrid as statsGridStrings } from '../i18n/locales/statsGrid/en';
import { useT } from '../i18n/useT';
import type { Translate } from '../i18n/useT';
import type { Formatters } from '../intl/formatters';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { Stat } from '../Stat/Stat';
import * as S from './StatsGrid.styles';
import type { AnalyticsSummary, AnalyticsSummaryMetrics } from './types';

export interface StatsGridProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The `getAnalyticsSummary` response. With `currency: null`, one grid per entry of `currencies`. */
  summary?: AnalyticsSummary | null;
  loading?: boolean;
  /** Heading level of the per-currency headings. */
  headingAs?: 'h2' | 'h3' | 'h4';
}

/** An em dash for a metric without a value (no trades, no losses…), with a spoken label. */
function Missing({ t }: { t: Translate }) {
  return (
    <span data-part="missing">
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('statsGrid.noValue')}</VisuallyHidden>
    </span>
  );
}

const num = (v: string | null) => (v === null ? null : Number(v));

function duration(f: Formatters, seconds: number): string {
  const [value, unit] =
    seconds >= 86_400
      ? [seconds / 86_400, 'day']
      : seconds >= 3600
        ? [seconds / 3600, 'hour']
        : seconds >= 60
          ? [seconds / 60, 'minute']
          : [seconds, 'second'];
  return f.number(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

interface Item {
  key: string;
  label: string;
  value: number | null | ReactNode;
  format?: 'number' | 'money' | 'percent';
  pnl?: boolean;
}

function items(m: AnalyticsSummaryMetrics, t: Translate, f: Formatters): Item[] {
  const ratio = (v: number | null) =>
    v === null ? null : <Num>{f.number(v, { maximumFractionDigits: 2 })}</Num>;
  const money = m.currency ? 'money' : 'number';
  const dd = Number(m.maxDrawdown);
  const ddText = m.currency ? f.money(dd, m.currency) : f.number(dd, { maximumFractionDigits: 2 });
  return [
    { key: 'netPnl', label: t('statsGrid.netPnl'), value: Number(m.netPnl), format: money, pnl: true },
    { key: 'winRate', label: t('statsGrid.winRate'), value: m.winRate, format: 'percent' },
    { key: 'profitFactor', label: t('statsGrid.profitFactor'), value: ratio(m.profitFactor) },
    {
      key: 'expectancy',
      label: t('statsGrid.expectancy'),
      value: num(m.expectancy),
      format: money,
      pnl: true,
    },
    {
      key: 'averageWin',
      label: t('statsGrid.averageWin'),
      value: num(m.averageWin),
      format: money,
      pnl: true,
    },
    {
      key: 'averageLoss',
      label: t('statsGrid.averageLoss'),
      value: num(m.averageLoss),
      format: money,
      pnl: true,
    },
    { key: 'payoffRatio', label: t('statsGrid.payoffRatio'), value: ratio(m.payoffRatio) },
    {
      key: 'maxDrawdown',
      label: t('statsGrid.maxDrawdown'),
      value: (
        <Num>
          {m.maxDrawdownPercent === null
            ? ddText
            : t('statsGrid.drawdownWithPercent', {
                amount: ddText,
                percent: f.percent(m.maxDrawdownPercent / 100),
              })}
        </Num>
      ),
    },
    {
      key: 'largestWin',
      label: t('statsGrid.largestWin'),
      value: num(m.largestWin),
      format: money,
      pnl: true,
    },
    {
      key: 'largestLoss',
      label: t('statsGrid.largestLoss'),
      value: num(m.largestLoss),
      format: money,
      pnl: true,
    },
    { key: 'winStreak', label: t('statsGrid.winStreak'), value: m.maxConsecutiveWins },
    { key: 'lossStreak', label: t('statsGrid.lossStreak'), value: m.maxConsecutiveLosses },
    { key: 'trades', label: t('statsGrid.trades'), value: m.tradeCount },
    { key: 'openTrades', label: t('statsGrid.openTrades'), value: m.openTradeCount },
    {
      key: 'averageHold',
      label: t('statsGrid.averageHold'),
      value: m.averageHoldingSeconds === null ? null : <Num>{duration(f, m.averageHoldingSeconds)}</Num>,
    },
    {
      key: 'averageR',
      label: t('statsGrid.averageR'),
      value:
        m.averageR === null ? null : (
          <Num>
            {t('statsGrid.rValue', {
              value: f.pnl(m.averageR, undefined, { maximumFractionDigits: 2 }).text,
            })}
          </Num>
        ),
    },
  ];
}

const placeholder: AnalyticsSummaryMetrics = {
  currency: null,
  tradeCount: 0,
  openTradeCount: 0,
  winners: 0,
  losers: 0,
  scratches: 0,
  winRate: null,
  netPnl: '0',
  grossPnl: '0',
  totalFees: '0',
  grossProfit: '0',
  grossLoss: '0',
  profitFactor: null,
  averageWin: null,
  averageLoss: null,
  payoffRatio: null,
  expectancy: null,
  largestWin: null,
  largestLoss: null,
  maxConsecutiveWins: 0,
  maxConsecutiveLosses: 0,
  maxDrawdown: '0',
  maxDrawdownPercent: null,
  averageHoldingSeconds: null,
  averageR: null,
};

/**
 * The summary metrics of `getAnalyticsSummary` as a grid of Stats. P&L figures are signed, carry an
 * arrow and a spoken profit/loss word besides their colour; metrics without a value (null) show an
 * em dash announced as "Not available". Mixed currencies get one grid per currency (never summed).
 */
export const StatsGrid = forwardRef<HTMLDivElement, StatsGridProps>(function StatsGrid(
  { summary, loading, headingAs = 'h3', ...rest },
  ref,
) {
  const t = useT(statsGridStrings);
  const f = useFormatters();
  const word = (v: number) => (v > 0 ? t('pnl.profit') : v < 0 ? t('pnl.loss') : t('pnl.breakeven'));

  const grid = (m: AnalyticsSummaryMetrics) => (
    <S.Grid data-part="grid">
      {items(m, t, f).map((it) => (
        <Stat
          key={it.key}
          data-metric={it.key}
          size="sm"
          label={
            it.pnl && typeof it.value === 'number' ? (
              <>
                {it.label}
                <VisuallyHidden>{`, ${word(it.value)}`}</VisuallyHidden>
              </>
            ) : (
              it.label
            )
          }
          value={it.value === null ? <Missing t={t} /> : it.value}
          format={it.format}
          currency={m.currency ?? undefined}
          pnl={it.pnl}
        />
      ))}
    </S.Grid>
  );

  let body: ReactNode;
  if (loading || !summary) {
    body = (
      <S.Grid data-part="grid">
        {items(placeholder, t, f).map((it) => (
          <Stat key={it.key} size="sm" label={it.label} value={0} loading />
        ))}
      </S.Grid>
    );
  } else if (summary.currency === null && summary.currencies && summary.currencies.length > 0) {
    body = summary.currencies.map((m) => (
      <S.Section
        key={m.currency}
        data-part="currency"
        aria-label={t('statsGrid.currencyLabel', { currency: m.currency })}
      >
        <S.Heading as={headingAs} data-part="heading">
          {m.currency}
        </S.Heading>
        {grid(m)}
      </S.Section>
    ));
  } else body = grid(summary);

  return (
    <S.Root
      ref={ref}
      role="group"
      aria-label={t('statsGrid.label')}
      aria-busy={loading || undefined}
      {...rest}
      data-component="StatsGrid"
    >
      {body}
    </S.Root>
  );
});
