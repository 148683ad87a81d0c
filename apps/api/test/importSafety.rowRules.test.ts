import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../src/modules/imports/upload';
import type { TestApi } from './harness';
import { HEADER, P, THRESHOLD, refused, row, startImportSafetyApi } from './importSafety';
import { FIXTURES, allTrades, createAccount, fixture, upload } from './journal';

/**
 * Issue 9, item 11: what an import file's rows may hold — symbols of a documented character set
 * (the ones real futures, options, forex, crypto and share classes use imported), no
 * formula-leading ids, capped text, a 1.9 MB symbol a row error and not a 500 (in a background job
 * too) — and pushed executions under the same rules. Every refusal writes nothing, dry run or not.
 */
let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let token: string;
beforeAll(async () => {
  ({ api, tenant, token } = await startImportSafetyApi());
});
afterAll(() => api.close());

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
    const body = await refused(api, token, file, { format: 'generic' }, 'import-invalid');
    expect(body.errors).toEqual([{ line: 3, reason: expect.stringMatching(/^symbol .* is not a symbol: /) }]);
    expect(body.errors[0].reason).toContain('starts with a letter or a digit');
  });

  it('names the format’s own column (IBKR Symbol, a mapped Ticker)', async () => {
    const ibkr = fixture('ibkr-flex-1.csv')
      .toString()
      .replace(',MSFT,', ',"=HYPERLINK(""http://x"",""c"")",');
    const body = await refused(api, token, ibkr, { format: 'ibkr-flex' }, 'import-invalid');
    expect(body.errors).toEqual([{ line: 3, reason: expect.stringMatching(/^Symbol "=HYPERLINK/) }]);
    const mapped = 'When,Ticker,Side,Qty,Px\n2024-03-15T13:30:00Z,@SUM(1+1),buy,1,10\n';
    const mapping = {
      columns: { executed_at: 'When', symbol: 'Ticker', side: 'Side', quantity: 'Qty', price: 'Px' },
      constants: { asset_class: 'stock' },
    };
    const m = await refused(
      api,
      token,
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
      api,
      token,
      [HEADER, row(huge, 'BIG1')].join('\n'),
      { format: 'generic' },
      'import-invalid',
    );
    expect(stock.errors).toEqual([
      { line: 2, reason: 'symbol is 1,900,000 characters long: a symbol has at most 64 characters' },
    ]);
    // A futures row fails in the parser, whose reason quotes the cell: cut short.
    const fut = await refused(
      api,
      token,
      [HEADER, row(huge, 'BIG2', { assetClass: 'future' })].join('\n'),
      { format: 'generic' },
      'import-invalid',
    );
    expect(fut.errors).toHaveLength(1);
    expect(fut.errors[0].line).toBe(2);
    expect(fut.errors[0].reason.length).toBeLessThanOrEqual(500);
    // So is any other huge cell quoted in a reason.
    const price = await refused(
      api,
      token,
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
        api,
        token,
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
      api,
      token,
      [HEADER, row('AAPL', 'X'.repeat(201))].join('\n'),
      { format: 'generic' },
      'import-invalid',
    );
    expect(id.errors[0].reason).toBe('execution_id is 201 characters long: at most 200 characters');
    const ibkr = fixture('ibkr-flex-1.csv')
      .toString()
      .replaceAll('U1234567', `U${'9'.repeat(80)}`);
    const acct = await refused(api, token, ibkr, { format: 'ibkr-flex' }, 'import-invalid');
    expect(acct.errors[0].reason).toMatch(/^ClientAccountID is 81 characters long/);
    const cur = await refused(
      api,
      token,
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
      // The sample beside it, in its format's extension (`.csv`, mt4's `.htm`).
      const base = name.replace('.expected.json', '');
      const file = readdirSync(FIXTURES).find(
        (f) => f.startsWith(`${base}.`) && f !== name && !f.includes('.corrupt.'),
      ) as string;
      const r = await parse(
        { format: expected.format, dryRun: true, filename: file, data: fixture(file) },
        { timezone: expected.account.timezone, currency: expected.account.currency },
      );
      expect(r.errors, file).toEqual([]);
      expect(r.executions.length, file).toBe(expected.executions);
    }
  });
});
