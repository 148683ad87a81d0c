import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../../test/harness';
import { P, startImportSafetyApi } from '../../../test/importSafety';
import { allTrades, createAccount, fixture, upload } from '../../../test/journal';
import { mt4Statement, type Mt4Row } from '../journal/engine/testMt4Statement';

/**
 * mt4 through HTTP beyond its fixtures (brokers.md `mt4`): a later statement continues the
 * chains of an earlier one — the trade is extended (same id, its journal entry kept), never
 * duplicated, in either order, and importing either again adds nothing; the broker's comments
 * are in the trade's executions; an HTML statement is what mt4 reads, and HTML is named or
 * refused for every CSV format.
 */
let api: TestApi;
let token: string;
beforeAll(async () => {
  ({ api, token } = await startImportSafetyApi());
});
afterAll(() => api.close());

const ATHENS = { timezone: 'Europe/Athens', currency: 'USD' };
const FIRST = fixture('handmade/mt4-continued-1.htm');
const SECOND = fixture('handmade/mt4-continued-2.htm');

const SHOWN = [
  'symbol',
  'direction',
  'status',
  'openedAt',
  'closedAt',
  'quantity',
  'grossPnl',
  'fees',
  'netPnl',
];
/** The trades as rows of SHOWN, by opening time. */
const shown = (trades: any[]) =>
  trades.map((t) => SHOWN.map((k) => t[k])).sort((a, b) => String(a[3]).localeCompare(String(b[3])));

/** Both statements' trades, as brokers.md computes them (worked out by hand). */
const BOTH = [
  // 500: 0.10 closed in the first statement, the rest (#502, 0.20) in the second.
  [
    'EURUSD',
    'long',
    'closed',
    '2024-04-04T07:00:00.000Z',
    '2024-04-08T07:00:00.000Z',
    '0.3',
    '70.00',
    '2.70',
    '67.30',
  ],
  [
    'XAUUSD',
    'short',
    'closed',
    '2024-04-04T08:00:00.000Z',
    '2024-04-04T08:30:00.000Z',
    '0.1',
    '50.00',
    '1.00',
    '49.00',
  ],
  // 503: 0.05 closed to #505, which is still open.
  ['XAUUSD', 'short', 'open', '2024-04-05T06:00:00.000Z', null, '0.1', null, '0.70', null],
  [
    'EURUSD',
    'long',
    'closed',
    '2024-04-08T09:00:00.000Z',
    '2024-04-08T10:00:00.000Z',
    '0.1',
    '-5.00',
    '0.70',
    '-5.70',
  ],
];

describe('mt4: a later statement continues the earlier one’s chains', () => {
  it('extends the open trade (its id and journal entry kept), and importing either again adds nothing', async () => {
    const acc = await createAccount(api, token, { name: 'mt4 forward', ...ATHENS });
    const one = await upload(api, token, acc.id, FIRST, { format: 'mt4' }, 'Statement.htm');
    expect(one.status, one.text).toBe(201);
    expect(one.body).toMatchObject({
      format: 'mt4',
      inserted: 5,
      duplicates: 0,
      skipped: 0,
      tradesAffected: 3,
    });
    const before = await allTrades(api, token, `accountId=${acc.id}&sort=openedAt`);
    const open500 = before.find((t) => t.openedAt === '2024-04-04T07:00:00.000Z');
    expect(open500).toMatchObject({ status: 'open', quantity: '0.3', fees: '0.70', netPnl: null });
    const put = await api.call('PUT', `/v1/trades/${open500.id}/journal`, {
      token,
      body: { body: 'Scaled out at 1.0910', tags: ['scale-out'] },
    });
    expect(put.status, put.text).toBe(200);

    const two = await upload(api, token, acc.id, SECOND, { format: 'mt4' }, 'Statement.htm');
    expect(two.status, two.text).toBe(201);
    expect(two.body).toMatchObject({ inserted: 5, duplicates: 1 });
    const after = await allTrades(api, token, `accountId=${acc.id}&sort=openedAt`);
    expect(shown(after)).toEqual(BOTH);
    const closed500 = after.find((t) => t.openedAt === '2024-04-04T07:00:00.000Z');
    expect(closed500.id).toBe(open500.id);
    expect(closed500.journal).toMatchObject({ tags: ['scale-out'], hasNotes: true });
    expect(Number(closed500.exitPrice)).toBeCloseTo(1.0923333333, 8);

    for (const file of [FIRST, SECOND]) {
      const again = await upload(api, token, acc.id, file, { format: 'mt4' }, 'Statement.htm');
      expect(again.status, again.text).toBe(201);
      expect(again.body).toMatchObject({ inserted: 0, tradesAffected: 0 });
    }
    expect(shown(await allTrades(api, token, `accountId=${acc.id}`))).toEqual(BOTH);
  });

  it('gives the same trades when the later statement is imported first', async () => {
    const acc = await createAccount(api, token, { name: 'mt4 backward', ...ATHENS });
    for (const file of [SECOND, FIRST]) {
      const r = await upload(api, token, acc.id, file, { format: 'mt4' }, 'Statement.htm');
      expect(r.status, r.text).toBe(201);
    }
    expect(shown(await allTrades(api, token, `accountId=${acc.id}`))).toEqual(BOTH);
  });

  it('shows the broker’s comments among the trade’s executions, and the chain’s parts', async () => {
    const acc = await createAccount(api, token, { name: 'mt4 detail', ...ATHENS });
    await upload(api, token, acc.id, FIRST, { format: 'mt4' }, 'Statement.htm');
    await upload(api, token, acc.id, SECOND, { format: 'mt4' }, 'Statement.htm');
    const trades = await allTrades(api, token, `accountId=${acc.id}`);
    const detail = async (openedAt: string) => {
      const t = trades.find((x) => x.openedAt === openedAt);
      const r = await api.call('GET', `/v1/trades/${t.id}`, { token });
      expect(r.status, r.text).toBe(200);
      return r.body.executions.map((e: any) => [e.executionId, e.effect, e.quantity, e.fees, e.note ?? null]);
    };
    expect(await detail('2024-04-04T08:00:00.000Z')).toEqual([
      ['501-open', 'open', '0.1', '0.00', null],
      ['501', 'close', '0.1', '1.00', '[tp]'],
    ]);
    // The first statement's opening (it saw all 0.30), the second's (it saw the 0.20 rest), the parts.
    expect(await detail('2024-04-04T07:00:00.000Z')).toEqual([
      ['500-open', 'open', '0.3', '0.00', null],
      ['502-open', 'open', '0.2', '0.00', null],
      ['500', 'close', '0.1', '0.70', null],
      ['502', 'close', '0.2', '2.00', null],
    ]);
  });
});

