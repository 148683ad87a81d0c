import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { ArrowDownIcon, ArrowFlatIcon, ArrowUpIcon } from '../icons/icons';
import { useT } from '../i18n/useT';
import type { Trend } from '../intl/formatters';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { Skeleton } from '../Skeleton/Skeleton';
import { StatDelta, StatLabel, StatRoot, StatValue } from './Stat.styles';

export type StatFormat = 'number' | 'money' | 'percent';

export interface StatProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  label: ReactNode;
  /** A number is formatted in the active locale; a node is shown as is. */
  value: number | ReactNode;
  format?: StatFormat;
  /** ISO 4217 code for `money` (e.g. "USD"). */
  currency?: string;
  /** Show the value as profit/loss: signed, coloured, with an arrow. */
  pnl?: boolean;
  /** Change since the comparison period (a fraction for `percent`). */
  delta?: number;
  deltaFormat?: StatFormat;
  /** What the delta compares with ("vs last month"), already translated. */
  deltaLabel?: ReactNode;
  /** When down is good (drawdown, fees): inverts the delta's tone, not its arrow. */
  lowerIsBetter?: boolean;
  loading?: boolean;
  size?: 'sm' | 'md';
}

const icons = { up: ArrowUpIcon, down: ArrowDownIcon, flat: ArrowFlatIcon } as const;

/** A labelled key figure (win rate, net P&L, expectancy) with an optional signed change. */
export const Stat = forwardRef<HTMLDListElement, StatProps>(function Stat(
  {
    label,
    value,
    format = 'number',
    currency = 'USD',
    pnl,
    delta,
    deltaFormat = 'percent',
    deltaLabel,
    lowerIsBetter,
    loading,
    size = 'md',
    ...rest
  },
  ref,
) {
  const t = useT();
  const f = useFormatters();
  const signed = (v: number, kind: StatFormat) =>
    kind === 'percent' ? f.signedPercent(v) : f.pnl(v, kind === 'money' ? currency : undefined);
  const plain = (v: number) =>
    format === 'money' ? f.money(v, currency) : format === 'percent' ? f.percent(v) : f.number(v);
  const words: Record<Trend, string> = {
    up: t('stat.increase'),
    down: t('stat.decrease'),
    flat: t('stat.unchanged'),
  };

  let shown: ReactNode = value;
  let valueTrend: Trend | undefined;
  if (typeof value === 'number') {
    if (pnl) {
      const s = signed(value, format);
      shown = s.text;
      valueTrend = s.trend;
    } else shown = plain(value);
  }
  const change = delta === undefined ? undefined : signed(delta, deltaFormat);
  const tone =
    !change || change.trend === 'flat'
      ? 'neutral'
      : (change.trend === 'up') !== Boolean(lowerIsBetter)
        ? 'positive'
        : 'negative';
  const Icon = change && icons[change.trend];
  const ValueIcon = valueTrend && valueTrend !== 'flat' ? icons[valueTrend] : undefined;

  return (
    <StatRoot ref={ref} aria-busy={loading || undefined} {...rest} data-component="Stat">
      <StatLabel data-part="label">{label}</StatLabel>
      <StatValue data-part="value" data-size={size} data-trend={valueTrend}>
        {loading ? (
          <>
            <Skeleton width="6ch" height="1em" />
            <VisuallyHidden>{t('skeleton.loading')}</VisuallyHidden>
          </>
        ) : (
          <>
            {ValueIcon && <ValueIcon size="0.75em" />}
            {typeof value === 'number' ? <Num>{shown}</Num> : shown}
          </>
        )}
      </StatValue>
      {change && Icon && !loading && (
        <StatDelta data-part="delta" data-tone={tone}>
          <span data-part="change">
            <Icon />
            <VisuallyHidden>{words[change.trend]}</VisuallyHidden>
            <Num>{change.text}</Num>
          </span>
          {deltaLabel && <span data-part="delta-label">{deltaLabel}</span>}
        </StatDelta>
      )}
    </StatRoot>
  );
});
