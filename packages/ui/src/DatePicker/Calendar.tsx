import { forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, KeyboardEvent } from 'react';
import { calendar as calendarStrings } from '../i18n/locales/calendar/en';
import { useT } from '../i18n/useT';
import { ChevronLeftIcon, ChevronRightIcon } from '../icons/icons';
import { Square } from '../IconButton/IconButton.styles';
import { useJkId } from '../internal/ids';
import { useControllableState } from '../internal/useControllableState';
import { useJournalkit } from '../provider/context';
import * as S from './Calendar.styles';
import {
  addDays,
  addMonths,
  clampIso,
  edgeOfWeek,
  firstDayOfWeek,
  fromIso,
  monthWeeks,
  startOfMonth,
  todayIso,
} from './dates';
import type { IsoDate } from './dates';

export interface DateRange {
  start: IsoDate | null;
  end: IsoDate | null;
}

export interface CalendarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'onSelect' | 'defaultValue'> {
  /** The chosen date (single selection). */
  selected?: IsoDate | null;
  /** The chosen range; `end` is null while the second day is being picked. */
  range?: DateRange;
  onSelect: (date: IsoDate) => void;
  /** The day with keyboard focus; its month is shown. Default: the selection, else today. */
  focusedDate?: IsoDate;
  defaultFocusedDate?: IsoDate;
  onFocusedDateChange?: (date: IsoDate) => void;
  min?: IsoDate | null;
  max?: IsoDate | null;
  isDateDisabled?: (date: IsoDate) => boolean;
  /** Months side by side. Default 1. */
  months?: 1 | 2;
  /** Focus the focused day on mount (in a popover). */
  autoFocus?: boolean;
}

/**
 * A month grid in the locale (WAI-ARIA date picker grid): weekday names, first day of the week
 * and digits from Intl; arrows move by day and week (mirrored in RTL), Home/End to the week's
 * ends, Page Up/Down by month, with Shift by year; Enter or Space picks.
 */
