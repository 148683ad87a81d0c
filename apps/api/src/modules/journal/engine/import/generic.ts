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
import { DecimalMemo } from './intern';
import type { FormatSpec, RowHandler } from './driver';

/** The columns a generic file must have: the first of the kit's columns, in their documented order. */
const REQUIRED = ['executed_at', 'symbol', 'asset_class', 'side', 'quantity', 'price'] as const;
/** The kit's own columns, in their documented order: the required ones, then the optional ones. */
export const GENERIC_FIELDS = [...REQUIRED, 'fees', 'multiplier', 'currency', 'execution_id'] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];
export const GENERIC_REQUIRED: readonly GenericField[] = REQUIRED;

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

interface Col {
  /** column index, -1 when absent */
  i: number;
  /** fixed value used when the cell is empty or absent ('' when none) */
  k: string;
  /** name used in messages */
  label: string;
}

/** The generic row reader, shared by the `generic` format and the column-mapping path. */
export function genericRows(src: GenericSource, ctx: ImportContext): RowHandler {
  const cells = new Cells(ctx);
  const time = src.time ?? isoTime;
  const col = (f: GenericField): Col => ({ i: src.index[f], k: src.constant[f] ?? '', label: src.label[f] });
  const [cTime, cSymbol, cClass, cSide, cQty, cPrice, cFees, cMult, cCurrency, cId] = GENERIC_FIELDS.map(
    col,
  ) as [Col, Col, Col, Col, Col, Col, Col, Col, Col, Col];
  const get = (c: Col): string => {
    const v = cells.text(c.i);
    return v === '' ? c.k : v;
  };
  const req = (c: Col): string | null => {
    const v = get(c);
    return v === '' ? cells.fail(`${c.label} is empty`) : v;
  };
  const extra = ctx.options.futureMultipliers;
  const feesMemo = new DecimalMemo();
  const multiplierMemo = new DecimalMemo();
  // Canonical futures symbols by "year|symbol", and upper-cased currencies, computed once each.
  const futures = new Map<string, { symbol: string; root: string } | null>();
  const defaultCurrency = ctx.currency.toUpperCase();
  let lastCurrency = '';
  let lastCurrencyUpper = '';

  return (fields, line, raw) => {
    cells.reset(fields, line);
    const tText = req(cTime);
    const executedAt = tText === null ? null : time(cells, tText, cTime.label);
    let symbol = req(cSymbol);
    const classText = req(cClass);
    let assetClass: AssetClass | null = null;
    if (classText !== null) {
      const c = classText.toLowerCase();
      if (isAssetClass(c)) assetClass = c;
      else cells.fail(`${cClass.label} "${classText}" is not one of ${ASSET_CLASSES.join(', ')}`);
    }
    const side = parseSide(cells, req(cSide), cSide.label);
    const qText = req(cQty);
    const quantity = qText === null ? null : cells.decimal(-1, cQty.label, 'positive', qText);
    const pText = req(cPrice);
    const price = pText === null ? null : cells.decimal(-1, cPrice.label, 'any', pText);
    const fText = get(cFees);
    const fees =
      fText === ''
        ? Decimal.ZERO
        : cells.checkDecimal(feesMemo.parse(fText), cFees.label, fText, 'nonNegative');
    const mText = get(cMult);
    let multiplier =
      mText === '' ? null : cells.checkDecimal(multiplierMemo.parse(mText), cMult.label, mText, 'positive');
    let root: string | null = null;
    if (assetClass === 'future' && symbol !== null && executedAt !== null) {
      const key = `${new Date(executedAt).getUTCFullYear()}|${symbol}`;
      let fut = futures.get(key);
      if (fut === undefined) futures.set(key, (fut = canonicalFutureSymbol(symbol, executedAt)));
      if (fut === null)
        cells.fail(`${cSymbol.label} "${symbol}" is not a futures contract like ESH24 or ES 03-24`);
      else {
        symbol = fut.symbol;
        root = fut.root;
      }
    }
    if (mText === '' && assetClass !== null && cells.ok) {
      multiplier = defaultMultiplier(assetClass, root, extra);
      if (multiplier === null) {
        cells.fail(`${cMult.label} is empty and no multiplier is known for the future root ${root}`);
      }
    }
    if (cells.flush()) return;
    let currency = get(cCurrency);
    if (currency === '') currency = defaultCurrency;
    else if (currency === lastCurrency) currency = lastCurrencyUpper;
    else {
      lastCurrency = currency;
      currency = lastCurrencyUpper = currency.toUpperCase();
    }
    ctx.accept(
      {
        id: get(cId),
        executedAt: executedAt as number,
        symbol: symbol as string,
        assetClass: assetClass as AssetClass,
        side: side as Side,
        quantity: quantity as Decimal,
        price: price as Decimal,
        fees: fees as Decimal,
        multiplier: multiplier as Decimal,
        currency,
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
