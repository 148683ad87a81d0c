import { Decimal } from '../decimal';
import {
  ASSET_CLASSES,
  canonicalFuture,
  defaultMultiplier,
  isAssetClass,
  parseFutureCode,
  parseNinjaFuture,
  type AssetClass,
} from '../instruments';
import type { Side } from '../types';
import { Cells, parseIsoInstant, type Columns } from './cells';
import type { ImportContext } from './context';
import type { FormatSpec, RowHandler } from './driver';

/** The kit's own columns, in their documented order. */
export const GENERIC_FIELDS = [
  'executed_at',
  'symbol',
  'asset_class',
  'side',
  'quantity',
  'price',
  'fees',
  'multiplier',
  'currency',
  'execution_id',
] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];
export const GENERIC_REQUIRED: readonly GenericField[] = [
  'executed_at',
  'symbol',
  'asset_class',
  'side',
  'quantity',
  'price',
];

/** Where each generic field comes from: a column index (-1: absent) or a constant value. */
export interface GenericSource {
  index: Record<GenericField, number>;
  /** Column name to use in messages. */
  label: Record<GenericField, string>;
  constant: Partial<Record<GenericField, string>>;
  /** Reads the time cell; default ISO 8601 with an offset. */
  time?: (cells: Cells, value: string, label: string) => number | null;
}

const ISO_HINT = 'ISO 8601 with an offset, like 2024-03-15T09:30:45-04:00';

function isoTime(cells: Cells, v: string, label: string): number | null {
  const t = parseIsoInstant(v);
  return t === null ? cells.fail(`${label} "${v}" is not a time in ${ISO_HINT}`) : t;
}

export function parseSide(cells: Cells, v: string | null, label: string): Side | null {
  if (v === null) return null;
  const s = v.toLowerCase();
  if (s === 'buy' || s === 'sell') return s;
  return cells.fail(`${label} "${v}" is not buy or sell`);
}

/** Canonical futures symbol (`ESH4`, `/ESH24`, `ES 03-24` → `ESH24`) and its root. */
export function canonicalFutureSymbol(
  symbol: string,
  executedAt: number,
): { symbol: string; root: string } | null {
  const year = new Date(executedAt).getUTCFullYear();
  const c = parseFutureCode(symbol, year) ?? parseNinjaFuture(symbol);
  return c ? { symbol: canonicalFuture(c), root: c.root } : null;
}

/** The generic row reader, shared by the `generic` format and the column-mapping path. */
export function genericRows(src: GenericSource, ctx: ImportContext): RowHandler {
  const cells = new Cells(ctx);
  const time = src.time ?? isoTime;
  const { index: ix, label: lb, constant } = src;
  const val = (f: GenericField): string => {
    const v = cells.text(ix[f]);
    return v === '' ? (constant[f] ?? '') : v;
  };
  const req = (f: GenericField): string | null => {
    const v = val(f);
    return v === '' ? cells.fail(`${lb[f]} is empty`) : v;
  };
  const extra = ctx.options.futureMultipliers;

  return (fields, line, raw) => {
    cells.reset(fields, line);
    const tText = req('executed_at');
    const executedAt = tText === null ? null : time(cells, tText, lb.executed_at);
    let symbol = req('symbol');
    const classText = req('asset_class');
    let assetClass: AssetClass | null = null;
    if (classText !== null) {
      const c = classText.toLowerCase();
      if (isAssetClass(c)) assetClass = c;
      else cells.fail(`${lb.asset_class} "${classText}" is not one of ${ASSET_CLASSES.join(', ')}`);
    }
    const side = parseSide(cells, req('side'), lb.side);
    const qText = req('quantity');
    const quantity = qText === null ? null : cells.decimal(-1, lb.quantity, 'positive', qText);
    const pText = req('price');
    const price = pText === null ? null : cells.decimal(-1, lb.price, 'any', pText);
    const fText = val('fees');
    const fees = fText === '' ? Decimal.ZERO : cells.decimal(-1, lb.fees, 'nonNegative', fText);
    const mText = val('multiplier');
    let multiplier: Decimal | null =
      mText === '' ? null : cells.decimal(-1, lb.multiplier, 'positive', mText);
    let root: string | null = null;
    if (assetClass === 'future' && symbol !== null && executedAt !== null) {
      const fut = canonicalFutureSymbol(symbol, executedAt);
      if (fut === null)
        cells.fail(`${lb.symbol} "${symbol}" is not a futures contract like ESH24 or ES 03-24`);
      else {
        symbol = fut.symbol;
        root = fut.root;
      }
    }
    if (mText === '' && assetClass !== null && cells.ok) {
      multiplier = defaultMultiplier(assetClass, root, extra);
      if (multiplier === null) {
        cells.fail(`${lb.multiplier} is empty and no multiplier is known for the future root ${root}`);
      }
    }
    if (cells.flush()) return;
    ctx.accept(
      {
        id: val('execution_id'),
        executedAt: executedAt as number,
        symbol: symbol as string,
        assetClass: assetClass as AssetClass,
        side: side as Side,
        quantity: quantity as Decimal,
        price: price as Decimal,
        fees: fees as Decimal,
        multiplier: multiplier as Decimal,
        currency: (val('currency') || ctx.currency).toUpperCase(),
        seq: line,
        line,
      },
      raw,
    );
  };
}

export function genericSourceFromHeader(cols: Columns): GenericSource {
  const index = {} as Record<GenericField, number>;
  const label = {} as Record<GenericField, string>;
  for (const f of GENERIC_FIELDS) {
    index[f] = cols.index(f);
    label[f] = f;
  }
  return { index, label, constant: {} };
}

export const genericFormat: FormatSpec = {
  id: 'generic',
  required: GENERIC_REQUIRED,
  header: { kind: 'first' },
  prepare: (cols, ctx) => genericRows(genericSourceFromHeader(cols), ctx),
};
