/**
 * Exact fixed-point decimals: value = coef × 10^-scale.
 *
 * The coefficient is a JS number while it is a safe integer (|c| ≤ 2^53 − 1) and a BigInt
 * beyond that. Every operation on numbers checks that its exact integer result is still safe
 * (an integer result that is not safe cannot be trusted, so it is recomputed with BigInt);
 * results that fit are turned back into numbers. So no binary floating point ever rounds a
 * value: `number` is only used as an exact integer container, which is fast on the hot path.
 */

export type RoundingMode = 'halfUp' | 'halfEven' | 'down';

/**
 * How money and prices are rounded at the edge: half to even (banker's rounding), which is what
 * the shared fixtures use (mt5-1: averageWin 1129.00 / 8 = 141.125 → "141.12").
 */
export const EDGE_ROUNDING: RoundingMode = 'halfEven';

const MAX_SCALE = 60;
const POW10: number[] = [];
for (let i = 0, p = 1; i <= 15; i++, p *= 10) POW10.push(p);
const BIG_POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= MAX_SCALE + 40; i++, p *= 10n) BIG_POW10.push(p);

function bigPow10(n: number): bigint {
  return BIG_POW10[n] ?? 10n ** BigInt(n);
}

/** @internal */
export type Coef = number | bigint;

/** @internal Back to a number when the BigInt fits exactly. */
export function norm(c: bigint): Coef {
  return c <= 9007199254740991n && c >= -9007199254740991n ? Number(c) : c;
}

/** @internal */
export function toBig(c: Coef): bigint {
  return typeof c === 'bigint' ? c : BigInt(c);
}

