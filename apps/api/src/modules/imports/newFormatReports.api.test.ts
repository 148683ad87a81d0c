import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../../test/harness';
import { startImportSafetyApi } from '../../../test/importSafety';
import { createAccount, upload } from '../../../test/journal';
import { HANDMADE_DIR } from '../journal/engine/testSupport';

/**
 * What the import report says about the new formats' own rules, over real HTTP: TradeZero's
 * surplus rebate is listed as a `rebate-surplus` warning (in the dry run, the stored report and
 * the report fetched later); Webull's unfilled orders and tastytrade's corporate actions and cash
 * movements are counted as skipped.
 */
let api: TestApi;
let token: string;
beforeAll(async () => {
  ({ api, token } = await startImportSafetyApi());
});
afterAll(() => api.close());

const handmade = (name: string) => readFileSync(HANDMADE_DIR + name);

describe('the new formats in the import report', () => {
  it('lists a TradeZero rebate larger than the fees as a warning, and books 0 fees', async () => {
    const acc = await createAccount(api, token, { timezone: 'Asia/Tokyo' });
    const warning = {
      line: 4,
      kind: 'rebate-surplus',
      reason:
        'Comm + SEC + TAF + NSCC + Nasdaq + ECN Remove + ECN Add = -1.67: a rebate larger than the fees; ' +
        'the row books 0 fees and the surplus rebate of 1.67 is not counted',
    };
    const file = handmade('tradezero-eastern.csv');
    const dry = await upload(api, token, acc.id, file, { format: 'tradezero', dryRun: 'true' });
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body.warnings).toEqual([warning]);
    const r = await upload(api, token, acc.id, file, { format: 'tradezero' });
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ inserted: 7, skipped: 0, warnings: [warning] });
    const stored = await api.call('GET', `/v1/accounts/${acc.id}/imports/${r.body.id}`, { token });
    expect(stored.body.warnings).toEqual([warning]);
    const trades = await api.call('GET', `/v1/trades?accountId=${acc.id}&symbol=TSLA`, { token });
    expect(trades.body.data.map((t: { fees: string; netPnl: string }) => [t.fees, t.netPnl])).toEqual([
      ['0.00', '1000.00'],
    ]);
  });

  it('counts Webull unfilled orders and tastytrade corporate actions and cash movements as skipped', async () => {
    const acc = await createAccount(api, token, { timezone: 'America/Los_Angeles' });
    const webull = await upload(api, token, acc.id, handmade('webull-statuses.csv'), { format: 'webull' });
    expect(webull.status, webull.text).toBe(201);
    expect(webull.body).toMatchObject({ rowsRead: 10, inserted: 4, skipped: 6 });
    const tasty = await createAccount(api, token, { timezone: 'America/Chicago' });
    const r = await upload(api, token, tasty.id, handmade('tastytrade-deliveries.csv'), {
      format: 'tastytrade',
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body).toMatchObject({ rowsRead: 14, inserted: 11, skipped: 3, warnings: [{ line: 6 }] });
    const again = await upload(api, token, tasty.id, handmade('tastytrade-deliveries.csv'), {
      format: 'tastytrade',
    });
    expect(again.body).toMatchObject({ inserted: 0, duplicates: 11 });
  });
});
