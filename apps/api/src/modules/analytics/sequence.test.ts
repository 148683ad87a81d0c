import { describe, expect, it } from 'vitest';
import { Decimal } from '../journal/engine';
import { sequenceMetrics } from './sequence';

function reference(values: string[], band: string) {
  let eq = Decimal.ZERO;
  let peak = Decimal.ZERO;
  let dd = Decimal.ZERO;
  let at = Decimal.ZERO;
  for (const v of values) {
    eq = eq.add(Decimal.from(v));
    if (eq.cmp(peak) > 0) peak = eq;
    if (peak.sub(eq).cmp(dd) > 0) {
      dd = peak.sub(eq);
      at = peak;
    }
  }
  void band;
  return [dd.toString(), at.toString()];
}

describe('sequenceMetrics', () => {
  it('matches exact decimal arithmetic on mixed scales, signs and sizes', () => {
    let s = 7;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const values = Array.from({ length: 300 }, () => {
        const scale = Math.floor(rnd() * 9);
        const v = ((rnd() - 0.45) * 10 ** (1 + Math.floor(rnd() * 5))).toFixed(scale);
        return v === '-0' || /^-0\.?0*$/.test(v) ? '0' : v;
      });
      const r = sequenceMetrics(values.join(','), Decimal.ZERO);
      const [dd, at] = reference(values, '0');
      expect(r.maxDrawdown.cmp(Decimal.from(dd!))).toBe(0);
      expect(r.peakAtMaxDrawdown.cmp(Decimal.from(at!))).toBe(0);
    }
  });

  it('counts runs with a breakeven band; a scratch ends both', () => {
    const r = sequenceMetrics(
      ['5', '3', '0.4', '2', '-1', '-3', '-0.2', '-4'].join(','),
      Decimal.from('0.5'),
    );
    expect(r.maxConsecutiveWins).toBe(2);
    expect(r.maxConsecutiveLosses).toBe(2);
    expect(r.maxDrawdown.toString()).toBe('8.2');
  });

  it('falls back to exact decimals when values are too large or too precise for doubles', () => {
    const big = ['123456789012345.678901', '-99999999999999.999999', '0.000000000000001'];
    const r = sequenceMetrics(big.join(','), Decimal.ZERO);
    expect(r.maxDrawdown.toString()).toBe(reference(big, '0')[0]);
  });

  it('handles an empty selection', () => {
    expect(sequenceMetrics('', Decimal.ZERO).maxDrawdown.isZero()).toBe(true);
  });
});
