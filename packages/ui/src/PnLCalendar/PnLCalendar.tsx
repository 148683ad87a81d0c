import { forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, KeyboardEvent } from 'react';
import {
  addDays,
  addMonths,
  firstDayOfWeek,
  fromIso,
  monthWeeks,
  startOfMonth,
  todayIso,
} from '../DatePicker/dates';
import type { IsoDate } from '../DatePicker/dates';
import { pnlCalendar as pnlCalendarStrings } from '../i18n/locales/pnlCalendar/en';
import { useT } from '../i18n/useT';
import { ArrowDownIcon, ArrowFlatIcon, ArrowUpIcon, ChevronLeftIcon, ChevronRightIcon } from '../icons/icons';
import { IconButton } from '../IconButton/IconButton';
import { useFormatters } from '../intl/useFormatters';
import { useJkId } from '../internal/ids';
import { Num } from '../internal/Num';
import { useControllableState } from '../internal/useControllableState';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { useJournalkit } from '../provider/context';
import * as S from './PnLCalendar.styles';
import { useAmountFit } from './useAmountFit';

/** A day of `getAnalyticsDaily` (money as a decimal string). */
export interface DailyPnl {
  date: IsoDate;
  tradeCount: number;
  netPnl: string;
  winRate: number | null;
}

export interface PnLCalendarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSelect'> {
  /** Any date of the month shown (`YYYY-MM-DD`), or `YYYY-MM`. Uncontrolled: `defaultMonth`. */
  month?: string;
  defaultMonth?: string;
  onMonthChange?: (month: IsoDate) => void;
  days: readonly DailyPnl[];
  currency: string;
  /** A day was chosen (click, Enter or Space); `day` is undefined on days without trades. */
  onSelectDay?: (date: IsoDate, day: DailyPnl | undefined) => void;
}

const normalize = (m: string | undefined): IsoDate | undefined =>
  m === undefined ? undefined : startOfMonth(m.length === 7 ? `${m}-01` : m);

/**
 * A month of daily net P&L as a heatmap: cells tinted by intensity from the positive/negative
 * tokens and always carrying the signed amount. A WAI-ARIA grid: arrow keys move between days
 * (mirrored in RTL), Home/End to the week's edges, PageUp/PageDown change the month.
 */
