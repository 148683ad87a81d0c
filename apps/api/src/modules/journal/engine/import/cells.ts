import { Decimal } from '../decimal';
import { localToUtc, utcWall, validWall, type Zone } from '../time';
import type { Side } from '../types';
import type { ImportContext } from './context';

/** Header name → column index (first occurrence, names trimmed). */
export class Columns {
  private readonly map = new Map<string, number>();
  readonly names: string[];

  constructor(header: readonly string[]) {
    this.names = header.map((h) => h.trim());
    this.names.forEach((name, i) => {
      if (!this.map.has(name)) this.map.set(name, i);
    });
  }

  /** Index of a column, -1 when absent. */
  index(name: string): number {
    return this.map.get(name) ?? -1;
  }

  missing(required: readonly string[]): string[] {
    return required.filter((r) => !this.map.has(r));
  }

  /** The index of each column named (-1 when absent), keyed as given (tableFormat's `columns`). */
  indices<K extends string>(columns: Readonly<Record<K, string>>): Record<K, number> {
    const found = {} as Record<K, number>;
    for (const key of Object.keys(columns) as K[]) found[key] = this.index(columns[key]);
    return found;
  }
}

export type Positivity = 'positive' | 'nonNegative' | 'any';

/**
 * Reads the cells of one row at a time and collects every problem of the row, so the report can
 * say all that is wrong with a line at once. One instance per file, reset per row.
 */
export class Cells {
  fields: string[] = [];
  line = 0;
  problems: string[] = [];

  constructor(private readonly ctx: ImportContext) {}

