import { Decimal } from './decimal';

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
