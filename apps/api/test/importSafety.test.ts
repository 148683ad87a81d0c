import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../src/modules/imports/upload';
import { FORMAT_IDS, type FormatId } from '../src/modules/journal/engine';
import { startTestApi, type TestApi } from './harness';
import { FIXTURES, allTrades, createAccount, fixture, upload } from './journal';

/**
 * Issue 9, item 11 and "bad input the UI must explain": what an import file's rows may hold
 * (symbols of a documented character set, no formula-leading ids, capped text, a 1.9 MB symbol
 * a row error and not a 500), and files that are no CSV or another format's, named as such.
 * Every refusal writes nothing, dry run or not.
 */
const THRESHOLD = 3 * 1024 * 1024;
let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let token: string;
beforeAll(async () => {
  api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(THRESHOLD) });
  tenant = await api.createTenant();
  token = (await api.createUser(tenant.apiKey, {})).token;
});
afterAll(() => api.close());

const P = 'https://journalkit.dev/problems/';
const HEADER = 'executed_at,symbol,asset_class,side,quantity,price,fees,execution_id';
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const row = (symbol: string, id: string, opts: { assetClass?: string; price?: string; at?: string } = {}) =>
  [
    opts.at ?? '2024-03-15T13:30:00Z',
    csvCell(symbol),
    opts.assetClass ?? 'stock',
    'buy',
    '10',
    opts.price ?? '100.50',
    '1.00',
    csvCell(id),
  ].join(',');

/** Nothing of the account changed: no execution, no trade, no import record. */
async function expectNothingWritten(accountId: string) {
  const execs = await api.database.withSystem((trx) =>
    trx.selectFrom('executions').select('broker_execution_id').where('account_id', '=', accountId).execute(),
  );
  expect(execs).toEqual([]);
  expect(await allTrades(api, token, `accountId=${accountId}`)).toEqual([]);
  const imports = await api.call('GET', `/v1/accounts/${accountId}/imports`, { token });
  expect(imports.body.data).toEqual([]);
}

async function refused(file: string | Buffer, fields: Record<string, string>, type: string) {
  const acc = await createAccount(api, token, { name: `refused ${type}` });
  for (const dryRun of ['true', 'false']) {
    const r = await upload(api, token, acc.id, file, { ...fields, dryRun });
    expect(r.status, r.text.slice(0, 2000)).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body.type).toBe(P + type);
    if (dryRun === 'false') {
      await expectNothingWritten(acc.id);
      return r.body;
    }
  }
  throw new Error('unreachable');
}

