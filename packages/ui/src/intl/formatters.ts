/** Direction of a signed amount: drives colour, icon and the spoken word, never colour alone. */
export type Trend = 'up' | 'down' | 'flat';

export interface SignedValue {
  /** Formatted with an explicit sign: `+$1,234.50`, `−3.2%`, `$0.00`. */
  text: string;
  trend: Trend;
}

export interface Formatters {
  locale: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  money(value: number, currency: string, options?: Intl.NumberFormatOptions): string;
  /** `value` is a fraction: 0.125 → "12.5%". */
  percent(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | number | string, options?: Intl.DateTimeFormatOptions): string;
  dateTime(value: Date | number | string, options?: Intl.DateTimeFormatOptions): string;
  /** Signed profit/loss: money with a currency, a plain number without. */
  pnl(value: number, currency?: string, options?: Intl.NumberFormatOptions): SignedValue;
  /** Signed percentage change (`value` a fraction). */
  signedPercent(value: number, options?: Intl.NumberFormatOptions): SignedValue;
}

const trendOf = (v: number): Trend => (v > 0 ? 'up' : v < 0 ? 'down' : 'flat');
/**
 * No minus on zero: negative zero (`-0`, as a negated "0.00" drawdown gives) and amounts that round
 * to zero (`-0.001` with two decimals) are shown as `$0.00`, never `-$0.00`.
 */
const noNegativeZero: Intl.NumberFormatOptions = { signDisplay: 'negative' };
const toDate = (v: Date | number | string) => (v instanceof Date ? v : new Date(v));

/** Intl formatters for one locale, with formatter instances cached (they are costly to create). */
export function createFormatters(locale: string): Formatters {
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const nf = (o: Intl.NumberFormatOptions = {}) => {
    const key = JSON.stringify(o);
    let f = numbers.get(key);
    if (!f) numbers.set(key, (f = new Intl.NumberFormat(locale, o)));
    return f;
  };
  const df = (o: Intl.DateTimeFormatOptions) => {
    const key = JSON.stringify(o);
    let f = dates.get(key);
    if (!f) dates.set(key, (f = new Intl.DateTimeFormat(locale, o)));
    return f;
  };
  // Intl knows ISO 4217 codes; a quote asset such as USDT is shown as a number and its code.
  const iso = (currency: string) => /^[A-Za-z]{3}$/.test(currency);
  const money = (currency: string, o?: Intl.NumberFormatOptions): Intl.NumberFormatOptions =>
    iso(currency)
      ? { style: 'currency', currency, ...o }
      : { minimumFractionDigits: 2, maximumFractionDigits: 8, ...o };
  const withCode = (text: string, currency: string | undefined) =>
    currency && !iso(currency) ? `${text} ${currency}` : text;
  return {
    locale,
    number: (v, o) => nf({ ...noNegativeZero, ...o }).format(v),
    money: (v, currency, o) => withCode(nf({ ...noNegativeZero, ...money(currency, o) }).format(v), currency),
    percent: (v, o) => nf({ style: 'percent', maximumFractionDigits: 2, ...noNegativeZero, ...o }).format(v),
    date: (v, o = { dateStyle: 'medium' }) => df(o).format(toDate(v)),
    dateTime: (v, o = { dateStyle: 'medium', timeStyle: 'short' }) => df(o).format(toDate(v)),
    pnl: (v, currency, o) => ({
      text: withCode(
        nf({
          ...(currency ? money(currency) : { maximumFractionDigits: 2 }),
          signDisplay: 'exceptZero',
          ...o,
        }).format(v),
        currency,
      ),
      trend: trendOf(v),
    }),
    signedPercent: (v, o) => ({
      text: nf({ style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero', ...o }).format(v),
      trend: trendOf(v),
    }),
  };
}
