import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_IDS, type FormatId } from '../src/modules/journal/engine';
import type { TestApi } from './harness';
import { P, THRESHOLD, expectNothingWritten, refused, startImportSafetyApi } from './importSafety';
import { createAccount, fixture, upload } from './journal';

/**
 * Bad input the UI must explain: a file in another known format than the one chosen is named
 * (422 import-format-mismatch with `detectedFormat` and `chosenFormat`), for every pair of
 * implemented formats, at once even over the job threshold, with nothing written; a file of the
 * chosen format, an unknown layout or a mapped file is never called a mismatch.
 */
let api: TestApi;
let token: string;
beforeAll(async () => {
  ({ api, token } = await startImportSafetyApi());
});
afterAll(() => api.close());

describe('a file in another known format is named (422 import-format-mismatch)', () => {
  const sample: Record<FormatId, string> = {
    generic: 'generic-1.csv',
    'ibkr-flex': 'ibkr-flex-1.csv',
    tradovate: 'tradovate-1.csv',
    ninjatrader: 'ninjatrader-1.csv',
    mt5: 'mt5-1.csv',
    thinkorswim: 'thinkorswim-1.csv',
    binance: 'binance-1.csv',
    mt4: 'mt4-1.htm',
    schwab: 'schwab-1.csv',
    webull: 'webull-1.csv',
    tastytrade: 'tastytrade-1.csv',
    tradezero: 'tradezero-1.csv',
  };
  const pairs = FORMAT_IDS.flatMap((actual) =>
    FORMAT_IDS.filter((chosen) => chosen !== actual).map((chosen) => [actual, chosen] as const),
  );

  it('an MT5 file imported as generic says it is MetaTrader 5', async () => {
    const body = await refused(
      api,
      token,
      fixture('mt5-1.csv'),
      { format: 'generic' },
      'import-format-mismatch',
    );
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
    await expectNothingWritten(api, token, acc.id);
  });

  it('a large file in another format is refused at once, not as a job', async () => {
    const mt5 = fixture('mt5-1.csv').toString();
    const [head, ...rest] = mt5.trimEnd().split('\n');
    const big = [
      head,
      ...Array.from({ length: Math.ceil((2 * THRESHOLD) / mt5.length) }, () => rest).flat(),
    ].join('\n');
    expect(big.length).toBeGreaterThan(THRESHOLD);
    const body = await refused(api, token, big, { format: 'tradovate' }, 'import-format-mismatch');
    expect(body.detectedFormat).toBe('mt5');
  });

  it('files of the chosen format, unknown layouts and mapped files are not called a mismatch', async () => {
    for (const [format, file] of Object.entries(sample)) {
      const expected = JSON.parse(fixture(file.replace(/\.[a-z]+$/, '.expected.json')).toString());
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
