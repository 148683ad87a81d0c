import { Decimal } from '../modules/journal/engine';

/** Money at the edge: cents, rounded once from the exact value (half-even, as the engine). */
export const money = (v: string | null | undefined): string | null =>
  v === null || v === undefined ? null : Decimal.from(v).toFixed(2);

/** Prices and quantities: exact to 8 decimals, without trailing zeros ("172.5"). */
export function plain(v: string | null | undefined, digits = 8): string | null {
  if (v === null || v === undefined) return null;
  const s = Decimal.from(v).toFixed(digits);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Ratios travel unrounded as numbers. */
export const ratio = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);
