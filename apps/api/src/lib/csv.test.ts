import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../modules/journal/engine';
import { csvCell, csvRow, toCsv } from './csv';

describe('csv writer', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvRow(['a', 1, true, null])).toBe('a,1,true,\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+cmd|calc!A1', `"'+cmd|calc!A1"`],
    ['-2+3+cmd|calc!A1', `"'-2+3+cmd|calc!A1"`],
    ['@SUM(1+1)', `"'@SUM(1+1)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['-', `"'-"`],
  ])('escapes a cell that a spreadsheet would run as a formula: %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('keeps numbers and plain decimal strings as numbers, negative ones too', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell('42')).toBe('42');
    expect(csvCell(10n)).toBe('10');
    expect(() => csvCell(Number.NaN)).toThrow(TypeError);
    // Not plain numbers: escaped.
    expect(csvCell('-1e3')).toBe(`"'-1e3"`);
    expect(csvCell('-1.')).toBe(`"'-1."`);
  });

  it('leaves a formula character that is not the first one alone', () => {
    expect(csvCell('A=B')).toBe('A=B');
    expect(csvCell('ES 03-24')).toBe('ES 03-24');
    expect(csvCell('x@y.z')).toBe('x@y.z');
  });

  // (Two columns at least: a one-column row with an empty cell is a blank line, which CSV cannot tell apart.)
  it('reads back, through two RFC 4180 readers, as the cells written (escaped ones with the quote)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    const cell = fc.oneof(
      text,
      fc.constantFrom('=1+1', '+x', '-y', '@z', '\tq', '\rr', 'a,b', '"', '\r\n', '\n'),
      fc.integer().map(String),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const csv = toCsv(
            table[0]!.map((_, i) => `c${i}`),
            table,
          );
          const expected = table.map((r) =>
            r.map((c) => (/^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c) ? `'${c}` : c)),
          );
          const viaCsvParse = parse(csv, { relax_column_count: false }) as string[][];
          expect(viaCsvParse.slice(1)).toEqual(expected);
          // No parsed cell begins with a formula character unless it is a plain number.
          for (const r of viaCsvParse)
            for (const c of r) expect(/^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c)).toBe(false);
          // The import's own reader agrees.
          const { records, errors } = readCsv(csv.replace(/\r\n$/, ''));
          expect(errors).toEqual([]);
          expect(records.slice(1).map((r) => r.fields)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
