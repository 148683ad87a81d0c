import { Decimal } from './decimal';
import { daysInMonth } from './time';

export const ASSET_CLASSES = ['stock', 'etf', 'option', 'future', 'crypto', 'forex'] as const;
export type AssetClass = (typeof ASSET_CLASSES)[number];

export function isAssetClass(v: string): v is AssetClass {
  return (ASSET_CLASSES as readonly string[]).includes(v);
}

/** journal.md, "Instruments and multipliers": futures by root. */
export const FUTURE_MULTIPLIERS: Readonly<Record<string, string>> = {
  ES: '50',
  MES: '5',
  NQ: '20',
  MNQ: '2',
  YM: '5',
  MYM: '0.5',
  RTY: '50',
  M2K: '5',
  CL: '1000',
  MCL: '100',
  GC: '100',
  MGC: '10',
  SI: '5000',
  ZB: '1000',
  ZN: '1000',
  '6E': '125000',
};

const DEFAULT_MULTIPLIER: Record<Exclude<AssetClass, 'future'>, Decimal> = {
  stock: Decimal.ONE,
  etf: Decimal.ONE,
  option: Decimal.fromInt(100),
  crypto: Decimal.ONE,
  forex: Decimal.ONE,
};

export const MONTH_CODES = 'FGHJKMNQUVXZ';

export interface FutureContract {
  root: string;
  /** 1–12 */
  month: number;
  /** four digits */
  year: number;
}

/** ROOT + month code + two-digit year: `ESH24`. */
export function canonicalFuture(c: FutureContract): string {
  return `${c.root}${MONTH_CODES[c.month - 1]}${String(c.year % 100).padStart(2, '0')}`;
}

/**
 * Year of a contract written with one or two year digits, traded in `tradeYear`: the first year
 * ending in those digits that is not before the year preceding the trade (`ESH4` traded in 2024
 * is 2024, `ESH5` traded in December 2024 is 2025).
 */
export function contractYear(digits: string, tradeYear: number): number {
  const mod = digits.length === 1 ? 10 : 100;
  const d = Number(digits);
  let y = tradeYear - 1 - ((((tradeYear - 1) % mod) + mod) % mod) + d;
  if (y < tradeYear - 1) y += mod;
  return y;
}

/**
 * Parse compact contract codes: `ESH4`, `ESH24`, `/ESM24`, `MNQM4`, `6EM4`. With `root` given
 * (Tradovate's Product column) the code must start with it; otherwise the root is everything
 * before the last month-code letter that is followed only by digits.
 */
export function parseFutureCode(code: string, tradeYear: number, root?: string): FutureContract | null {
  const c = code.startsWith('/') ? code.slice(1) : code;
  const m = /^([A-Z0-9]+?)([FGHJKMNQUVXZ])(\d{1,2})$/.exec(c);
  if (!m) return null;
  const [, r, monthCode, digits] = m as unknown as [string, string, string, string];
  if (root !== undefined && r !== root) return null;
  return { root: r, month: MONTH_CODES.indexOf(monthCode) + 1, year: contractYear(digits, tradeYear) };
}

/** NinjaTrader's `ES 03-24`. */
export function parseNinjaFuture(instrument: string): FutureContract | null {
  const m = /^(\S+) (\d{2})-(\d{2})$/.exec(instrument);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { root: m[1] as string, month, year: 2000 + Number(m[3]) };
}

/**
 * Multiplier of an instrument when the file gives none. For futures, null when the root is not
 * in the table (or in `extra`, the caller's additions): the row is then reported, not guessed.
 */
export function defaultMultiplier(
  assetClass: AssetClass,
  root: string | null,
  extra?: Readonly<Record<string, string>>,
): Decimal | null {
  if (assetClass !== 'future') return DEFAULT_MULTIPLIER[assetClass];
  if (root === null) return null;
  const m = extra?.[root] ?? FUTURE_MULTIPLIERS[root];
  return m === undefined ? null : Decimal.parse(m);
}

const THOUSAND = Decimal.fromInt(1000);

/**
 * An option contract in the OCC's compact form: root, YYMMDD, C or P, strike × 1000 in eight
 * digits (`SPY241220P00500000`). Null when the date is not a calendar date or the strike does not
 * fit the eight digits (more than three decimals, not positive, or 100000 and above).
 */
export function occOption(
  root: string,
  year: number,
  month: number,
  day: number,
  right: 'C' | 'P',
  strike: Decimal,
): string | null {
  if (!/^[A-Z0-9./]{1,6}$/.test(root) || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  const k = strike.mul(THOUSAND);
  const digits = k.toString();
  if (k.sign() <= 0 || !/^\d{1,8}$/.test(digits)) return null;
  const yymmdd = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return `${root}${yymmdd}${right}${digits.padStart(8, '0')}`;
}

/**
 * An OCC option symbol as brokers write it, the root padded to six with spaces
 * (`SPY   241220C00560000`; the padding may be missing): its compact form `SPY241220C00560000`,
 * or null when it is not one.
 */
export function parseOccSymbol(text: string): string | null {
  const m = /^([A-Z0-9./]{1,6}) *(\d{2})(\d{2})(\d{2})([CP])(\d{8})$/.exec(text);
  if (!m) return null;
  const [, root, yy, mm, dd, right, strike] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const mo = Number(mm);
  const d = Number(dd);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(2000 + Number(yy), mo)) return null;
  if (/^0+$/.test(strike)) return null;
  return `${root}${yy}${mm}${dd}${right}${strike}`;
}