  reset(fields: string[], line: number): void {
    this.fields = fields;
    this.line = line;
    if (this.problems.length > 0) this.problems = [];
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  fail(reason: string): null {
    this.problems.push(reason);
    return null;
  }

  /** Report the collected problems as one row error; true when there were any. */
  flush(): boolean {
    if (this.problems.length === 0) return false;
    this.ctx.error(this.line, this.problems.join('; '));
    return true;
  }

  /** Trimmed cell text; '' when the column or the cell is absent. */
  text(index: number): string {
    if (index < 0) return '';
    const v = this.fields[index];
    return v === undefined ? '' : v.trim();
  }

  required(index: number, name: string): string | null {
    const v = this.text(index);
    return v === '' ? this.fail(`${name} is empty`) : v;
  }

  /** A plain decimal cell (see Decimal.parse), optionally with a sign rule. */
  decimal(index: number, name: string, positivity: Positivity = 'any', text?: string): Decimal | null {
    const v = text ?? this.required(index, name);
    if (v === null) return null;
    return this.checkDecimal(Decimal.parse(v), name, v, positivity);
  }

  /**
   * A side written BUY or SELL in any case (compared upper-cased, as binance, thinkorswim and
   * IBKR read it), or a problem naming the cell.
   */
  buySell(index: number, name: string): Side | null {
    const v = this.required(index, name);
    if (v === null) return null;
    const s = v.toUpperCase();
    if (s === 'BUY' || s === 'SELL') return s === 'BUY' ? 'buy' : 'sell';
    return this.fail(`${name} "${v}" is not BUY or SELL`);
  }

  /**
   * A quantity signed by its side, as IBKR and thinkorswim write it: never 0, positive for a buy,
   * negative for a sell (checked once the side, read from column `sideIndex`, is known). `note`
   * ends the wrong-sign problem.
   */
  signedQuantity(
    index: number,
    name: string,
    side: Side | null,
    sideIndex: number,
    note = '',
  ): Decimal | null {
    const signed = this.decimal(index, name);
    if (signed !== null && signed.isZero()) this.fail(`${name} is 0`);
    else if (signed !== null && side !== null && signed.sign() > 0 !== (side === 'buy')) {
      this.fail(`${name} "${this.text(index)}" has the wrong sign for ${this.text(sideIndex)}${note}`);
    }
    return signed;
  }

  /** A money or quantity cell that may carry `$` and thousands groups (see parseAmount). */
  amount(index: number, name: string, positivity: Positivity = 'any'): Decimal | null {
    const v = this.required(index, name);
    return v === null ? null : this.checkDecimal(parseAmount(v), name, v, positivity);
  }

  checkDecimal(d: Decimal | null, name: string, v: string, positivity: Positivity): Decimal | null {
    if (d === null) return this.fail(`${name} "${v}" is not a number`);
    if (positivity === 'positive' && d.sign() <= 0) return this.fail(`${name} "${v}" is not greater than 0`);
    if (positivity === 'nonNegative' && d.sign() < 0) return this.fail(`${name} "${v}" is negative`);
    return d;
  }

  /**
   * Resolve a local wall time in the account's timezone, or in `zone` when the file's clock is
   * fixed (TradeZero's US Eastern time). DST gaps are errors, overlaps warned.
   */
  local(
    parts: readonly [number, number, number, number, number, number] | null,
    name: string,
    v: string,
    shape: string,
    zone: Zone = this.ctx.zone,
  ): number | null {
    if (parts === null || !validWall(...parts)) return this.fail(`${name} "${v}" is not a time in ${shape}`);
    const r = localToUtc(zone, utcWall(...parts));
    if (!r.ok) return this.fail(`${name} "${v}" does not exist in ${zone.name} (clocks jump forward then)`);
    if (r.ambiguous) {
      this.ctx.warn(
        this.line,
        'ambiguous-time',
        `${name} "${v}" occurs twice in ${zone.name} (clocks set back); read as the first`,
      );
    }
    return r.utcMs;
  }
}

/**
 * `$2.09`, `2.09`, `$1,234.50`, `-$0.50`, `-4,072.00`: a currency sign and thousands groups are
 * allowed, nothing else.
 */
export function parseAmount(text: string): Decimal | null {
  const m = /^(-?)\$?(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?$/.exec(text);
  if (!m || (m[2] === '' && m[3] === undefined)) return null;
  return Decimal.parse(`${m[1]}${(m[2] as string).replace(/,/g, '')}${m[3] ?? ''}`);
}

type Wall = [number, number, number, number, number, number];

const RE_MDY_24 = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}) (\d{1,2}):(\d{2}):(\d{2})$/;
const RE_MDY_12 = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?([AaPp][Mm])$/;
const RE_YMD_DOT = /^(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const RE_YMD_DASH = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;
const RE_IBKR = /^(\d{4})(\d{2})(\d{2})[;,] ?(\d{2}):?(\d{2}):?(\d{2})$/;

function nums(m: RegExpExecArray | null, order: [number, number, number]): Wall | null {
  if (!m) return null;
  const y = Number(m[order[0]]);
  return [y, Number(m[order[1]]), Number(m[order[2]]), Number(m[4]), Number(m[5]), Number(m[6])];
}

/** `03/15/2024 09:30:45` (and `3/15/24 9:30:45`: two-digit years are 20yy). */
export function wallMdy24(v: string): Wall | null {
  const w = nums(RE_MDY_24.exec(v), [3, 1, 2]);
  if (w && w[0] < 100) w[0] += 2000;
  return w;
}

/** `3/15/2024 9:30:45 AM` */
export function wallMdy12(v: string): Wall | null {
  const m = RE_MDY_12.exec(v);
  const w = nums(m, [3, 1, 2]);
  if (!w || !m) return null;
  if (w[3] < 1 || w[3] > 12) return null;
  const pm = (m[7] as string).toUpperCase() === 'PM';
  w[3] = (w[3] % 12) + (pm ? 12 : 0);
  return w;
}

/** `2024.03.15 09:30:45` */
export function wallYmdDot(v: string): Wall | null {
  return nums(RE_YMD_DOT.exec(v), [1, 2, 3]);
}

/** `2024-03-15 09:30:45` */
export function wallYmdDash(v: string): Wall | null {
  return nums(RE_YMD_DASH.exec(v), [1, 2, 3]);
}

/** `20240315;093045` (IBKR also writes `20240315,093045` or `20240315;09:30:45` in some queries). */
export function wallIbkr(v: string): Wall | null {
  return nums(RE_IBKR.exec(v), [1, 2, 3]);
}

function digitsAt(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * ISO 8601 with an offset: `2024-03-15T09:30:45Z`, `…+01:00`, `…-0500`, optional fraction of
 * a second (kept to the millisecond), `T` or a space between date and time. Null otherwise.
 */
export function parseIsoInstant(s: string): number | null {
  if (s.length < 20) return null;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  const se = digitsAt(s, 17, 2);
  const sep = s.charCodeAt(10);
  if (
    y < 0 ||
    mo < 0 ||
    d < 0 ||
    h < 0 ||
    mi < 0 ||
    se < 0 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    (sep !== 84 && sep !== 32) ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58 ||
    !validWall(y, mo, d, h, mi, se)
  ) {
    return null;
  }
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46 /* . */) {
    i++;
    let scale = 100;
    const start = i;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
    }
    if (i === start) return null;
    ms = Math.floor(ms);
  }
  const rest = s.length - i;
  let offset: number;
  const z = s.charCodeAt(i);
  if (z === 90 /* Z */ && rest === 1) offset = 0;
  else if ((z === 43 || z === 45) && (rest === 6 || rest === 5 || rest === 3)) {
    const oh = digitsAt(s, i + 1, 2);
    const om = rest === 3 ? 0 : digitsAt(s, rest === 6 ? i + 4 : i + 3, 2);
    if (oh < 0 || om < 0 || oh > 23 || om > 59 || (rest === 6 && s.charCodeAt(i + 3) !== 58)) return null;
    offset = (oh * 60 + om) * 60_000 * (z === 45 ? -1 : 1);
  } else return null;
  return utcWall(y, mo, d, h, mi, se, ms) - offset;
}
