import { forwardRef, useMemo, useState } from 'react';
import { Button } from '../Button/Button';
import { Calendar } from '../DatePicker/Calendar';
import type { DateRange } from '../DatePicker/Calendar';
import { fromIso } from '../DatePicker/dates';
import type { IsoDate } from '../DatePicker/dates';
import { PanelFooter, TriggerBox } from '../DatePicker/DatePicker.styles';
import { calendar as calendarStrings } from '../i18n/locales/calendar/en';
import { useT } from '../i18n/useT';
import { CalendarIcon } from '../icons/icons';
import { CalendarPopover, CalendarPopoverTrigger } from '../internal/CalendarPopover';
import { FieldFrame, useFieldIds } from '../internal/Field';
import type { FieldProps } from '../internal/Field';
import { useControllableState } from '../internal/useControllableState';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { useJournalkit } from '../provider/context';
import { Body, Presets } from './DateRangePicker.styles';

export const dateRangePickerVariants = defineVariants({
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

/** A complete range: both ends, `start <= end`, ISO calendar dates. */
export interface DateRangeValue {
  start: IsoDate;
  end: IsoDate;
}

export interface DateRangePreset {
  /** Already translated ("Last 7 days", "This month"). */
  label: string;
  range: DateRangeValue;
}

export interface DateRangePickerProps extends FieldProps {
  value?: DateRangeValue | null;
  defaultValue?: DateRangeValue | null;
  /** Called once both ends are picked (or with null on Clear). */
  onValueChange?: (value: DateRangeValue | null) => void;
  min?: IsoDate;
  max?: IsoDate;
  isDateDisabled?: (date: IsoDate) => boolean;
  /** Months side by side in the popover. Default 2. */
  months?: 1 | 2;
  /** Shortcuts beside the calendar. */
  presets?: readonly DateRangePreset[];
  placeholder?: string;
  size?: VariantValue<typeof dateRangePickerVariants, 'size'>;
  /** Submits `<name>Start` / `<name>End` ISO dates in a form. */
  name?: string;
  required?: boolean;
  disabled?: boolean;
  /** The calendar popover, controlled or uncontrolled. */
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  id?: string;
  className?: string;
}

/**
 * Pick a period (a journal filter, a report range): a button showing the range in the locale,
 * opening a modal calendar popover where the first pick starts the range and the second ends it,
 * with an optional list of presets. Same keyboard as the calendar. `ref` reaches the button.
 */
export const DateRangePicker = forwardRef<HTMLButtonElement, DateRangePickerProps>(function DateRangePicker(
  {
    label,
    hideLabel,
    description,
    error,
    value: valueProp,
    defaultValue,
    onValueChange,
    min,
    max,
    isDateDisabled,
    months = 2,
    presets,
    placeholder,
    size = 'md',
    name,
    required,
    disabled,
    open: openProp,
    defaultOpen,
    onOpenChange,
    id,
    className,
  },
  ref,
) {
  const t = useT(calendarStrings);
  const { locale } = useJournalkit();
  const ids = useFieldIds(id, { description, error });
  const [value, setValue] = useControllableState({
    value: valueProp,
    defaultValue: defaultValue ?? null,
    onChange: onValueChange,
  });
  const [draft, setDraft] = useState<DateRange>(() => value ?? { start: null, end: null });
  const fmt = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    [locale],
  );
  const text = value ? fmt.formatRange(fromIso(value.start), fromIso(value.end)) : null;

  const commit = (next: DateRangeValue | null, close: () => void) => {
    setValue(next);
    close();
  };
  const pick = (d: IsoDate, close: () => void) => {
    if (!draft.start || draft.end) return setDraft({ start: d, end: null });
    const [start, end] = d < draft.start ? [d, draft.start] : [draft.start, d];
    setDraft({ start, end });
    commit({ start, end }, close);
  };

  return (
    <FieldFrame
      component="DateRangePicker"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      ids={ids}
    >
      <CalendarPopover
        open={openProp}
        defaultOpen={defaultOpen}
        onOpenChange={onOpenChange}
        onOpen={() => setDraft(value ?? { start: null, end: null })}
        label={t('calendar.rangeDialog')}
        align="start"
        component="DateRangePicker.Content"
        field={
          <>
            <CalendarPopoverTrigger>
              <TriggerBox
                ref={ref}
                id={ids.controlId}
                type="button"
                disabled={disabled}
                aria-describedby={ids.describedBy}
                aria-invalid={error ? true : undefined}
                data-part="trigger"
                data-size={size}
                data-placeholder={text ? undefined : ''}
                data-invalid={error ? true : undefined}
                data-disabled={disabled || undefined}
              >
                <span data-part="value">{text ?? placeholder ?? t('dateRangePicker.placeholder')}</span>
                <span data-part="icon" aria-hidden>
                  <CalendarIcon />
                </span>
              </TriggerBox>
            </CalendarPopoverTrigger>
            {name && (
              <>
                <input type="hidden" name={`${name}Start`} value={value?.start ?? ''} />
                <input type="hidden" name={`${name}End`} value={value?.end ?? ''} />
              </>
            )}
          </>
        }
      >
        {(close) => (
          <>
            <Body data-part="body">
              {presets && presets.length > 0 && (
                <Presets data-part="presets">
                  {presets.map((p) => (
                    <li key={p.label}>
                      <Button size="sm" variant="ghost" tone="neutral" onClick={() => commit(p.range, close)}>
                        {p.label}
                      </Button>
                    </li>
                  ))}
                </Presets>
              )}
              <Calendar
                autoFocus
                months={months}
                range={draft}
                min={min ?? null}
                max={max ?? null}
                {...(isDateDisabled && { isDateDisabled })}
                onSelect={(d) => pick(d, close)}
              />
            </Body>
            <PanelFooter data-part="footer">
              <span data-part="hint" aria-live="polite">
                {t(draft.start && !draft.end ? 'calendar.pickEnd' : 'calendar.pickStart')}
              </span>
              <span data-part="actions">
                <Button
                  size="sm"
                  variant="ghost"
                  tone="neutral"
                  disabled={!value && !draft.start}
                  onClick={() => {
                    setDraft({ start: null, end: null });
                    commit(null, close);
                  }}
                >
                  {t('calendar.clear')}
                </Button>
              </span>
            </PanelFooter>
          </>
        )}
      </CalendarPopover>
    </FieldFrame>
  );
});
