import { useState } from 'react';
import type { ReactNode } from 'react';
import { formatLocaleDecimal, parseLocaleDecimal } from '../intl/localeDecimal';
import { TextField } from '../TextField/TextField';

export interface DecimalFieldProps {
  label: string;
  description?: ReactNode;
  /** The API's plain decimal (`"1.5"`), `null` when empty, or the text as typed when it is not a number. */
  value: string | null;
  onValueChange: (value: string | null) => void;
  locale: string;
  error?: ReactNode;
  disabled?: boolean;
}

/** What a field's text stands for: empty → `null`, a number → its plain form, else the text. */
export function decimalValue(text: string, locale: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : (parseLocaleDecimal(trimmed, locale) ?? trimmed);
}

/** True when `value` is set and is not a number in `locale` (nor in the API's plain form). */
export function isInvalidDecimal(value: string | null, locale: string): boolean {
  return value !== null && parseLocaleDecimal(value, locale) === null;
}

/**
 * A decimal input in the locale's form (`1,5` in German, `١٫٥` in Arabic) whose value is the API's
 * plain decimal. It keeps the text as typed while that text still stands for the value; a value set
 * from outside (from the API, a reset) is shown in the locale's form.
 */
export function DecimalField({ value, onValueChange, locale, ...field }: DecimalFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown =
    draft !== null && decimalValue(draft, locale) === value
      ? draft
      : value === null
        ? ''
        : formatLocaleDecimal(value, locale);
  return (
    <TextField
      {...field}
      inputMode="decimal"
      value={shown}
      onChange={(e) => {
        setDraft(e.target.value);
        onValueChange(decimalValue(e.target.value, locale));
      }}
    />
  );
}
