import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvParser, readCsv } from './csv';

describe('readCsv', () => {
  it('handles BOM, CRLF, quotes with commas, doubled quotes and line breaks', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"multi\nline",z\n3,,\n';
    const { records, errors } = readCsv(text);
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', 'x, y', 'say "hi"']],
      [3, ['2', 'multi\nline', 'z']],
      [5, ['3', '', '']],
    ]);
    expect(records[1]?.raw).toBe('1,"x, y","say ""hi"""');
  });

  it('keeps a quote inside an unquoted field, emits blank lines, reads a last line without newline', () => {
    const { records } = readCsv('a,5" screen\n\nb,c');
    expect(records.map((r) => r.fields)).toEqual([['a', '5" screen'], [''], ['b', 'c']]);
  });

  it('reports an unclosed quote and text after a closing quote', () => {
    expect(readCsv('a,b\n1,"open\n2,3\n').errors).toEqual([
      { line: 2, reason: 'a quoted field is not closed (it starts on line 2)' },
    ]);
    const r = readCsv('a,b\n1,"x"y\n2,3\n');
    expect(r.errors).toEqual([{ line: 2, reason: 'unexpected text after a closing quote in field 2' }]);
    expect(r.records.map((x) => x.line)).toEqual([1, 3]);
  });

  it('gives the same records whatever the chunking (push parser)', () => {
    const rows = fc.array(
      fc.array(fc.oneof(fc.string(), fc.constantFrom('a,b', '"q"', 'x\ny', ' ', '')), {
        minLength: 1,
        maxLength: 5,
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(rows, fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), (table, crlf, cuts) => {
        const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
        const text = table.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n') + '\n';
        const whole = readCsv(text).records.map((r) => r.fields);
        expect(whole).toEqual(table);
        const got: string[][] = [];
        const p = new CsvParser(
          (f) => got.push(f),
          () => {},
        );
        let at = 0;
        for (const c of [...cuts].map((c) => c % (text.length + 1)).sort((a, b) => a - b)) {
          p.push(text.slice(at, c));
          at = c;
        }
        p.push(text.slice(at));
        p.end();
        expect(got).toEqual(table);
      }),
    );
  });

  it('agrees with csv-parse on generated files', () => {
    const field = fc.oneof(
      fc.string({ unit: 'grapheme-ascii' }),
      fc.constantFrom('a,b', 'say "x"', 'l1\r\nl2'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 10 }),
        (t) => {
          const text = t.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\r\n');
          expect(readCsv(text).records.map((r) => r.fields)).toEqual(
            parse(text, { relax_column_count: true }),
          );
        },
      ),
    );
  });

  it('tracks physical lines across quoted line breaks and CRLF', () => {
    const { records } = readCsv('h\r\n"a\r\nb"\r\nc\r\n"d\n\ne"\nf');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5, 8]);
  });
});