describe('mt4: hedged positions opened at the same instant', () => {
  it('stay two trades through a rebuild, each keeping its id and journal entry', async () => {
    const acc = await createAccount(api, token, { name: 'mt4 same instant', timezone: 'UTC' });
    const row = (over: Partial<Mt4Row> & Pick<Mt4Row, 'ticket' | 'type' | 'price'>): Mt4Row => ({
      openTime: '2024.05.06 10:00:00',
      size: '0.10',
      item: 'eurusd',
      ...over,
    });
    const buy = row({ ticket: '700', type: 'buy', price: '1.07500' });
    const sell = row({ ticket: '701', type: 'sell', price: '1.07480' });
    const closed = { closeTime: '2024.05.07 10:00:00', commission: '-0.70', swap: '0.00' };
    const one = await upload(api, token, acc.id, mt4Statement([], [buy, sell]), { format: 'mt4' }, 'a.htm');
    expect(one.status, one.text).toBe(201);
    const byDirection = (a: any, b: any) => String(a.direction).localeCompare(String(b.direction));
    const open = (await allTrades(api, token, `accountId=${acc.id}`)).sort(byDirection);
    expect(open.map((t) => [t.direction, t.status])).toEqual([
      ['long', 'open'],
      ['short', 'open'],
    ]);
    for (const t of open) {
      const put = await api.call('PUT', `/v1/trades/${t.id}/journal`, {
        token,
        body: { setup: t.direction },
      });
      expect(put.status, put.text).toBe(200);
    }
    const two = await upload(
      api,
      token,
      acc.id,
      mt4Statement([
        { ...buy, ...closed, closePrice: '1.07600', profit: '10.00' },
        { ...sell, ...closed, closePrice: '1.07580', profit: '-10.00' },
      ]),
      { format: 'mt4' },
      'b.htm',
    );
    expect(two.status, two.text).toBe(201);
    const after = (await allTrades(api, token, `accountId=${acc.id}`)).sort(byDirection);
    expect(after.map((t) => [t.id, t.direction, t.status, t.netPnl, t.journal?.setup])).toEqual(
      open.map((t) => [t.id, t.direction, 'closed', t.direction === 'long' ? '9.30' : '-10.70', t.direction]),
    );
  });
});

describe('mt4: a rebuild sees every position of the instrument', () => {
  it('closes a position opened before the last trade that closed, when the new rows start after it', async () => {
    const acc = await createAccount(api, token, { name: 'mt4 rebuild', timezone: 'UTC' });
    const x: Mt4Row = {
      ticket: '800',
      openTime: '2024.05.06 09:00:00',
      type: 'buy',
      size: '0.10',
      item: 'eurusd',
      price: '1.07000',
    };
    const y: Mt4Row = {
      ticket: '801',
      openTime: '2024.05.06 10:00:00',
      type: 'sell',
      size: '0.10',
      item: 'eurusd',
      price: '1.07200',
      closeTime: '2024.05.06 11:00:00',
      closePrice: '1.07100',
      profit: '10.00',
    };
    const z: Mt4Row = {
      ticket: '802',
      openTime: '2024.05.06 11:30:00',
      type: 'buy',
      size: '0.10',
      item: 'eurusd',
      price: '1.07150',
      closeTime: '2024.05.06 11:45:00',
      closePrice: '1.07160',
      profit: '1.00',
    };
    const one = await upload(api, token, acc.id, mt4Statement([y], [x]), { format: 'mt4' }, 'a.htm');
    expect(one.status, one.text).toBe(201);
    // The next statement: z opened and closed after y closed, and x closed at last.
    const xClosed = { ...x, closeTime: '2024.05.06 12:00:00', closePrice: '1.07300', profit: '30.00' };
    const two = await upload(api, token, acc.id, mt4Statement([y, z, xClosed]), { format: 'mt4' }, 'b.htm');
    expect(two.status, two.text).toBe(201);
    const trades = await allTrades(api, token, `accountId=${acc.id}&sort=openedAt`);
    expect(trades.map((t) => [t.openedAt, t.direction, t.status, t.grossPnl])).toEqual([
      ['2024-05-06T09:00:00.000Z', 'long', 'closed', '30.00'],
      ['2024-05-06T10:00:00.000Z', 'short', 'closed', '10.00'],
      ['2024-05-06T11:30:00.000Z', 'long', 'closed', '1.00'],
    ]);
  });
});

