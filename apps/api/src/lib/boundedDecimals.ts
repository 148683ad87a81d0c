import { Type } from 'typebox';
import { Decimal } from '../modules/journal/engine';
import { money, plain } from './decimals';

/**
 * Decimal inputs bounded to what they are stored and answered as, exactly. The database's
 * `numeric(24, 8)` holds 16 integer and 8 fractional digits; an unbounded `numeric` column holds
 * more, but the API answers prices and amounts with at most 8 decimals (lib/decimals `plain`) and
 * its decimal strings with at most 20 integer digits, so a value outside these bounds could not
 * come back as it was sent. A value outside is refused by the route schema (400 validation-error
 * naming the field), before anything is written.
 */
export const DECIMAL_24_8 = { integerDigits: 16, fractionDigits: 8 } as const;

export function BoundedDecimal(opts: {
  integerDigits: number;
  fractionDigits: number;
  /** false: no minus sign. */
  signed: boolean;
  description: string;
  examples?: string[];
}) {
  const { integerDigits, fractionDigits, signed } = opts;
  return Type.String({
    pattern: `^${signed ? '-?' : ''}\\d{1,${integerDigits}}(\\.\\d{1,${fractionDigits}})?$`,
    maxLength: integerDigits + fractionDigits + 2,
    description: `${opts.description} At most ${integerDigits} integer digits and ${fractionDigits} decimals${
      signed ? '' : ', not negative'
    }.`,
    examples: opts.examples ?? ['1744.92'],
  });
}

/** What a `DecimalString()` in a response may hold (lib/schemas): 20 integer and 12 fractional digits. */
const ANSWERABLE = /^-?\d{1,20}(\.\d{1,12})?$/;

/** The exact value of a stored decimal, or null when it is not a plain decimal (NaN, Infinity). */
export function storedDecimal(v: string | null | undefined): Decimal | null {
  return v === null || v === undefined ? null : Decimal.parse(v);
}

/**
 * The read path never breaks on a stored value: a nullable decimal that cannot be answered as a
 * `DecimalString` (wider than the contract, or not a number) is answered as null rather than
 * failing the whole response (and every list holding it).
 */
function answerable(format: (v: string) => string | null, v: string | null | undefined): string | null {
  if (v === null || v === undefined || Decimal.parse(v) === null) return null;
  const s = format(v);
  return s !== null && ANSWERABLE.test(s) ? s : null;
}

/** `money()` for nullable fields: cents, or null when the value cannot be answered. */
export const moneyOrNull = (v: string | null | undefined) => answerable(money, v);

/** `plain()` for nullable fields: up to 8 decimals, or null when the value cannot be answered. */
export const plainOrNull = (v: string | null | undefined) => answerable((x) => plain(x), v);