/** @internal c × 10^n, exact. */
export function scaleUp(c: Coef, n: number): Coef {
  if (n === 0) return c;
  if (typeof c === 'number' && n <= 15) {
    const r = c * (POW10[n] as number);
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(toBig(c) * bigPow10(n));
}

export class Decimal {
  /** Use the factories; the fields are public for speed and for tests, never mutated. */
  private constructor(
    readonly coef: Coef,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Decimal(0, 0);
  static readonly ONE = new Decimal(1, 0);

  /** @internal */
  static of(coef: Coef, scale: number): Decimal {
    if (typeof coef === 'number') {
      if (!Number.isSafeInteger(coef)) throw new RangeError(`unsafe decimal coefficient ${coef}`);
      return new Decimal(coef === 0 ? 0 : coef, scale);
    }
    return new Decimal(norm(coef), scale);
  }

  static fromInt(n: number | bigint): Decimal {
    return Decimal.of(n, 0);
  }

  /**
   * Parse a plain decimal: optional sign, digits, optional fraction (`12`, `-0.5`, `.25`, `3.`).
   * No exponent, no grouping separators, no spaces. Returns null when the text is anything else.
   */
  static parse(text: string): Decimal | null {
    const len = text.length;
    let i = 0;
    let neg = false;
    const first = text.charCodeAt(0);
    if (first === 45 /* - */ || first === 43 /* + */) {
      neg = first === 45;
      i = 1;
    }
    let acc = 0;
    let digits = 0;
    let scale = 0;
    let dot = false;
    for (; i < len; i++) {
      const ch = text.charCodeAt(i);
      if (ch >= 48 && ch <= 57) {
        digits++;
        if (dot) scale++;
        acc = acc * 10 + (ch - 48);
      } else if (ch === 46 /* . */ && !dot) {
        dot = true;
      } else {
        return null;
      }
    }
    if (digits === 0 || scale > MAX_SCALE) return null;
    if (digits <= 15) return new Decimal(neg && acc !== 0 ? -acc : acc, scale);
    // Too many digits for an exact number accumulator: redo with BigInt.
    const start = first === 45 || first === 43 ? 1 : 0;
    const big = BigInt(text.slice(start).replace('.', ''));
    return new Decimal(norm(neg ? -big : big), scale);
  }

  /** Parse or throw; for constants and trusted strings only. */
  static from(value: string | number | Decimal): Decimal {
    if (value instanceof Decimal) return value;
    const text = typeof value === 'number' ? String(value) : value;
    const d = Decimal.parse(text);
    if (d === null) throw new RangeError(`not a decimal: "${text}"`);
    return d;
  }

  add(o: Decimal): Decimal {
    let a = this.coef;
    let b = o.coef;
    let s = this.scale;
    if (s !== o.scale) {
      if (s < o.scale) {
        a = scaleUp(a, o.scale - s);
        s = o.scale;
      } else b = scaleUp(b, s - o.scale);
    }
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a + b;
      if (Number.isSafeInteger(r)) return new Decimal(r === 0 ? 0 : r, s);
    }
    return new Decimal(norm(toBig(a) + toBig(b)), s);
  }

  sub(o: Decimal): Decimal {
    return this.add(o.neg());
  }

  mul(o: Decimal): Decimal {
    const a = this.coef;
    const b = o.coef;
    const s = this.scale + o.scale;
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a * b;
      if (Number.isSafeInteger(r)) return new Decimal(r === 0 ? 0 : r, s);
    }
    return new Decimal(norm(toBig(a) * toBig(b)), s);
  }

  neg(): Decimal {
    const c = this.coef;
    if (c === 0) return this;
    return new Decimal(typeof c === 'number' ? -c : norm(-c), this.scale);
  }

  abs(): Decimal {
    return this.sign() < 0 ? this.neg() : this;
  }

  sign(): -1 | 0 | 1 {
    const c = this.coef;
    if (typeof c === 'number') return c > 0 ? 1 : c < 0 ? -1 : 0;
    return c > 0n ? 1 : c < 0n ? -1 : 0;
  }

  isZero(): boolean {
    return this.coef === 0;
  }

  cmp(o: Decimal): -1 | 0 | 1 {
    let a = this.coef;
    let b = o.coef;
    if (this.scale < o.scale) a = scaleUp(a, o.scale - this.scale);
    else if (this.scale > o.scale) b = scaleUp(b, this.scale - o.scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(o: Decimal): boolean {
    return this.cmp(o) === 0;
  }

  /** this / o rounded to `scale` fractional digits. Throws on division by zero. */
  div(o: Decimal, scale: number, mode: RoundingMode = EDGE_ROUNDING): Decimal {
    if (o.isZero()) throw new RangeError('division by zero');
    const k0 = scale + o.scale - this.scale;
    const a = this.coef;
    const b = o.coef;
    if (typeof a === 'number' && typeof b === 'number' && k0 >= 0 && k0 <= 15) {
      // Fast path: exact integers below 2^50 keep q·b and the remainder exact in doubles.
      const n = a * (POW10[k0] as number);
      if (Math.abs(n) < 2 ** 50 && Math.abs(b) < 2 ** 50)
        return Decimal.of(roundDivNumber(n, b, mode), scale);
    }
    // this/o = (a·10^-sa)/(b·10^-sb); result coef = a·10^(scale+sb-sa) / b
    let num = toBig(this.coef);
    let den = toBig(o.coef);
    const k = scale + o.scale - this.scale;
    if (k >= 0) num *= bigPow10(k);
    else den *= bigPow10(-k);
    return Decimal.of(roundDiv(num, den, mode), scale);
  }

  /** Round to `scale` fractional digits (never adds digits beyond the current scale). */
  round(scale: number, mode: RoundingMode = EDGE_ROUNDING): Decimal {
    if (scale >= this.scale) return this;
    return Decimal.of(roundDiv(toBig(this.coef), bigPow10(this.scale - scale), mode), scale);
  }

  /** Fixed notation with exactly `digits` decimals, rounded (half to even by default). */
  toFixed(digits: number, mode: RoundingMode = EDGE_ROUNDING): string {
    const r = this.round(digits, mode);
    return formatCoef(r.coef, r.scale, digits);
  }

  /** Exact, shortest form: no exponent, no trailing fractional zeros ("0.0195051", "8"). */
  toString(): string {
    let c = this.coef;
    let s = this.scale;
    if (typeof c === 'number') {
      while (s > 0 && c % 10 === 0) {
        c /= 10;
        s--;
      }
    } else {
      while (s > 0 && c % 10n === 0n) {
        c /= 10n;
        s--;
      }
    }
    return formatCoef(c, s, s);
  }

  toJSON(): string {
    return this.toString();
  }

  /** Nearest double; for ratios only, never for sums. */
  toNumber(): number {
    return Number(this.toString());
  }
}

/** Same as roundDiv for |num|, |den| < 2^50 (every intermediate is an exact double). */
function roundDivNumber(num: number, den: number, mode: RoundingMode): number {
  if (den < 0) {
    num = -num;
    den = -den;
  }
  let q = Math.trunc(num / den);
  let r = num - q * den;
  // The double quotient may be one off: bring r into (−den, den) with the sign of num.
  while (num >= 0 ? r < 0 : r > 0) {
    q += num >= 0 ? -1 : 1;
    r = num - q * den;
  }
  while (Math.abs(r) >= den) {
    q += num >= 0 ? 1 : -1;
    r = num - q * den;
  }
  if (r === 0 || mode === 'down') return q === 0 ? 0 : q;
  const twice = Math.abs(r) * 2;
  const away = num < 0 ? q - 1 : q + 1;
  if (twice > den) return away;
  if (twice < den) return q === 0 ? 0 : q;
  if (mode === 'halfUp') return away;
  return q % 2 === 0 ? (q === 0 ? 0 : q) : away;
}

/** num/den rounded to an integer. */
function roundDiv(num: bigint, den: bigint, mode: RoundingMode): bigint {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den; // truncates toward zero
  const r = num - q * den;
  if (r === 0n || mode === 'down') return q;
  const twice = (r < 0n ? -r : r) * 2n;
  const away = num < 0n ? q - 1n : q + 1n;
  if (twice > den) return away;
  if (twice < den) return q;
  if (mode === 'halfUp') return away;
  return q % 2n === 0n ? q : away; // halfEven
}

function formatCoef(c: Coef, scale: number, digits: number): string {
  const neg = typeof c === 'number' ? c < 0 : c < 0n;
  let s = String(neg ? -c : c);
  if (scale > 0) {
    if (s.length <= scale) s = '0'.repeat(scale - s.length + 1) + s;
    s = s.slice(0, s.length - scale) + '.' + s.slice(s.length - scale);
  }
  if (digits > scale) s += (scale === 0 ? '.' : '') + '0'.repeat(digits - scale);
  return neg ? '-' + s : s;
}

export function dec(value: string | number | Decimal): Decimal {
  return Decimal.from(value);
}

export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total = Decimal.ZERO;
  for (const v of values) total = total.add(v);
  return total;
}
