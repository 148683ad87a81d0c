import { Decimal, norm, scaleUp, toBig, type Coef } from './decimal';

/**
 * A mutable exact sum for hot loops (trade building): the same arithmetic as Decimal, updated
 * in place so a running total allocates nothing while it fits a safe integer.
 */
export class DecimalSum {
  private c: Coef = 0;
  private s = 0;

  static of(d: Decimal): DecimalSum {
    const sum = new DecimalSum();
    sum.c = d.coef;
    sum.s = d.scale;
    return sum;
  }

  add(d: Decimal): void {
    this.addCoef(d.coef, d.scale);
  }

  sub(d: Decimal): void {
    const c = d.coef;
    this.addCoef(typeof c === 'number' ? -c : -c, d.scale);
  }

  /** += a × b */
  addProduct(a: Decimal, b: Decimal): void {
    const x = a.coef;
    const y = b.coef;
    if (typeof x === 'number' && typeof y === 'number') {
      const r = x * y;
      if (Number.isSafeInteger(r)) {
        this.addCoef(r, a.scale + b.scale);
        return;
      }
    }
    this.addCoef(toBig(x) * toBig(y), a.scale + b.scale);
  }

  private addCoef(c: Coef, s: number): void {
    let a = this.c;
    if (s !== this.s) {
      if (s > this.s) {
        a = scaleUp(a, s - this.s);
        this.s = s;
      } else c = scaleUp(c, this.s - s);
    }
    if (typeof a === 'number' && typeof c === 'number') {
      const r = a + c;
      if (Number.isSafeInteger(r)) {
        this.c = r === 0 ? 0 : r;
        return;
      }
    }
    this.c = norm(toBig(a) + toBig(c));
  }

  cmp(d: Decimal): -1 | 0 | 1 {
    const a = this.c;
    const b = d.coef;
    if (this.s === d.scale && typeof a === 'number' && typeof b === 'number')
      return a < b ? -1 : a > b ? 1 : 0;
    return this.value().cmp(d);
  }

  isZero(): boolean {
    return this.c === 0;
  }

  value(): Decimal {
    return this.c === 0 && this.s === 0 ? Decimal.ZERO : Decimal.of(this.c, this.s);
  }

  /** Back to zero, for reuse. */
  reset(): void {
    this.c = 0;
    this.s = 0;
  }
}