export const PnLCalendar = forwardRef<HTMLDivElement, PnLCalendarProps>(function PnLCalendar(
  { month, defaultMonth, onMonthChange, days, currency, onSelectDay, ...rest },
  ref,
) {
  const t = useT(pnlCalendarStrings);
  const f = useFormatters();
  const { locale, dir } = useJournalkit();
  const id = useJkId();
  const [view = startOfMonth(todayIso()), setView] = useControllableState<IsoDate>({
    value: normalize(month),
    defaultValue: normalize(defaultMonth) ?? startOfMonth(todayIso()),
    onChange: onMonthChange,
  });
  const byDate = useMemo(() => new Map(days.map((d) => [d.date, d])), [days]);
  const firstDay = useMemo(() => firstDayOfWeek(locale), [locale]);
  const weeks = monthWeeks(view, firstDay);
  const inMonth = (d: IsoDate) => d.slice(0, 7) === view.slice(0, 7);
  const [focused, setFocused] = useState<IsoDate>(view);
  const current = inMonth(focused) ? focused : view;
  const grid = useRef<HTMLTableElement>(null);
  const fit = useAmountFit(grid, [days, currency, locale, view]);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-date="${current}"]`)?.focus();
  }, [current]);

  const max = Math.max(0, ...days.filter((d) => inMonth(d.date)).map((d) => Math.abs(Number(d.netPnl))));
  const weekdays = useMemo(
    () =>
      Array.from({ length: 7 }, (_, i) => {
        const d = fromIso(`2024-01-0${((firstDay - 1 + i) % 7) + 1}`);
        return {
          short: f.date(d, { weekday: 'short', timeZone: 'UTC' }),
          long: f.date(d, { weekday: 'long', timeZone: 'UTC' }),
        };
      }),
    [f, firstDay],
  );

  const go = (next: IsoDate) => {
    moveFocus.current = true;
    if (!inMonth(next)) setView(startOfMonth(next));
    setFocused(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const back = dir === 'rtl' ? 1 : -1;
    const offset = (((fromIso(current).getUTCDay() + 6) % 7) + 1 - firstDay + 7) % 7;
    const moves: Record<string, () => IsoDate> = {
      ArrowLeft: () => addDays(current, back),
      ArrowRight: () => addDays(current, -back),
      ArrowUp: () => addDays(current, -7),
      ArrowDown: () => addDays(current, 7),
      Home: () => addDays(current, -offset),
      End: () => addDays(current, 6 - offset),
      PageUp: () => addMonths(current, -1),
      PageDown: () => addMonths(current, 1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    go(move());
  };
  const page = (step: 1 | -1) => {
    setView(addMonths(view, step));
    setFocused(addMonths(current, step));
  };
  const today = todayIso();
  const labelId = `${id}-month`;

  const cell = (date: IsoDate) => {
    const day = byDate.get(date);
    const v = day ? Number(day.netPnl) : 0;
    const pnl = day ? f.pnl(v, currency) : undefined;
    const tone = !pnl || pnl.trend === 'flat' ? 'neutral' : pnl.trend === 'up' ? 'positive' : 'negative';
    const Arrow = tone === 'positive' ? ArrowUpIcon : tone === 'negative' ? ArrowDownIcon : ArrowFlatIcon;
    const level = max > 0 && day ? Math.max(1, Math.ceil((Math.abs(v) / max) * 4)) : undefined;
    const dateText = f.date(fromIso(date), { dateStyle: 'full', timeZone: 'UTC' });
    const label = day
      ? t('pnlCalendar.dayLabel', {
          date: dateText,
          pnl: pnl!.text,
          result:
            tone === 'positive' ? t('pnl.profit') : tone === 'negative' ? t('pnl.loss') : t('pnl.breakeven'),
          trades: t('pnlCalendar.trades', { count: day.tradeCount }),
          winRate: day.winRate === null ? '' : t('pnlCalendar.winRate', { value: f.percent(day.winRate) }),
        })
      : t('pnlCalendar.noTrades', { date: dateText });
    return (
      <td key={date} role="gridcell" aria-selected={date === current || undefined}>
        <S.Day
          type="button"
          tabIndex={date === current ? 0 : -1}
          aria-current={date === today ? 'date' : undefined}
          // The amount in full for pointer users when the cell shows less (the name has it too).
          title={pnl && fit !== 'full' ? pnl.text : undefined}
          data-date={date}
          data-tone={tone}
          data-level={level}
          data-part="day"
          onClick={() => {
            setFocused(date);
            onSelectDay?.(date, day);
          }}
        >
          <VisuallyHidden>{label}</VisuallyHidden>
          <span data-part="date" aria-hidden="true">
            {f.number(fromIso(date).getUTCDate())}
          </span>
          {pnl && (
            <span data-part="pnl" aria-hidden="true">
              <span data-fit="full">
                <Num>{pnl.text}</Num>
              </span>
              <span data-fit="compact">
                <Num>{f.pnl(v, currency, { notation: 'compact' }).text}</Num>
              </span>
              <span data-fit="arrow">
                <Arrow />
              </span>
            </span>
          )}
        </S.Day>
      </td>
    );
  };

  return (
    <S.Root ref={ref} {...rest} data-component="PnLCalendar" data-fit={fit}>
      <S.Header data-part="header">
        <IconButton
          label={t('pnlCalendar.previousMonth')}
          tooltip={false}
          variant="ghost"
          tone="neutral"
          size="sm"
          onClick={() => page(-1)}
          data-part="previous"
        >
          <ChevronLeftIcon />
        </IconButton>
        <span id={labelId} data-part="month" aria-live="polite">
          {f.date(fromIso(view), { month: 'long', year: 'numeric', timeZone: 'UTC' })}
        </span>
        <IconButton
          label={t('pnlCalendar.nextMonth')}
          tooltip={false}
          variant="ghost"
          tone="neutral"
          size="sm"
          onClick={() => page(1)}
          data-part="next"
        >
          <ChevronRightIcon />
        </IconButton>
      </S.Header>
      <S.Grid ref={grid} role="grid" aria-labelledby={labelId} onKeyDown={onKeyDown} data-part="grid">
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w.long} scope="col" abbr={w.long}>
                {w.short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>{week.map((d, j) => (d ? cell(d) : <td key={`e${j}`} role="gridcell" />))}</tr>
          ))}
        </tbody>
      </S.Grid>
    </S.Root>
  );
});
