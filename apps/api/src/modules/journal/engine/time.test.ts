import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, getZone, localParts, localToUtc, toIso, utcWall } from './time';

const ny = getZone('America/New_York')!;
const resolve = (zone = ny, ...w: [number, number, number, number, number, number]) => {
  const r = localToUtc(zone, utcWall(...w));
  return r.ok ? { iso: toIso(r.utcMs), ambiguous: r.ambiguous } : r;
};

describe('time zones', () => {
  it('knows IANA zones and rejects unknown names', () => {
    expect(getZone('Europe/Athens')?.name).toBe('Europe/Athens');
    expect(getZone('Mars/Olympus')).toBeNull();
  });

  it('applies DST on both sides of a change (New York, March 10 2024)', () => {
    expect(resolve(ny, 2024, 3, 9, 9, 30, 0)).toEqual({ iso: '2024-03-09T14:30:00Z', ambiguous: false });
    expect(resolve(ny, 2024, 3, 10, 1, 59, 59)).toEqual({ iso: '2024-03-10T06:59:59Z', ambiguous: false });
    expect(resolve(ny, 2024, 3, 10, 3, 0, 0)).toEqual({ iso: '2024-03-10T07:00:00Z', ambiguous: false });
    expect(resolve(ny, 2024, 3, 11, 9, 30, 0)).toEqual({ iso: '2024-03-11T13:30:00Z', ambiguous: false });
  });

  it('reports a wall time inside the spring-forward gap instead of shifting it', () => {
    expect(resolve(ny, 2024, 3, 10, 2, 30, 0)).toEqual({ ok: false, reason: 'gap' });
  });

  it('reads a repeated wall time (fall back) as the first one and says so', () => {
    expect(resolve(ny, 2024, 11, 3, 1, 30, 0)).toEqual({ iso: '2024-11-03T05:30:00Z', ambiguous: true });
    expect(resolve(ny, 2024, 11, 3, 2, 0, 0)).toEqual({ iso: '2024-11-03T07:00:00Z', ambiguous: false });
  });

  it('handles other hemispheres and half-hour zones', () => {
    const syd = getZone('Australia/Sydney')!;
    expect(resolve(syd, 2024, 4, 7, 2, 30, 0)).toMatchObject({
      iso: '2024-04-06T15:30:00Z',
      ambiguous: true,
    });
    expect(resolve(syd, 2024, 10, 6, 2, 30, 0)).toEqual({ ok: false, reason: 'gap' });
    expect(resolve(getZone('Asia/Kolkata')!, 2024, 1, 1, 0, 0, 0)).toEqual({
      iso: '2023-12-31T18:30:00Z',
      ambiguous: false,
    });
  });

  it('gives local calendar parts (ISO weekday) of an instant', () => {
    const p = localParts(ny, Date.UTC(2024, 2, 30, 3, 0, 0)); // Saturday 23:00 in New York
    expect(p).toMatchObject({ date: '2024-03-29', weekday: 5, hour: 23 });
    expect(localParts(getZone('UTC')!, Date.UTC(2024, 2, 31, 12)).weekday).toBe(7);
  });

  it('writes instants without milliseconds unless there are some', () => {
    expect(toIso(Date.UTC(2024, 0, 2, 3, 4, 5))).toBe('2024-01-02T03:04:05Z');
    expect(toIso(Date.UTC(2024, 0, 2, 3, 4, 5, 120))).toBe('2024-01-02T03:04:05.120Z');
  });

  it('computes wall-clock epochs exactly like Date.UTC for every valid date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 999 }),
        (y, mo, d0, h, mi, s, ms) => {
          const d = Math.min(d0, daysInMonth(y, mo));
          expect(utcWall(y, mo, d, h, mi, s, ms)).toBe(Date.UTC(y, mo - 1, d, h, mi, s, ms));
        },
      ),
      { numRuns: 5000 },
    );
    expect(utcWall(2024, 2, 29, 0, 0, 0)).toBe(Date.UTC(2024, 1, 29));
    expect(utcWall(1970, 1, 1, 0, 0, 0)).toBe(0);
  });

  it('formats instants exactly like Date#toISOString (without .000)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(toIso(ms)).toBe(iso.endsWith('.000Z') ? iso.slice(0, -5) + 'Z' : iso);
      }),
      { numRuns: 20_000 },
    );
  });

  it('formats runs of instants on the same day (its cached date) exactly too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -86_400_000 * 3, max: 253_402_300_799_999 - 86_400_000 * 3 }),
        fc.array(fc.integer({ min: 0, max: 86_400_000 * 3 }), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (base, offsets, millis) => {
          for (const o of offsets) {
            const iso = new Date(base + o).toISOString();
            expect(toIso(base + o, millis)).toBe(
              millis || !iso.endsWith('.000Z') ? iso : iso.slice(0, -5) + 'Z',
            );
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
