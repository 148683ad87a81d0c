/**
 * Decimal numbers typed the way a locale writes them (`1,5` in German, `١٫٥` in Arabic) read into
 * the API's plain form (`"1.5"`), and the API's form shown back in the locale's. Works on strings,
 * never through `Number`, so prices with many digits keep every one of them.
 */

/** The API's decimal string: up to 20 integer and 12 fraction digits, `.` as the point. */
const plainDecimal = /^-?\d{1,20}(\.\d{1,12})?$/;

// Bidi marks Intl puts around a minus sign (LRM, RLM, ALM), removed before reading.
const bidiMarks = /[\u200e\u200f\u061c]/g;
// Digit sets read in every locale: Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹).
const digitZeros = [0x660, 0x6f0];
// The Arabic decimal separator `٫` is never a group separator, so it is read in every locale.
const arabicDecimal = '\u066b';

interface DecimalSymbols {
  /** The locale's decimal separator (`.`, `,`, `٫`). */
  decimal: string;
  /** What Intl writes before a negative number (`-`, `\u200e-`, `\u061c-`, `\u200e−`). */
  minus: string;
  /** The locale's digits 0–9 (ASCII, or e.g. `٠…٩` in `ar-EG`). */
  digits: readonly string[];
}

const symbolsByLocale = new Map<string, DecimalSymbols>();

function decimalSymbols(locale: string): DecimalSymbols {
  let symbols = symbolsByLocale.get(locale);
  if (symbols) return symbols;
  const nf = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 1 });
  const parts = nf.formatToParts(-1.5);
  const integer = parts.findIndex((p) => p.type === 'integer');
  symbols = {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    minus:
      parts
        .slice(0, Math.max(integer, 0))
        .map((p) => p.value)
        .join('') || '-',
    digits: Array.from({ length: 10 }, (_, d) => nf.format(d)),
  };
  symbolsByLocale.set(locale, symbols);
  return symbols;
}

/**
 * Read a decimal typed in `locale` and return it in the API's plain form (`"-1.5"`), or `null`
 * when it is not one. Accepted: ASCII digits, the locale's own digits and Arabic-Indic / Eastern
 * Arabic-Indic digits; `.` (in every locale, so the API's form always works), the locale's decimal
 * separator (from `Intl.NumberFormat(locale).formatToParts`) and `٫`; a leading `-` or `−`.
 *
 * Group separators are rejected, not ignored: `.` is always the decimal point, so German
 * `1.234,5` (`.` is de's group separator) cannot be read without guessing, and a typo such as
 * `1,5` in English (`,` is en's group separator) would silently become 15. A stop or risk is a
 * short number; asking the user to type it without grouping is the safe choice.
 */
export function parseLocaleDecimal(text: string, locale: string): string | null {
  const { decimal, digits } = decimalSymbols(locale);
  let s = text
    .replace(bidiMarks, '')
    .trim()
    .replace(/^\u2212/, '-');
  s = s.replace(/\p{Nd}/gu, (d) => {
    const own = digits.indexOf(d);
    if (own >= 0) return String(own);
    const code = d.codePointAt(0)!;
    const zero = digitZeros.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? d : String(code - zero);
  });
  s = s.replaceAll(arabicDecimal, '.');
  if (decimal !== '.') s = s.replaceAll(decimal, '.');
  return plainDecimal.test(s) ? s : null;
}

/**
 * Show an API decimal (`"1.5"`) the way `locale` writes numbers (`1,5`, `١٫٥`), without grouping,
 * so `parseLocaleDecimal` reads it back to exactly the same string. Anything that is not a plain
 * decimal is returned as it is.
 */
export function formatLocaleDecimal(value: string, locale: string): string {
  if (!plainDecimal.test(value)) return value;
  const { decimal, minus, digits } = decimalSymbols(locale);
  return value.replace(/[-.\d]/g, (c) => (c === '-' ? minus : c === '.' ? decimal : digits[Number(c)]!));
}
