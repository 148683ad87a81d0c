import fc from 'fast-check';
import { TINY_PNG } from '../matrix.fixtures';
import type { Schema } from './contract';
import { BAD_DATE_TIMES, BAD_DECIMALS, MEGA, NASTY_TEXT } from './values';

/** A multipart/form-data body as parts; `breakage` spoils its framing on purpose. */
export interface Form {
  fields: Array<[string, string]>;
  files: Array<{ field: string; filename: string; contentType: string; data: Buffer }>;
  boundary: string;
  breakage?: Breakage;
}

export const BREAKAGES = [
  'wrong boundary',
  'no boundary parameter',
  'missing final boundary',
  'truncated in a part header',
  'truncated in a part body',
  'huge part header',
  'part without Content-Disposition',
  'header line without colon',
  'LF line endings',
  'empty body',
  'only the final boundary',
  'boundary over 70 characters',
  'quoted boundary with spaces',
  'nested multipart/mixed',
  'base64 Content-Transfer-Encoding',
  'garbage before the first boundary',
  'eleven fields',
  'field over 64 KiB',
  'Content-Disposition without name',
  'two file parts',
] as const;
export type Breakage = (typeof BREAKAGES)[number];

export const SAMPLE_CSV = [
  'executed_at,symbol,asset_class,side,quantity,price,fees',
  '2024-03-04T14:30:00Z,MSFT,stock,buy,10,400.00,1.00',
  '2024-03-04T15:30:00Z,MSFT,stock,sell,10,401.50,1.00',
].join('\n');

/** A file part a multipart operation accepts, chosen by what its schema says the file is. */
export function sampleFile(fileSchema: Schema): { filename: string; contentType: string; data: Buffer } {
  const what = `${fileSchema.contentMediaType ?? ''} ${fileSchema.description ?? ''}`;
  if (/png|jpe?g|image|webp|gif/i.test(what))
    return { filename: 'shot.png', contentType: 'image/png', data: TINY_PNG };
  return { filename: 'trades.csv', contentType: 'text/csv', data: Buffer.from(SAMPLE_CSV) };
}

const row = (cells: string[]) => cells.join(',');
const csvWith = (cells: Partial<Record<number, string>>) => {
  const base = ['2024-03-05T14:30:00Z', 'NVDA', 'stock', 'buy', '5', '800.00', '1.00'];
  const line = base.map((c, i) => cells[i] ?? c);
  return `executed_at,symbol,asset_class,side,quantity,price,fees\n${row(line)}\n`;
};

/** Broker files that are wrong in one way: bad cells, bad encodings, bad shapes, not CSV at all. */
export const badCsv: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom(...NASTY_TEXT).map((t) => Buffer.from(csvWith({ 1: `"${t.replace(/"/g, '""')}"` }))),
  fc.constantFrom(...BAD_DATE_TIMES).map((t) => Buffer.from(csvWith({ 0: t }))),
  fc.constantFrom(...BAD_DECIMALS).map((d) => Buffer.from(csvWith({ 4: d }))),
  fc.constantFrom(...BAD_DECIMALS).map((d) => Buffer.from(csvWith({ 5: d, 6: d }))),
  fc.constantFrom('BUY ', 'short', '', 'b\u0000uy').map((s) => Buffer.from(csvWith({ 3: s }))),
  fc.constantFrom('', 'bond', 'STOCK', 'crypto\u200b').map((s) => Buffer.from(csvWith({ 2: s }))),
  fc.constant(Buffer.from(csvWith({ 1: 'S'.repeat(1_900_000) }))),
  fc.constant(Buffer.from(csvWith({ 1: 'x'.repeat(65) }))),
  fc.constant(
    Buffer.concat([
      Buffer.from(csvWith({}).slice(0, 60)),
      Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80, 0xc0, 0xaf]),
    ]),
  ),
  fc.constant(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE_CSV)])),
  fc.constant(Buffer.from(`\ufeff${SAMPLE_CSV}`, 'utf16le')),
  fc.constant(Buffer.from(SAMPLE_CSV.replace(/\n/g, '\r\n'))),
  fc.constant(Buffer.from(SAMPLE_CSV.replace(/\n/g, '\r'))),
  fc.constant(Buffer.from('executed_at,symbol,asset_class,side,quantity,price,fees\n')),
  fc.constant(Buffer.from('executed_at,symbol,asset_class,side,quantity,price,fees\n"unterminated,MSFT\n')),
  fc.constant(Buffer.from(`${'c,'.repeat(10_000)}c\n${'1,'.repeat(10_000)}1\n`)),
  fc.constant(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1')),
  fc.constant(Buffer.alloc(0)),
  fc.constant(Buffer.from('\u0000'.repeat(1000))),
  fc.constant(Buffer.from(`${SAMPLE_CSV}\n${SAMPLE_CSV.split('\n')[1]}\n`)),
  fc.constant(Buffer.from('=HYPERLINK("http://x","click"),@SUM(1+1),+cmd|calc!A1\n')),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
);

/** Screenshots that are not what they claim. */
export const badImage: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  fc.constant(TINY_PNG.subarray(0, 20)),
  fc.constant(Buffer.concat([TINY_PNG.subarray(0, 16), Buffer.alloc(64, 0xff)])),
  fc.constant(Buffer.from('GIF89a')),
  fc.constant(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
  fc.constant(Buffer.from('%PDF-1.4\n')),
  fc.constant(Buffer.from([0xff, 0xd8, 0xff])),
  fc.constant(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBP')),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
);

export const badFilename: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.constantFrom(
    '../../etc/passwd',
    'a'.repeat(300),
    'f'.repeat(70_000),
    'x.png\u0000.csv',
    'shot\u202egnp.exe',
    'con',
    '"quoted".png',
    'a\r\nX-Injected: 1',
    '😀.png',
  ),
);