export const Calendar = forwardRef<HTMLDivElement, CalendarProps>(function Calendar(
  {
    selected,
    range,
    onSelect,
    focusedDate,
    defaultFocusedDate,
    onFocusedDateChange,
    min,
    max,
    isDateDisabled,
    months = 1,
    autoFocus,
    ...rest
  },
  ref,
) {
  const t = useT(calendarStrings);
  const { locale, dir } = useJournalkit();
  const id = useJkId();
  const [focused, setFocused] = useControllableState({
    value: focusedDate,
    defaultValue: clampIso(defaultFocusedDate ?? selected ?? range?.start ?? todayIso(), min, max),
    onChange: onFocusedDateChange,
  });
  const [view, setView] = useState(() => startOfMonth(focused));
  const [hover, setHover] = useState<IsoDate | null>(null);
  const moveFocus = useRef(Boolean(autoFocus));
  const root = useRef<HTMLDivElement | null>(null);

  // Keep the focused day on screen: scroll the view by whole months towards it.
  const lastShown = addMonths(view, months - 1);
  if (focused < view) setView(startOfMonth(focused));
  else if (startOfMonth(focused) > lastShown) setView(addMonths(startOfMonth(focused), 1 - months));

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    root.current?.querySelector<HTMLButtonElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const fmt = useMemo(() => {
    const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o });
    return {
      day: f({ day: 'numeric' }),
      full: f({ dateStyle: 'full' }),
      month: f({ month: 'long', year: 'numeric' }),
    };
  }, [locale]);
  const firstDay = useMemo(() => firstDayOfWeek(locale), [locale]);
  const weekdays = useMemo(() => {
    const f = (weekday: 'narrow' | 'short' | 'long') =>
      new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
    // 2024-01-01 is a Monday: ISO weekday w falls on 2024-01-0w.
    const days = Array.from({ length: 7 }, (_, i) => fromIso(`2024-01-0${((firstDay - 1 + i) % 7) + 1}`));
    const short = days.map((d) => f('short').format(d));
    // Where short names are whole words (Arabic, Hebrew…), columns take the narrow form.
    const visible = short.some((s) => s.length > 4) ? days.map((d) => f('narrow').format(d)) : short;
    return days.map((d, i) => ({ short: visible[i]!, long: f('long').format(d) }));
  }, [locale, firstDay]);

  const today = todayIso();
  const disabled = (d: IsoDate) => Boolean((min && d < min) || (max && d > max) || isDateDisabled?.(d));
  const go = (next: IsoDate) => {
    moveFocus.current = true;
    setFocused(clampIso(next, min, max));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const back = dir === 'rtl' ? 1 : -1;
    const moves: Record<string, () => IsoDate> = {
      ArrowLeft: () => addDays(focused, back),
      ArrowRight: () => addDays(focused, -back),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      Home: () => edgeOfWeek(focused, firstDay, -1),
      End: () => edgeOfWeek(focused, firstDay, 1),
      PageUp: () => addMonths(focused, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focused, e.shiftKey ? 12 : 1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    go(move());
  };
  const page = (step: 1 | -1) => {
    setView(addMonths(view, step));
    setFocused(clampIso(addMonths(focused, step), min, max));
  };

  // While the second end of a range is being picked, preview the band up to the hovered day.
  const rangeEnd = range?.start && !range.end && hover ? hover : (range?.end ?? null);
  const [lo, hi] =
    range?.start && rangeEnd && rangeEnd < range.start
      ? [rangeEnd, range.start]
      : [range?.start ?? null, rangeEnd];

  return (
    <S.Root
      ref={(node) => {
        root.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      {...rest}
      data-component="Calendar"
    >
      {Array.from({ length: months }, (_, m) => {
        const month = addMonths(view, m);
        const labelId = `${id}-month-${m}`;
        return (
          <S.Month key={month} data-part="month-view">
            <S.Header data-part="header">
              {m === 0 && (
                <Square
                  aria-label={t('calendar.previousMonth')}
                  variant="ghost"
                  tone="neutral"
                  size="sm"
                  disabled={Boolean(min && view <= startOfMonth(min))}
                  onClick={() => page(-1)}
                  data-part="previous"
                  data-component="IconButton"
                >
                  <ChevronLeftIcon />
                </Square>
              )}
              <span id={labelId} data-part="month" aria-live="polite">
                {fmt.month.format(fromIso(month))}
              </span>
              {m === months - 1 && (
                <Square
                  aria-label={t('calendar.nextMonth')}
                  variant="ghost"
                  tone="neutral"
                  size="sm"
                  disabled={Boolean(max && startOfMonth(max) <= lastShown)}
                  onClick={() => page(1)}
                  data-part="next"
                  data-component="IconButton"
                >
                  <ChevronRightIcon />
                </Square>
              )}
            </S.Header>
            <S.Grid role="grid" aria-labelledby={labelId} onKeyDown={onKeyDown} data-part="grid">
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
                {monthWeeks(month, firstDay).map((week, w) => (
                  <tr key={w}>
                    {week.map((d, i) => {
                      if (!d) return <td key={`x${i}`} />;
                      const isSelected = d === selected || d === range?.start || d === range?.end;
                      const inRange = lo !== null && hi !== null && d > lo && d < hi;
                      const off = disabled(d);
                      return (
                        <td
                          key={d}
                          aria-selected={isSelected || (range?.end ? inRange : false) || undefined}
                          data-selected={isSelected || undefined}
                          data-in-range={inRange || undefined}
                          data-range-start={(lo && hi && d === lo && lo !== hi) || undefined}
                          data-range-end={(lo && hi && d === hi && lo !== hi) || undefined}
                        >
                          <S.Day
                            type="button"
                            tabIndex={d === focused ? 0 : -1}
                            aria-label={fmt.full.format(fromIso(d))}
                            aria-current={d === today ? 'date' : undefined}
                            aria-disabled={off || undefined}
                            onClick={() => {
                              setFocused(d);
                              if (!off) onSelect(d);
                            }}
                            onMouseEnter={() => setHover(d)}
                            onFocus={() => setHover(d)}
                            data-date={d}
                            data-part="day"
                          >
                            {fmt.day.format(fromIso(d))}
                          </S.Day>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </S.Grid>
          </S.Month>
        );
      })}
    </S.Root>
  );
});