describe('symbols follow a documented character set', () => {
  it.each([
    ['=HYPERLINK("http://x","click")'],
    ['@SUM(1+1)'],
    ['+SUM(1)'],
    ['-2+3'],
    ['=1+1'],
    ['AAPL\u202Egnp.exe'],
    ['AA"PL'],
    ['<img src=x>'],
    ['AAPL;DROP'],
  ])('refuses %j as a row error naming the line and the column', async (symbol) => {
    const file = [HEADER, row('MSFT', 'S1'), row(symbol, 'S2')].join('\n');
    const body = await refused(file, { format: 'generic' }, 'import-invalid');
    expect(body.errors).toEqual([{ line: 3, reason: expect.stringMatching(/^symbol .* is not a symbol: /) }]);
    expect(body.errors[0].reason).toContain('starts with a letter or a digit');
  });

  it('names the format’s own column (IBKR Symbol, a mapped Ticker)', async () => {
    const ibkr = fixture('ibkr-flex-1.csv')
      .toString()
      .replace(',MSFT,', ',"=HYPERLINK(""http://x"",""c"")",');
    const body = await refused(ibkr, { format: 'ibkr-flex' }, 'import-invalid');
    expect(body.errors).toEqual([{ line: 3, reason: expect.stringMatching(/^Symbol "=HYPERLINK/) }]);
    const mapped = 'When,Ticker,Side,Qty,Px\n2024-03-15T13:30:00Z,@SUM(1+1),buy,1,10\n';
    const mapping = {
      columns: { executed_at: 'When', symbol: 'Ticker', side: 'Side', quantity: 'Qty', price: 'Px' },
      constants: { asset_class: 'stock' },
    };
    const m = await refused(
      mapped,
      { format: 'generic', mapping: JSON.stringify(mapping) },
      'import-invalid',
    );
    expect(m.errors).toEqual([
      { line: 2, reason: expect.stringMatching(/^Ticker "@SUM\(1\+1\)" is not a symbol/) },
    ]);
  });

  it('imports the symbols real futures, options, forex, crypto and share classes use', async () => {
    const symbols = [
      'BRK.B',
      'BRK/B',
      'BRK B',
      'SPY   241220P00500000',
      'BTC-USD',
      'ETH/USDT',
      '1000SHIBUSDT',
      'EUR/USD',
      'EURUSD.pro',
      'XAUUSD#',
      'US30_cash',
      'EURUSD+',
      'NASDAQ:AAPL',
      'M&M',
      'ES^',
      'A'.repeat(64),
    ];
    const acc = await createAccount(api, token, { name: 'real symbols' });
    const file = [HEADER, ...symbols.map((s, i) => row(s, `R${i}`))].join('\n');
    const r = await upload(api, token, acc.id, file, { format: 'generic' });
    expect(r.status, r.text).toBe(201);
    expect(r.body.inserted).toBe(symbols.length);
    const stored = (await allTrades(api, token, `accountId=${acc.id}`)).map((t) => t.symbol).sort();
    expect(stored).toEqual([...symbols].sort());
  });

  it('a 1.9 MB symbol is a short row error, not a 500 (stock and futures rows, dry run or not)', async () => {
    const huge = 'A'.repeat(1_900_000);
    const stock = await refused(
      [HEADER, row(huge, 'BIG1')].join('\n'),
      { format: 'generic' },
      'import-invalid',
    );
    expect(stock.errors).toEqual([
      { line: 2, reason: 'symbol is 1,900,000 characters long: a symbol has at most 64 characters' },
    ]);
    // A futures row fails in the parser, whose reason quotes the cell: cut short.
    const fut = await refused(
      [HEADER, row(huge, 'BIG2', { assetClass: 'future' })].join('\n'),
      { format: 'generic' },
      'import-invalid',
    );
    expect(fut.errors).toHaveLength(1);
    expect(fut.errors[0].line).toBe(2);
    expect(fut.errors[0].reason.length).toBeLessThanOrEqual(500);
    // So is any other huge cell quoted in a reason.
    const price = await refused(
      [HEADER, row('AAPL', 'BIG3', { price: '9'.repeat(1_000_000) + 'x' })].join('\n'),
      { format: 'generic' },
      'import-invalid',
    );
    expect(price.errors[0].reason.length).toBeLessThanOrEqual(500);
  });

  it('a 1.9 MB symbol in a background job (a file over the job threshold) fails the job with a row error', async () => {
    const acc = await createAccount(api, token, { name: 'huge job' });
    const filler = Array.from({ length: 40_000 }, (_, i) =>
      row('MSFT', `F${i}`, { at: new Date(Date.parse('2024-01-02T14:30:00Z') + i * 1000).toISOString() }),
    );
    const file = [HEADER, ...filler, row('B'.repeat(1_900_000), 'BIG')].join('\n');
    expect(file.length).toBeGreaterThan(THRESHOLD);
    const r = await upload(api, token, acc.id, file, { format: 'generic' });
    expect(r.status, r.text.slice(0, 500)).toBe(202);
    let job = r.body;
    for (let i = 0; i < 300 && job.status === 'running'; i++) {
      await new Promise((res) => setTimeout(res, 100));
      job = (await api.call('GET', `/v1/accounts/${acc.id}/imports/${r.body.id}`, { token })).body;
    }
    expect(job).toMatchObject({
      status: 'failed',
      inserted: 0,
      errorCount: 1,
      errors: [{ line: 40_002, reason: expect.stringContaining('1,900,000 characters') }],
      failure: { code: 'import-invalid', message: expect.stringContaining('1 row cannot be read') },
    });
    expect(await allTrades(api, token, `accountId=${acc.id}`)).toEqual([]);
  });
});

describe('other text fields of import rows', () => {
  // (A file's cells are trimmed, so a leading tab or CR never reaches an id from a file: pushed ids below.)
  it.each([['+cmd|calc!A1'], ['=1+1'], ['@SUM(1)'], ['-2+3'], ['\r=1']])(
    'refuses the formula-leading execution id %j',
    async (id) => {
      const body = await refused(
        [HEADER, row('AAPL', id)].join('\n'),
        { format: 'generic' },
        'import-invalid',
      );
      expect(body.errors).toEqual([
        { line: 2, reason: expect.stringMatching(/^execution_id .* which a spreadsheet reads as a formula/) },
      ]);
    },
  );

  it('caps execution ids, broker accounts and currencies', async () => {
    const id = await refused(
      [HEADER, row('AAPL', 'X'.repeat(201))].join('\n'),
      { format: 'generic' },
      'import-invalid',
    );
    expect(id.errors[0].reason).toBe('execution_id is 201 characters long: at most 200 characters');
    const ibkr = fixture('ibkr-flex-1.csv')
      .toString()
      .replaceAll('U1234567', `U${'9'.repeat(80)}`);
    const acct = await refused(ibkr, { format: 'ibkr-flex' }, 'import-invalid');
    expect(acct.errors[0].reason).toMatch(/^ClientAccountID is 81 characters long/);
    const cur = await refused(
      'executed_at,symbol,asset_class,side,quantity,price,currency\n2024-03-15T13:30:00Z,AAPL,stock,buy,1,10,=HYPERLINK("x")\n',
      { format: 'generic' },
      'import-invalid',
    );
    expect(cur.errors[0].reason).toMatch(/^currency currency "=HYPERLINK/);
  });

  it('pushed executions follow the same rules (422, nothing written)', async () => {
    const acc = await createAccount(api, token, { name: 'push rules' });
    const item = {
      brokerExecutionId: 'P1',
      executedAt: '2024-03-15T13:30:00Z',
      symbol: 'AAPL',
      assetClass: 'stock',
      side: 'buy',
      quantity: '1',
      price: '10',
    };
    for (const bad of [
      { symbol: '=HYPERLINK("http://x","click")' },
      { symbol: '@SUM(1+1)' },
      { brokerExecutionId: '+cmd|calc!A1' },
      { brokerExecutionId: '\t=1+1' },
      { brokerExecutionId: '\r-2+3' },
    ]) {
      const r = await api.call('POST', `/v1/accounts/${acc.id}/executions`, {
        token: tenant.apiKey,
        body: { executions: [item, { ...item, brokerExecutionId: 'P2', ...bad }] },
      });
      expect(r.status, r.text).toBe(422);
      expect(r.body.type).toBe(P + 'executions-invalid');
      expect(r.body.errors).toEqual([{ line: 2, reason: expect.stringMatching(/^executions\[1\]: /) }]);
    }
    expect(await allTrades(api, token, `accountId=${acc.id}`)).toEqual([]);
  });

  it('every broker fixture still reads exactly (the rules refuse none of its rows)', async () => {
    const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json'));
    expect(names.length).toBeGreaterThanOrEqual(14);
    for (const name of names) {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
      const file = name.replace('.expected.json', '.csv');
      const r = await parse(
        { format: expected.format, dryRun: true, filename: file, data: fixture(file) },
        { timezone: expected.account.timezone, currency: expected.account.currency },
      );
      expect(r.errors, file).toEqual([]);
      expect(r.executions.length, file).toBe(expected.executions);
    }
  });
});

/** A ZIP file (stored entries) holding the named files: what an .xlsx or a zipped CSV is. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fname = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fname.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fname.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fname, data);
    centrals.push(central, fname);
    offset += local.length + fname.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

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
    const body = await refused(file, { format: 'generic' }, 'import-unsupported-file');
    expect(body).toMatchObject({ status: 422, fileKind: kind, detail: expect.stringMatching(detail) });
    expect(body.detail).toContain('nothing was imported');
  });

  it('a large PDF (over the job threshold) is refused at once, not as a job', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(THRESHOLD + 1024, 0x41)]);
    const body = await refused(pdf, { format: 'mt5' }, 'import-unsupported-file');
    expect(body.fileKind).toBe('pdf');
  });
});

describe('a file in another known format is named (422 import-format-mismatch)', () => {
  const sample: Record<FormatId, string> = {
    generic: 'generic-1.csv',
    'ibkr-flex': 'ibkr-flex-1.csv',
    tradovate: 'tradovate-1.csv',
    ninjatrader: 'ninjatrader-1.csv',
    mt5: 'mt5-1.csv',
    thinkorswim: 'thinkorswim-1.csv',
    binance: 'binance-1.csv',
  };
  const pairs = FORMAT_IDS.flatMap((actual) =>
    FORMAT_IDS.filter((chosen) => chosen !== actual).map((chosen) => [actual, chosen] as const),
  );

  it('an MT5 file imported as generic says it is MetaTrader 5', async () => {
    const body = await refused(fixture('mt5-1.csv'), { format: 'generic' }, 'import-format-mismatch');
    expect(body).toMatchObject({ detectedFormat: 'mt5', chosenFormat: 'generic' });
    expect(body.detail).toBe(
      'This looks like a MetaTrader 5 history report, not the Journalkit generic CSV, so nothing was imported. ' +
        'Choose the format “mt5” and upload the file again.',
    );
  });

  it('every implemented format’s file, chosen as each other format, names its own format', async () => {
    const acc = await createAccount(api, token, { name: 'mismatch matrix' });
    for (const [actual, chosen] of pairs) {
      const r = await upload(api, token, acc.id, fixture(sample[actual]), { format: chosen, dryRun: 'true' });
      expect(r.status, `${actual} as ${chosen}: ${r.text}`).toBe(422);
      expect(r.body, `${actual} as ${chosen}`).toMatchObject({
        type: P + 'import-format-mismatch',
        detectedFormat: actual,
        chosenFormat: chosen,
      });
    }
    await expectNothingWritten(acc.id);
  });

  it('a large file in another format is refused at once, not as a job', async () => {
    const mt5 = fixture('mt5-1.csv').toString();
    const [head, ...rest] = mt5.trimEnd().split('\n');
    const big = [
      head,
      ...Array.from({ length: Math.ceil((2 * THRESHOLD) / mt5.length) }, () => rest).flat(),
    ].join('\n');
    expect(big.length).toBeGreaterThan(THRESHOLD);
    const body = await refused(big, { format: 'tradovate' }, 'import-format-mismatch');
    expect(body.detectedFormat).toBe('mt5');
  });

  it('files of the chosen format, unknown layouts and mapped files are not called a mismatch', async () => {
    for (const [format, file] of Object.entries(sample)) {
      const expected = JSON.parse(fixture(file.replace('.csv', '.expected.json')).toString());
      const own = await createAccount(api, token, { name: `no mismatch ${format}`, ...expected.account });
      const r = await upload(api, token, own.id, fixture(file), { format, dryRun: 'true' });
      expect(r.status, `${format}: ${r.text}`).toBe(200);
    }
    const acc = await createAccount(api, token, { name: 'no mismatch' });
    // No known signature: the parser says what the header lacks, as before.
    const unknown = await upload(api, token, acc.id, 'when,what\n2024-01-01,AAPL\n', { format: 'generic' });
    expect(unknown.body.type).toBe(P + 'import-invalid');
    // An MT5 file mapped onto the generic fields is the user's choice, not a mismatch.
    const mapping = {
      columns: { executed_at: 'Time', symbol: 'Symbol', side: 'Type', quantity: 'Volume', price: 'Price' },
      constants: { asset_class: 'forex' },
      timeFormat: 'yyyy.MM.dd HH:mm:ss',
    };
    const mapped = await upload(api, token, acc.id, fixture('mt5-1.csv'), {
      format: 'generic',
      mapping: JSON.stringify(mapping),
      dryRun: 'true',
    });
    expect(mapped.body.type).not.toBe(P + 'import-format-mismatch');
  });
});
