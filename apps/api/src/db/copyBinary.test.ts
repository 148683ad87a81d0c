import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness';
import { Decimal } from '../modules/journal/engine';
import { BinaryRows, uuidBytes } from './copyBinary';
import type { Database } from './database';

/**
 * The binary COPY writer against the real server's reader (PGlite, or PostgreSQL 15 in CI): what
 * goes in comes back exactly, value by value — numerics as their shortest text, instants to the
 * millisecond across the whole calendar, any text (tabs, newlines, backslashes, quotes, emoji).
 */
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(() => drop());

const COLUMNS = ['n', 'u', 't', 'j', 'i', 'ts', 'nn'] as const;
interface Row {
  n: Decimal;
  u: string;
  t: string;
  j: string;
  i: number;
  ts: number;
}

async function roundTrip(rows: Row[]) {
  const w = new BinaryRows(COLUMNS.length);
  rows.forEach((r, k) => {
    w.row().numeric(r.n);
    // Both uuid writers; text values whole, or in pieces through open/append/close.
    if (k % 2) w.uuid(uuidBytes(r.u));
    else w.uuidText(r.u);
    if (k % 3) w.text(r.t);
    else pieces(w, r.t);
    if (k % 2) pieces(w, r.j);
    else w.text(r.j);
    w.int8(r.i).timestamptz(r.ts).null();
  });
  const data = w.finish();
  return database.withSystem(async (trx) => {
    await sql`create temp table jk_staging_copytest (k serial, n numeric, u uuid, t text, j json, i int8, ts timestamptz, nn text) on commit drop`.execute(
      trx,
    );
    await database.copyRows(trx, 'jk_staging_copytest', COLUMNS, data);
    const r = await sql<{
      n: string;
      u: string;
      t: string;
      j: string;
      i: string;
      ts: string;
      nn: string | null;
    }>`select n::text as n, u::text as u, t, j::text as j, i::text as i, (extract(epoch from ts) * 1000)::int8::text as ts, nn from jk_staging_copytest order by k`.execute(
      trx,
    );
    return r.rows;
  });
}

/** A text value in pieces of varying size (one of them empty), cut between code points. */
function pieces(w: BinaryRows, s: string) {
  const points = Array.from(s);
  w.open().append('');
  for (let i = 0, n = 1; i < points.length; i += n, n = n * 3 + 1) w.append(points.slice(i, i + n).join(''));
  w.close();
}

const decimal = fc
  .oneof(
    // Number coefficients at every scale, and BigInt ones (beyond 2^53).
    fc
      .tuple(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 20 }))
      .map(([c, s]) => Decimal.parse(shift(String(c), s))!),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 45 }))
      .map(([c, s]) => Decimal.parse(shift(String(c), s))!),
    fc.constantFrom(
      '0',
      '0.00',
      '-0.5',
      '0.00005',
      '10000',
      '9999.9999',
      '100000000.00000001',
      '1e0'.slice(0, 1),
    ),
  )
  .map((d) => (typeof d === 'string' ? Decimal.from(d) : d));

/** c × 10^-s as plain text. */
function shift(c: string, s: number): string {
  const neg = c.startsWith('-');
  const digits = (neg ? c.slice(1) : c).padStart(s + 1, '0');
  const text = s === 0 ? digits : `${digits.slice(0, digits.length - s)}.${digits.slice(digits.length - s)}`;
  return neg ? `-${text}` : text;
}

const row = fc.record({
  n: decimal,
  u: fc.uuid(),
  t: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('a\tb', 'x\ny\r\\z', '"q"', '\\N', ''),
  ),
  j: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  i: fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
  ts: fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }),
});

describe('binary COPY rows', () => {
  it('come back from the database exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), async (rows) => {
        const back = await roundTrip(rows);
        expect(back).toHaveLength(rows.length);
        rows.forEach((r, k) => {
          const b = back[k]!;
          expect(b.n, `numeric ${r.n.toString()}`).toBe(r.n.toString());
          expect(b.u).toBe(r.u.toLowerCase());
          expect(b.t).toBe(r.t);
          expect(JSON.parse(b.j)).toEqual(JSON.parse(r.j));
          expect(b.i).toBe(String(r.i));
          // Compared as epoch milliseconds: the driver's Date parsing reads years below 100 as 19xx.
          expect(b.ts).toBe(String(r.ts));
          expect(b.nn).toBeNull();
        });
      }),
      { numRuns: 40 },
    );
  });

  it('encodes a numeric the same from its coefficient as from its text', () => {
    fc.assert(
      fc.property(decimal, (d) => {
        const a = new BinaryRows(1).row().numeric(d).finish();
        const b = new BinaryRows(1).row().numericText(d.toString()).finish();
        expect(Buffer.concat(a).equals(Buffer.concat(b)), d.toString()).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('spans buffers: a value larger than a chunk, many rows', async () => {
    const big = 'x'.repeat(3 << 20) + 'é€😀';
    const rows: Row[] = Array.from({ length: 20_000 }, (_, i) => ({
      n: Decimal.from(`${i}.${i % 7}`),
      u: '01a200fe-ca50-7001-a42c-b2643668b94b',
      t: i === 10_000 || i === 9_999 ? (i === 9_999 ? 'row 9999' : big) : `row ${i}`,
      j: `{"i":${i}}`,
      i,
      ts: 1_700_000_000_000 + i,
    }));
    const back = await roundTrip(rows);
    expect(back).toHaveLength(rows.length);
    expect(back[10_000]!.t).toBe(big);
    // k = 9999 went through open/append in pieces: it grew its buffer several times.
    expect(back[9_999]!.t).toBe('row 9999');
    expect(back[19_998]!.n).toBe('19998.6');
    expect(back[19_999]!.ts).toBe('1700000019999');
  });

  it('refuses a row with too few or too many values', () => {
    expect(() => new BinaryRows(2).row().null().finish()).toThrow(/missing/);
    expect(() => new BinaryRows(1).row().null().null()).toThrow(/more values/);
    expect(() => uuidBytes('not-a-uuid')).toThrow(/not a uuid/);
    expect(() => new BinaryRows(1).row().uuidText('01a200fe-ca50-7001-a42c-b2643668b94')).toThrow(
      /not a uuid/,
    );
    expect(() => new BinaryRows(1).row().uuidText('01a200fe-ca50-7001-a42c-b2643668b94g')).toThrow(
      /not a uuid/,
    );
    expect(() => new BinaryRows(2).row().open().null()).toThrow(/still open/);
  });
});
