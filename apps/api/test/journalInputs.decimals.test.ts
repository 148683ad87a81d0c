import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './harness';
import { accountWithTrades, expectValidationError, startJournalInputsApi } from './journalInputs';
import { allTrades, createAccount } from './journal';

/**
 * Issue 9: decimal inputs the journal's contract accepted but the database or the answer could not
 * hold (500s, one that stored its value anyway) — initialStop, initialRisk, startingBalance — are
 * bounded to what is stored and answered exactly; a stored value no answer can carry reads as
 * null instead of breaking every list. Real HTTP, real database.
 */
let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let member: { token: string; userId: string };
beforeAll(async () => {
  ({ api, tenant, member } = await startJournalInputsApi());
});
afterAll(() => api.close());

/** Every list that holds the member's trades and entries answers, for the member and the tenant key. */
async function expectListsAnswer(accountId: string) {
  for (const token of [member.token, tenant.apiKey]) {
    for (const path of [
      `/v1/trades?accountId=${accountId}`,
      `/v1/trades?accountId=${accountId}&sort=-netPnl`,
      `/v1/journal-entries?accountId=${accountId}`,
      `/v1/accounts/${accountId}`,
    ]) {
      const r = await api.call('GET', path, { token });
      expect(r.status, `${path}: ${r.text}`).toBe(200);
    }
  }
}

