import { describe, expect, it } from 'vitest';
import { Decimal } from '../journal/engine';
import { daySegments, foldSegments, segmentOf, type SegmentTrade } from './segments';
import { sequenceMetrics } from './sequence';

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Small integer P&Ls (many equal values, zeros inside the band) make ties everywhere. */
function randomTrades(seed: number, n: number): SegmentTrade[] {
  const rnd = rng(seed);
  const out: SegmentTrade[] = [];
  let t = Date.parse('2024-01-02T00:00:00Z');
  for (let i = 0; i < n; i++) {
    t += Math.floor(rnd() * 9 * 3_600_000);
    const net = Decimal.fromInt(Math.floor(rnd() * 9) - 4);
    out.push({
      id: String(i).padStart(6, '0'),
      currency: 'USD',
      closedAt: t,
      openedAt: t - 60_000,
      net,
      gross: net.add(Decimal.from('0.5')),
      fees: Decimal.from('0.5'),
      holding: Decimal.fromInt(60),
    });
  }
  return out;
}

describe('summary segments', () => {
  it('merged in any cut, give what one pass over the trades gives (drawdown, its peak, streaks, sums), ties included', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const rnd = rng(seed * 31);
      const trades = randomTrades(seed, 1 + Math.floor(rnd() * 60));
      const band = Decimal.fromInt(Math.floor(rnd() * 3));
      const whole = sequenceMetrics(trades.map((t) => t.net.toString()).join(','), band);
      // Random cut points, empty segments allowed.
      const segments = [];
      let i = 0;
      while (i <= trades.length) {
        const j = Math.min(trades.length, i + Math.floor(rnd() * 6));
        segments.push(segmentOf('USD', trades.slice(i, j), band));
        if (j === trades.length) break;
        i = j;
      }
      const f = foldSegments(segments);
      const ctx = `seed ${seed}`;
      expect(f.sequence.maxDrawdown.toString(), ctx).toBe(whole.maxDrawdown.toString());
      expect(f.sequence.peakAtMaxDrawdown.toString(), ctx).toBe(whole.peakAtMaxDrawdown.toString());
      expect(f.sequence.maxConsecutiveWins, ctx).toBe(whole.maxConsecutiveWins);
      expect(f.sequence.maxConsecutiveLosses, ctx).toBe(whole.maxConsecutiveLosses);
      const sum = (xs: Decimal[]) => xs.reduce((a, b) => a.add(b), Decimal.ZERO).toString();
      expect(f.net.toString(), ctx).toBe(sum(trades.map((t) => t.net)));
      expect(f.gross.toString(), ctx).toBe(sum(trades.map((t) => t.gross)));
      const wins = trades.filter((t) => t.net.cmp(band) > 0);
      const losses = trades.filter((t) => t.net.cmp(band.neg()) < 0);
      expect([f.count, f.winners, f.losers, f.scratches], ctx).toEqual([
        trades.length,
        wins.length,
        losses.length,
        trades.length - wins.length - losses.length,
      ]);
      expect(f.grossProfit.toString(), ctx).toBe(sum(wins.map((t) => t.net)));
      expect(f.grossLoss.toString(), ctx).toBe(sum(losses.map((t) => t.net)));
      const max = wins.reduce<Decimal | null>((m, t) => (m === null || t.net.cmp(m) > 0 ? t.net : m), null);
      expect(f.largestWin?.toString() ?? null, ctx).toBe(max?.toString() ?? null);
    }
  });

  it('a tie between the drawdown under an earlier peak and a deeper one inside takes the first', () => {
    // Equity 5, 3 | 2, 6, 3: the drawdown 3 first under the peak 5 (inside the second segment,
    // under the first's peak), then again under the peak 6 (the second's own). The first counts.
    const v = (xs: number[]) =>
      randomTrades(1, xs.length).map((t, i) => ({ ...t, net: Decimal.fromInt(xs[i]!) }));
    const f = foldSegments([
      segmentOf('USD', v([5, -2]), Decimal.ZERO),
      segmentOf('USD', v([-1, 4, -3]), Decimal.ZERO),
    ]);
    const whole = sequenceMetrics('5,-2,-1,4,-3', Decimal.ZERO);
    expect([whole.maxDrawdown.toString(), whole.peakAtMaxDrawdown.toString()]).toEqual(['3', '5']);
    expect([f.sequence.maxDrawdown.toString(), f.sequence.peakAtMaxDrawdown.toString()]).toEqual(['3', '5']);
  });

  it('cuts trades into UTC days per currency, each in equity order', () => {
    const at = (iso: string) => Date.parse(iso);
    const mk = (id: string, currency: string, closed: string, net: string): SegmentTrade => ({
      id,
      currency,
      closedAt: at(closed),
      openedAt: at(closed) - 1000,
      net: Decimal.from(net),
      gross: Decimal.from(net),
      fees: Decimal.ZERO,
      holding: Decimal.ONE,
    });
    const days = daySegments(
      [
        mk('b', 'USD', '2024-03-01T23:59:59.999Z', '-2'),
        mk('a', 'USD', '2024-03-01T00:00:00Z', '5'),
        mk('c', 'USD', '2024-03-02T00:00:00Z', '1'),
        mk('d', 'EUR', '2024-03-01T12:00:00Z', '3'),
      ],
      Decimal.ZERO,
    );
    expect(days.map((d) => [d.segment.currency, d.day, d.segment.count, d.segment.net.toString()])).toEqual([
      ['EUR', '2024-03-01', 1, '3'],
      ['USD', '2024-03-01', 2, '3'],
      ['USD', '2024-03-02', 1, '1'],
    ]);
    // In equity order inside the day: +5 then −2 → drawdown 2 from the peak 5.
    expect(days[1]!.segment.maxDd.toString()).toBe('2');
    expect(days[1]!.segment.peakAtDd.toString()).toBe('5');
  });
});