/** A field value for a multipart text field of this schema. */
export function badFieldText(schema: Schema): fc.Arbitrary<string> {
  const texts: Array<fc.Arbitrary<string>> = [
    fc.constantFrom(...NASTY_TEXT),
    fc.constantFrom('x'.repeat(65 * 1024), MEGA.slice(0, 200_000)),
  ];
  if (schema.enum) texts.push(fc.constantFrom(...schema.enum.map((e: string) => e.toUpperCase()), ''));
  if (schema.type === 'boolean') texts.push(fc.constantFrom('yes', 'TRUE', '1', '', 'null', 'truee'));
  if (schema.type === 'string')
    texts.push(
      fc.constantFrom(
        '{',
        '{"columns":1}',
        '{"columns":{"symbol":"\u0000"}}',
        '{"columns":{},"timeFormat":"%s%s%s%n"}',
        '{"columns":{"executedAt":"when"},"constants":{"side":"sideways"}}',
        '{"columns":{"__proto__":"x"}}',
        `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
        '[]',
        'null',
        '1e309',
      ),
    );
  return fc.oneof(...texts);
}

function disposition(name: string, filename?: string) {
  return `Content-Disposition: form-data; name="${name}"${filename !== undefined ? `; filename="${filename}"` : ''}`;
}

/** The bytes of a form and its Content-Type header, broken as `form.breakage` says. */
export function encodeForm(form: Form): { contentType: string; body: Buffer } {
  const b = form.boundary;
  const CRLF = '\r\n';
  const parts: Buffer[] = [];
  const fields = [...form.fields];
  const files = [...form.files];
  const br = form.breakage;
  if (br === 'eleven fields') for (let i = 0; i < 11; i++) fields.push([`extra${i}`, 'v']);
  if (br === 'field over 64 KiB') fields.push(['mapping', 'm'.repeat(64 * 1024 + 1)]);
  if (br === 'two file parts' && files[0]) files.push({ ...files[0], filename: 'second' });
  for (const [name, value] of fields) {
    const dispo =
      br === 'part without Content-Disposition'
        ? 'Content-Type: text/plain'
        : br === 'Content-Disposition without name'
          ? 'Content-Disposition: form-data'
          : disposition(name);
    parts.push(Buffer.from(`--${b}${CRLF}${dispo}${CRLF}${CRLF}${value}${CRLF}`));
  }
  for (const f of files) {
    const extra =
      br === 'huge part header'
        ? `X-Pad: ${'h'.repeat(200_000)}${CRLF}`
        : br === 'header line without colon'
          ? `this is not a header${CRLF}`
          : br === 'base64 Content-Transfer-Encoding'
            ? `Content-Transfer-Encoding: base64${CRLF}`
            : '';
    const data = br === 'base64 Content-Transfer-Encoding' ? Buffer.from(f.data.toString('base64')) : f.data;
    parts.push(
      Buffer.from(
        `--${b}${CRLF}${disposition(f.field, f.filename)}${CRLF}Content-Type: ${f.contentType}${CRLF}${extra}${CRLF}`,
      ),
      data,
      Buffer.from(CRLF),
    );
  }
  let body = Buffer.concat([...parts, Buffer.from(`--${b}--${CRLF}`)]);
  let contentType = `multipart/form-data; boundary=${b}`;
  switch (br) {
    case 'wrong boundary':
      contentType = `multipart/form-data; boundary=${b}x`;
      break;
    case 'no boundary parameter':
      contentType = 'multipart/form-data';
      break;
    case 'missing final boundary':
      body = Buffer.concat(parts);
      break;
    case 'truncated in a part header': {
      const at = body.indexOf('Content-Disposition', body.indexOf('Content-Disposition') + 1);
      body = body.subarray(0, at > 0 ? at + 25 : Math.floor(body.length / 3));
      break;
    }
    case 'truncated in a part body':
      body = body.subarray(0, body.length - b.length - 12);
      break;
    case 'LF line endings':
      body = Buffer.from(body.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
      break;
    case 'empty body':
      body = Buffer.alloc(0);
      break;
    case 'only the final boundary':
      body = Buffer.from(`--${b}--${CRLF}`);
      break;
    case 'boundary over 70 characters': {
      const long = 'B'.repeat(100);
      body = Buffer.from(body.toString('latin1').split(b).join(long), 'latin1');
      contentType = `multipart/form-data; boundary=${long}`;
      break;
    }
    case 'quoted boundary with spaces': {
      const q = 'a b c';
      body = Buffer.from(body.toString('latin1').split(b).join(q), 'latin1');
      contentType = `multipart/form-data; boundary="${q}"`;
      break;
    }
    case 'nested multipart/mixed': {
      const inner = `--inner${CRLF}${disposition('file', 'x.csv')}${CRLF}${CRLF}data${CRLF}--inner--${CRLF}`;
      body = Buffer.concat([
        Buffer.from(
          `--${b}${CRLF}${disposition('file')}${CRLF}Content-Type: multipart/mixed; boundary=inner${CRLF}${CRLF}${inner}${CRLF}`,
        ),
        Buffer.from(`--${b}--${CRLF}`),
      ]);
      break;
    }
    case 'garbage before the first boundary':
      body = Buffer.concat([Buffer.from('garbage\r\n\u0000\r\n'), body]);
      break;
    default:
      break;
  }
  return { contentType, body };
}