describe('mt4: what an HTML file is for each format', () => {
  let acc: string;
  beforeAll(async () => {
    acc = (await createAccount(api, token, { name: 'mt4 kinds', ...ATHENS })).id;
  });

  it('a statement chosen as a CSV format is named as mt4, written nothing', async () => {
    for (const format of ['generic', 'mt5', 'binance']) {
      const r = await upload(api, token, acc, fixture('mt4-1.htm'), { format }, 'Statement.htm');
      expect(r.status, r.text).toBe(422);
      expect(r.body).toMatchObject({
        type: P + 'import-format-mismatch',
        detectedFormat: 'mt4',
        chosenFormat: format,
      });
    }
    expect(await allTrades(api, token, `accountId=${acc}`)).toEqual([]);
  });

  it('another HTML page is refused for a CSV format as what it is', async () => {
    const page = '<!DOCTYPE html>\n<html><body><table><tr><td>Deals</td></tr></table></body></html>\n';
    const r = await upload(api, token, acc, page, { format: 'generic' }, 'report.html');
    expect(r.status, r.text).toBe(422);
    expect(r.body).toMatchObject({ type: P + 'import-unsupported-file', fileKind: 'html' });
    expect(r.body.detail).toBe(
      'This is an HTML page, not a CSV text file, so nothing was imported. Export the trades from your broker as ' +
        'CSV (for a spreadsheet: save it as “CSV UTF-8”) and upload that file.',
    );
    // For mt4 it is read, and says what it lacks.
    const asMt4 = await upload(api, token, acc, page, { format: 'mt4' }, 'report.html');
    expect(asMt4.status, asMt4.text).toBe(422);
    expect(asMt4.body.type).toBe(P + 'import-invalid');
    expect(asMt4.body.errors).toEqual([
      {
        line: 1,
        reason: 'no "Closed Transactions:" section with its header was found (is this a mt4 file?)',
      },
    ]);
  });

  it('mt4 names a CSV of another format, and refuses a PDF as no HTML statement', async () => {
    const csv = await upload(api, token, acc, fixture('generic-1.csv'), { format: 'mt4' });
    expect(csv.body).toMatchObject({
      type: P + 'import-format-mismatch',
      detectedFormat: 'generic',
      chosenFormat: 'mt4',
    });
    const pdf = await upload(api, token, acc, Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1'), {
      format: 'mt4',
    });
    expect(pdf.status).toBe(422);
    expect(pdf.body).toMatchObject({ type: P + 'import-unsupported-file', fileKind: 'pdf' });
    expect(pdf.body.detail).toBe(
      'This is a PDF document, not a MetaTrader 4 statement (an HTML file), so nothing was imported. In MetaTrader 4, ' +
        'save the statement with Account History › Save as Detailed Report and upload that file.',
    );
    expect(await allTrades(api, token, `accountId=${acc}`)).toEqual([]);
  });

  it('lists a chain whose rest the statement does not show, and counts the rows it skipped', async () => {
    const hedged = fixture('handmade/mt4-hedged.htm');
    const r = await upload(api, token, acc, hedged, { format: 'mt4', dryRun: 'true' }, 'Statement.htm');
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ inserted: 13, skipped: 7, rowsRead: 16 });
    expect(r.body.warnings).toEqual([
      {
        line: 25,
        kind: 'open-position',
        reason:
          'Ticket 104 was closed in part; the rest went on as #107, which is in neither Closed Transactions ' +
          'nor Open Trades: its trade stays open',
      },
    ]);
  });

  it('reads a statement saved as UTF-16 or in the ANSI code page; a dry run writes nothing', async () => {
    const text = fixture('mt4-2.htm').toString('utf8').replace('Jordan Example', 'Jörg Müller');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const ansi = Buffer.from(text, 'latin1');
    for (const file of [utf16, ansi]) {
      const r = await upload(api, token, acc, file, { format: 'mt4', dryRun: 'true' }, 'Statement.htm');
      expect(r.status, r.text).toBe(200);
      expect(r.body).toMatchObject({ id: null, dryRun: true, inserted: 52, errorCount: 0 });
    }
    expect(await allTrades(api, token, `accountId=${acc}`)).toEqual([]);
  });
});
