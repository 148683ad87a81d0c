import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './harness';
import { THRESHOLD, refused, startImportSafetyApi } from './importSafety';
import { fixture } from './journal';
import { zip } from './zip';

/**
 * Bad input the UI must explain: a file that is no CSV text — a PDF, a workbook, an image, an
 * archive, binary or UTF-16 — is refused as what it is (422 import-unsupported-file, its
 * `fileKind` named), at once even over the job threshold, and nothing is written.
 */
let api: TestApi;
let token: string;
beforeAll(async () => {
  ({ api, token } = await startImportSafetyApi());
});
afterAll(() => api.close());

const hex = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');
const CSV = fixture('generic-1.csv').toString();

describe('files that are not CSV text are named (422 import-unsupported-file)', () => {
  const files: Array<[string, Buffer, string, RegExp]> = [
    [
      'a PDF renamed .csv',
      Buffer.concat([
        Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
        hex('00ff00'),
      ]),
      'pdf',
      /This is a PDF document/,
    ],
    [
      'an Excel workbook (.xlsx)',
      zip({
        '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
        'xl/workbook.xml': '<workbook/>',
        'xl/worksheets/sheet1.xml': '<worksheet/>',
      }),
      'spreadsheet',
      /This is an Excel workbook \(\.xlsx\)/,
    ],
    [
      'an OpenDocument spreadsheet',
      zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      'spreadsheet',
      /spreadsheet/,
    ],
    [
      'a legacy Excel workbook (.xls, OLE)',
      Buffer.concat([hex('D0CF11E0A1B11AE1'), Buffer.alloc(504, 0)]),
      'spreadsheet',
      /legacy Microsoft Office file/,
    ],
    [
      'a PNG image',
      hex(
        '89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D4944415478DA63F8FFFF3F0005FE02FEA7D6A4E50000000049454E44AE426082',
      ),
      'image',
      /PNG image/,
    ],
    [
      'a JPEG image',
      Buffer.concat([hex('FFD8FFE000104A46494600010100000100010000'), Buffer.alloc(64, 7)]),
      'image',
      /JPEG image/,
    ],
    [
      'a GIF image',
      Buffer.concat([
        Buffer.from('GIF89a'),
        hex('0100010080000000000000ffffff21f90401000000002c00000000010001000002024401003b'),
      ]),
      'image',
      /GIF image/,
    ],
    [
      'a WebP image',
      Buffer.concat([
        Buffer.from('RIFF'),
        hex('1a000000'),
        Buffer.from('WEBPVP8L'),
        hex('0d0000002f0000001007101111888808'),
      ]),
      'image',
      /WebP image/,
    ],
    ['a gzipped CSV', gzipSync(CSV), 'archive', /gzip-compressed file/],
    ['a zipped CSV', zip({ 'trades.csv': CSV }), 'archive', /ZIP archive/],
    [
      'binary with NUL bytes',
      Buffer.concat([Buffer.from('executed_at,symbol\n'), hex('00010203fffe00')]),
      'binary',
      /a binary file/,
    ],
    ['a UTF-16 CSV', Buffer.from('\ufeff' + CSV, 'utf16le'), 'binary', /UTF-16/],
  ];
  it.each(files)('%s', async (_name, file, kind, detail) => {
    const body = await refused(api, token, file, { format: 'generic' }, 'import-unsupported-file');
    expect(body).toMatchObject({ status: 422, fileKind: kind, detail: expect.stringMatching(detail) });
    expect(body.detail).toContain('nothing was imported');
  });

  it('a large PDF (over the job threshold) is refused at once, not as a job', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(THRESHOLD + 1024, 0x41)]);
    const body = await refused(api, token, pdf, { format: 'mt5' }, 'import-unsupported-file');
    expect(body.fileKind).toBe('pdf');
  });
});