describe('decimal inputs are bounded to what is stored and answered exactly', () => {
  it('refuses a too-wide initialStop with a 400 naming the field, and writes nothing', async () => {
    const { accountId, trades } = await accountWithTrades(api, member.token, 1);
    const trade = trades[0];
    const wide = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
      token: member.token,
      body: { initialStop: '99999999999999999999.999999999999', tags: ['wide'] },
    });
    expectValidationError(wide, '/body/initialStop');
    // Nothing written: no entry, and every list still answers.
    expect((await api.call('GET', `/v1/trades/${trade.id}/journal`, { token: member.token })).status).toBe(
      404,
    );
    await expectListsAnswer(accountId);

    for (const initialStop of ['12345678901234567', '1.123456789', '1e3', '-99999999999999999']) {
      const r = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
        token: member.token,
        body: { initialStop },
      });
      expectValidationError(r, '/body/initialStop');
    }
    // The widest values it holds come back exactly as sent; an existing entry is left as it was
    // by a refused change.
    for (const initialStop of ['9999999999999999.99999999', '-9999999999999999.99999999', '169.12345678']) {
      const ok = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
        token: member.token,
        body: { initialStop },
      });
      expect(ok.status, ok.text).toBe(200);
      expect(ok.body.initialStop).toBe(initialStop);
    }
    const refused = await api.call('PUT', `/v1/trades/${trade.id}/journal`, {
      token: member.token,
      body: { initialStop: '99999999999999999999.999999999999', rating: 5 },
    });
    expectValidationError(refused, '/body/initialStop');
    const kept = await api.call('GET', `/v1/trades/${trade.id}/journal`, { token: member.token });
    expect(kept.body).toMatchObject({ initialStop: '169.12345678', rating: null });
    await expectListsAnswer(accountId);
  });

  it('a stored value the answer cannot carry reads as null instead of breaking every list', async () => {
    // Rows written before the bounds (the attack stored this one through a 500), or by hand.
    const { accountId, trades } = await accountWithTrades(api, member.token, 3);
    const [a, b, c] = trades;
    for (const t of [a, b, c]) {
      const r = await api.call('PUT', `/v1/trades/${t.id}/journal`, {
        token: member.token,
        body: { initialStop: '169' },
      });
      expect(r.status, r.text).toBe(200);
    }
    await api.database.withSystem(async (trx) => {
      const set = (tradeId: string, column: 'initial_stop' | 'initial_risk', value: string) =>
        sql`update journal_entries set ${sql.ref(column)} = ${value}::numeric where trade_id = ${tradeId}`.execute(
          trx,
        );
      await set(a.id, 'initial_stop', '99999999999999999999.999999999999');
      await set(b.id, 'initial_stop', 'NaN');
      await set(c.id, 'initial_risk', 'NaN');
      // A P&L wider than any answer (say, from a file with absurd prices).
      await sql`update trades set net_pnl = ${'1' + '0'.repeat(30)}::numeric, gross_pnl = ${'1' + '0'.repeat(30)}::numeric where id = ${c.id}`.execute(
        trx,
      );
    });
    await expectListsAnswer(accountId);
    const listed = await allTrades(api, tenant.apiKey, `accountId=${accountId}`);
    const byId = new Map(listed.map((t) => [t.id, t]));
    expect(byId.get(a.id)).toMatchObject({ netPnl: '198.00', initialRisk: null, rMultiple: null });
    expect(byId.get(b.id)).toMatchObject({ netPnl: '398.00', initialRisk: null, rMultiple: null });
    expect(byId.get(c.id)).toMatchObject({
      netPnl: null,
      grossPnl: null,
      initialRisk: null,
      rMultiple: null,
    });
    for (const t of [a, b, c]) {
      const one = await api.call('GET', `/v1/trades/${t.id}`, { token: member.token });
      expect(one.status, one.text).toBe(200);
      const entry = await api.call('GET', `/v1/trades/${t.id}/journal`, { token: member.token });
      expect(entry.status, entry.text).toBe(200);
    }
    const entries = await api.call('GET', `/v1/journal-entries?accountId=${accountId}`, {
      token: member.token,
    });
    const stops = entries.body.data.map((e: any) => [e.tradeId, e.initialStop, e.initialRisk]);
    expect(stops).toEqual(
      expect.arrayContaining([
        [a.id, null, null],
        [b.id, null, null],
        [c.id, '169', null],
      ]),
    );
    // The member fixes it by writing a value again.
    const fixed = await api.call('PUT', `/v1/trades/${a.id}/journal`, {
      token: member.token,
      body: { initialStop: '169' },
    });
    expect(fixed.body.initialStop).toBe('169');
    const [again] = (await allTrades(api, member.token, `accountId=${accountId}`)).filter(
      (t) => t.id === a.id,
    );
    expect(again).toMatchObject({ initialRisk: '100.00', rMultiple: 1.98 });
  });

  it('initialRisk must be greater than 0 ("0" is a 400, null is no risk)', async () => {
    const { trades } = await accountWithTrades(api, member.token, 1);
    const url = `/v1/trades/${trades[0].id}/journal`;
    for (const initialRisk of [
      '0',
      '0.00',
      '000.00000000',
      '-5',
      '-0.01',
      '1.123456789',
      '12345678901234567',
    ]) {
      const r = await api.call('PUT', url, { token: member.token, body: { initialRisk, tags: ['risk'] } });
      expectValidationError(r, '/body/initialRisk');
    }
    expect((await api.call('GET', url, { token: member.token })).status).toBe(404);
    const zero = await api.call('PUT', url, { token: member.token, body: { initialRisk: '0' } });
    expect(zero.body.errors).toEqual([
      { field: '/body/initialRisk', message: 'must be greater than 0 (send null for no risk)' },
    ]);
    // On a trading day's entry too.
    const day = await api.call('PUT', `/v1/accounts/${trades[0].accountId}/days/2024-03-01/journal`, {
      token: member.token,
      body: { initialRisk: '0' },
    });
    expectValidationError(day, '/body/initialRisk');

    const tiny = await api.call('PUT', url, { token: member.token, body: { initialRisk: '0.00000001' } });
    expect(tiny.status, tiny.text).toBe(200);
    expect(tiny.body.initialRisk).toBe('0.00000001');
    const hundred = await api.call('PUT', url, { token: member.token, body: { initialRisk: '100' } });
    expect(hundred.body.initialRisk).toBe('100');
    const [t] = await allTrades(api, member.token, `accountId=${trades[0].accountId}`);
    expect(t).toMatchObject({ initialRisk: '100.00', rMultiple: 1.98 });
    const none = await api.call('PUT', url, { token: member.token, body: { initialRisk: null } });
    expect(none.status).toBe(200);
    expect(none.body.initialRisk).toBeNull();
  });

  it('startingBalance wider than numeric(24, 8) is a 400 naming the field, never stored or rounded', async () => {
    const user = await api.createUser(tenant.apiKey, {});
    const body = { name: 'Main', broker: 'test', currency: 'USD' };
    for (const startingBalance of [
      '99999999999999999999.5',
      '12345678901234567',
      '1.123456789',
      '25000.000000000000',
    ]) {
      const r = await api.call('POST', '/v1/accounts', {
        token: user.token,
        body: { ...body, startingBalance },
      });
      expectValidationError(r, '/body/startingBalance');
    }
    const none = await api.call('GET', '/v1/accounts', { token: user.token });
    expect(none.body.data).toEqual([]);

    for (const startingBalance of ['9999999999999999.99999999', '-9999999999999999.99999999', '0.00000001']) {
      const r = await api.call('POST', '/v1/accounts', {
        token: user.token,
        body: { ...body, startingBalance },
      });
      expect(r.status, r.text).toBe(201);
      expect(r.body.startingBalance).toBe(startingBalance);
    }
    const acc = await createAccount(api, user.token, { startingBalance: '25000' });
    const wide = await api.call('PATCH', `/v1/accounts/${acc.id}`, {
      token: user.token,
      body: { startingBalance: '99999999999999999999.5', name: 'Renamed' },
    });
    expectValidationError(wide, '/body/startingBalance');
    const after = await api.call('GET', `/v1/accounts/${acc.id}`, { token: user.token });
    expect(after.body).toMatchObject({ name: 'Main', startingBalance: '25000' });
    const ok = await api.call('PATCH', `/v1/accounts/${acc.id}`, {
      token: user.token,
      body: { startingBalance: '30000.5' },
    });
    expect(ok.body.startingBalance).toBe('30000.5');
  });
});
