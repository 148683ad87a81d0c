import { forwardRef, useMemo, useState } from 'react';
import { calendar as calendarStrings } from '../i18n/locales/calendar/en';
import { useT } from '../i18n/useT';
import { CalendarIcon } from '../icons/icons';
import { Square } from '../IconButton/IconButton.styles';
import { CalendarPopover, CalendarPopoverTrigger } from '../internal/CalendarPopover';
import { FieldFrame, useFieldIds } from '../internal/Field';
import type { FieldProps } from '../internal/Field';
import { joinIds } from '../internal/ids';
import { useControllableState } from '../internal/useControllableState';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { useJournalkit } from '../provider/context';
import { Calendar } from './Calendar';
import { fromIso } from './dates';
import type { IsoDate } from './dates';
import { Input, InputBox } from './DatePicker.styles';
import { parseDate } from './parseDate';

export const datePickerVariants = defineVariants({
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

export interface DatePickerProps extends FieldProps {
  /** An ISO calendar date (`2025-03-14`), or null for none. */
  value?: IsoDate | null;
  defaultValue?: IsoDate | null;
  onValueChange?: (value: IsoDate | null) => void;
  min?: IsoDate;
  max?: IsoDate;
  isDateDisabled?: (date: IsoDate) => boolean;
  placeholder?: string;
  size?: VariantValue<typeof datePickerVariants, 'size'>;
  /** Submits the ISO date in a form (a hidden input). */
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

const numeric: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'UTC',
};

/**
 * A date field (WAI-ARIA date picker dialog): type the date in the locale's numeric format, or open
 * the calendar with the button next to it. The calendar is a modal popover; focus starts on the
 * selected day (or today), Escape returns to the button. `ref` reaches the text input.
 */
export const DatePicker = forwardRef<HTMLInputElement, DatePickerProps>(function DatePicker(
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
  const [value, setValue] = useControllableState({
    value: valueProp,
    defaultValue: defaultValue ?? null,
    onChange: onValueChange,
  });
  const fmt = useMemo(
    () => ({
      numeric: new Intl.DateTimeFormat(locale, numeric),
      full: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }),
    }),
    [locale],
  );
  const show = (d: IsoDate | null) => (d ? fmt.numeric.format(fromIso(d)) : '');
  const [text, setText] = useState<string | null>(null); // null: showing the value
  const [problem, setProblem] = useState<string | null>(null);
  const example = fmt.numeric.format(fromIso('2025-12-31'));
  const ids = useFieldIds(id, { description, error: error ?? problem });
  const hintId = `${ids.controlId}-hint`;

  const commit = () => {
    if (text === null) return;
    const parsed = text.trim() ? parseDate(text, locale) : null;
    if (text.trim() && !parsed) return setProblem(t('datePicker.invalid', { example }));
    if (parsed && ((min && parsed < min) || (max && parsed > max) || isDateDisabled?.(parsed)))
      return setProblem(
        min && max
          ? t('datePicker.outOfRange', { min: show(min), max: show(max) })
          : t('datePicker.invalid', { example }),
      );
    setProblem(null);
    setText(null);
    setValue(parsed);
  };

  return (
    <FieldFrame
      component="DatePicker"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error ?? problem}
      required={required}
      ids={ids}
    >
      <CalendarPopover
        open={openProp}
        defaultOpen={defaultOpen}
        onOpenChange={onOpenChange}
        label={t('calendar.dialog')}
        align="end"
        component="DatePicker.Content"
        field={
          <>
            <InputBox
              data-part="control"
              data-size={size}
              data-invalid={error || problem ? true : undefined}
              data-disabled={disabled || undefined}
            >
              <Input
                ref={ref}
                id={ids.controlId}
                type="text"
                autoComplete="off"
                value={text ?? show(value)}
                placeholder={placeholder ?? example}
                required={required}
                disabled={disabled}
                aria-invalid={error || problem ? true : undefined}
                aria-describedby={joinIds(ids.describedBy, hintId)}
                onChange={(e) => setText(e.target.value)}
                onBlur={commit}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') commit();
                }}
                data-part="input"
              />
              <VisuallyHidden id={hintId}>{t('datePicker.formatHint', { example })}</VisuallyHidden>
              <CalendarPopoverTrigger>
                <Square
                  aria-label={
                    value
                      ? t('datePicker.change', { date: fmt.full.format(fromIso(value)) })
                      : t('datePicker.open')
                  }
                  variant="ghost"
                  tone="neutral"
                  size="sm"
                  disabled={disabled}
                  data-part="calendar-button"
                  data-component="IconButton"
                >
                  <CalendarIcon />
                </Square>
              </CalendarPopoverTrigger>
            </InputBox>
            {name && <input type="hidden" name={name} value={value ?? ''} />}
          </>
        }
      >
        {(close) => (
          <Calendar
            autoFocus
            selected={value}
            min={min ?? null}
            max={max ?? null}
            {...(isDateDisabled && { isDateDisabled })}
            onSelect={(d) => {
              setValue(d);
              setText(null);
              setProblem(null);
              close();
            }}
          />
        )}
      </CalendarPopover>
    </FieldFrame>
  );
});
