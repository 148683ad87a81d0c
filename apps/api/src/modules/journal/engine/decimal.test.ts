import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from './decimal';
import { DecimalSum } from './decimalSum';

/** Reference: a value as an exact rational n / 10^s with BigInt only. */
function ref(d: Decimal): { n: bigint; s: number } {
  return { n: BigInt(d.coef), s: d.scale };
}
function refEq(a: { n: bigint; s: number }, b: { n: bigint; s: number }): boolean {
  const s = Math.max(a.s, b.s);
  return a.n * 10n ** BigInt(s - a.s) === b.n * 10n ** BigInt(s - b.s);
}

// Decimals from small to far beyond 2^53, with up to 18 fractional digits.
const arbDecimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.integer({ min: 0, max: 18 }))
  .map(([n, s]) => Decimal.of(n, s));
const arbSmall = fc
  .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
  .map(([n, s]) => Decimal.of(n, s));
const arbAny = fc.oneof(arbDecimal, arbSmall);

describe('Decimal', () => {
  it('parses plain decimals exactly and rejects everything else', () => {
    expect(dec('0.00012345').toString()).toBe('0.00012345');
    expect(dec('-12.50').toString()).toBe('-12.5');
    expect(dec('+3').toString()).toBe('3');
    expect(dec('.25').toString()).toBe('0.25');
    expect(dec('3.').toString()).toBe('3');
    expect(dec('-0.000').toString()).toBe('0');
    expect(dec('123456789012345678901234.5').toString()).toBe('123456789012345678901234.5');
    for (const bad of [
      '',
      '-',
      '.',
      '1e5',
      '1,000',
      ' 1',
      '1 ',
      '12..5x',
      '0x10',
      'NaN',
      'Infinity',
      '--1',
      '1.2.3',
    ]) {
      expect(Decimal.parse(bad), bad).toBeNull();
    }
  });

  it('never lets binary floating point decide: 0.1 + 0.2 = 0.3 exactly', () => {
    expect(dec('0.1').add(dec('0.2')).eq(dec('0.3'))).toBe(true);
    let pos = Decimal.ZERO;
    for (let i = 0; i < 10; i++) pos = pos.add(dec('0.1'));
    expect(pos.sub(dec('1')).isZero()).toBe(true);
  });

  it('switches to BigInt beyond 2^53 and back', () => {
    const big = dec('9007199254740991').add(dec('1'));
    expect(typeof big.coef).toBe('bigint');
    expect(big.toString()).toBe('9007199254740992');
    const back = big.sub(dec('2'));
    expect(typeof back.coef).toBe('number');
    // Binance-1 line 23: Amount 860.39410041USDT is this product truncated to 8 decimals.
    expect(dec('65136.22').mul(dec('0.01320915')).toString()).toBe('860.394100413');
    expect(dec('99999999.99999999').mul(dec('99999999.99999999')).toString()).toBe(
      '9999999999999998.0000000000000001', // (1e8 − 1e-8)² = 1e16 − 2 + 1e-16,
    );
  });

  it('adds, subtracts, multiplies and compares like exact rationals', () => {
    fc.assert(
      fc.property(arbAny, arbAny, (a, b) => {
        const ra = ref(a);
        const rb = ref(b);
        const s = Math.max(ra.s, rb.s);
        const sum = { n: ra.n * 10n ** BigInt(s - ra.s) + rb.n * 10n ** BigInt(s - rb.s), s };
        expect(refEq(ref(a.add(b)), sum)).toBe(true);
        const diff = { n: ra.n * 10n ** BigInt(s - ra.s) - rb.n * 10n ** BigInt(s - rb.s), s };
        expect(refEq(ref(a.sub(b)), diff)).toBe(true);
        expect(refEq(ref(a.mul(b)), { n: ra.n * rb.n, s: ra.s + rb.s })).toBe(true);
        const an = ra.n * 10n ** BigInt(s - ra.s);
        const bn = rb.n * 10n ** BigInt(s - rb.s);
        expect(a.cmp(b)).toBe(an < bn ? -1 : an > bn ? 1 : 0);
        // The representation is canonical: a number whenever it is safe.
        for (const r of [a.add(b), a.sub(b), a.mul(b)]) {
          if (typeof r.coef === 'bigint')
            expect(r.coef > 9007199254740991n || r.coef < -9007199254740991n).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through its string form', () => {
    fc.assert(
      fc.property(arbAny, (a) => {
        expect(dec(a.toString()).eq(a)).toBe(true);
      }),
    );
  });

  it('rounds half to even by default, half up on request', () => {
    expect(dec('141.125').toFixed(2)).toBe('141.12');
    expect(dec('141.135').toFixed(2)).toBe('141.14');
    expect(dec('141.125').toFixed(2, 'halfUp')).toBe('141.13');
    expect(dec('-0.125').toFixed(2)).toBe('-0.12');
    expect(dec('-0.125').toFixed(2, 'halfUp')).toBe('-0.13');
    expect(dec('-0.004').toFixed(2)).toBe('0.00');
    expect(dec('1744.92').toFixed(2)).toBe('1744.92');
    expect(dec('5').toFixed(2)).toBe('5.00');
    expect(dec('0.1251').toFixed(2)).toBe('0.13');
  });

  it('divides with a chosen precision and rounding', () => {
    expect(dec('1').div(dec('3'), 10).toString()).toBe('0.3333333333');
    expect(dec('2').div(dec('3'), 10).toString()).toBe('0.6666666667');
    expect(dec('1.05').mul(dec('0.05')).div(dec('0.15'), 10).toString()).toBe('0.35');
    expect(dec('-7').div(dec('2'), 0).toString()).toBe('-4'); // -3.5 → even
    expect(dec('-7').div(dec('2'), 0, 'halfUp').toString()).toBe('-4');
    expect(dec('-5').div(dec('2'), 0).toString()).toBe('-2');
    expect(() => dec('1').div(Decimal.ZERO, 2)).toThrow(RangeError);
  });

  it('divides exactly when the quotient terminates within the scale', () => {
    fc.assert(
      fc.property(arbSmall, fc.integer({ min: 1, max: 10_000 }), (a, k) => {
        const b = Decimal.fromInt(k);
        expect(a.mul(b).div(b, 20).eq(a)).toBe(true);
      }),
    );
  });

  it('DecimalSum (in place) gives exactly what Decimal arithmetic gives', () => {
    const op = fc.tuple(fc.constantFrom('add', 'sub', 'addProduct'), arbAny, arbAny);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const sum = new DecimalSum();
        let ref = Decimal.ZERO;
        for (const [kind, a, b] of ops) {
          if (kind === 'add') {
            sum.add(a);
            ref = ref.add(a);
          } else if (kind === 'sub') {
            sum.sub(a);
            ref = ref.sub(a);
          } else {
            sum.addProduct(a, b);
            ref = ref.add(a.mul(b));
          }
          expect(sum.value().eq(ref)).toBe(true);
          expect(sum.cmp(b)).toBe(ref.cmp(b));
          expect(sum.isZero()).toBe(ref.isZero());
        }
      }),
      { numRuns: 500 },
    );
  });
});
