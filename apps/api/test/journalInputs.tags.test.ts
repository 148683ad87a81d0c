import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './harness';
import { accountWithTrades, expectValidationError, startJournalInputsApi } from './journalInputs';
import { allTrades } from './journal';

/**
 * Issue 9: the tag filter of journal entries (and of trades) lists exactly the entries that carry
 * a whole, trimmed tag, paged through once each; labels are stored trimmed, once each, and a blank
 * one is a 400. Real HTTP, real database.
 */
let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let member: { token: string; userId: string };
beforeAll(async () => {
  ({ api, tenant, member } = await startJournalInputsApi());
});
afterAll(() => api.close());

describe('GET /v1/journal-entries?tag=', () => {
  it('lists exactly the entries that carry the tag, for the member and the tenant key', async () => {
    const user = await api.createUser(tenant.apiKey, {});
    const { accountId, trades } = await accountWithTrades(api, user.token, 3);
    const put = async (path: string, tags: string[]) => {
      const r = await api.call('PUT', path, { token: user.token, body: { tags } });
      expect(r.status, r.text).toBe(200);
      return r.body.id as string;
    };
    const withTag = await put(`/v1/trades/${trades[0].id}/journal`, ['breakout', 'a+']);
    const other = await put(`/v1/trades/${trades[1].id}/journal`, ['fade']);
    const none = await put(`/v1/trades/${trades[2].id}/journal`, []);
    const dayWithTag = await put(`/v1/accounts/${accountId}/days/2024-03-05/journal`, ['breakout']);
    const spaced = await put(`/v1/accounts/${accountId}/days/2024-03-06/journal`, ['  spaced  ']);

    const ids = async (token: string, query: string) => {
      const r = await api.call('GET', `/v1/journal-entries?accountId=${accountId}&${query}`, { token });
      expect(r.status, r.text).toBe(200);
      return r.body.data.map((e: { id: string }) => e.id).sort();
    };
    for (const token of [user.token, tenant.apiKey]) {
      expect(await ids(token, 'tag=breakout')).toEqual([withTag, dayWithTag].sort());
      expect(await ids(token, 'tag=fade')).toEqual([other]);
      expect(await ids(token, 'tag=a%2B')).toEqual([withTag]);
      expect(await ids(token, 'tag=nope')).toEqual([]);
      expect(await ids(token, 'tag=spaced')).toEqual([spaced]);
      expect(await ids(token, 'tag=%20spaced%20')).toEqual([spaced]);
      expect(await ids(token, 'tag=break')).toEqual([]); // whole tags, not prefixes
      expect(await ids(token, 'limit=50')).toEqual([withTag, other, none, dayWithTag, spaced].sort());
    }
    // The trades list filters on the same trimmed tags.
    const tradeIds = async (query: string) =>
      (await allTrades(api, user.token, `accountId=${accountId}&${query}`)).map((t) => t.id);
    expect(await tradeIds('tag=breakout')).toEqual([trades[0].id]);
    expect(await tradeIds('tag=%20breakout%20')).toEqual([trades[0].id]);
    expect(await tradeIds('tag=nope')).toEqual([]);
    // Paged through with the filter, each tagged entry once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await api.call(
        'GET',
        `/v1/journal-entries?accountId=${accountId}&tag=breakout&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        { token: user.token },
      );
      expect(r.status, r.text).toBe(200);
      seen.push(...r.body.data.map((e: { id: string }) => e.id));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([withTag, dayWithTag].sort());
  });

  it('labels are stored trimmed, once each; a blank one is a 400', async () => {
    const { trades } = await accountWithTrades(api, member.token, 1);
    const url = `/v1/trades/${trades[0].id}/journal`;
    const blank = await api.call('PUT', url, { token: member.token, body: { tags: ['ok', '   '] } });
    expectValidationError(blank, '/body/tags/1');
    const blankMistake = await api.call('PUT', url, { token: member.token, body: { mistakes: [' '] } });
    expectValidationError(blankMistake, '/body/mistakes/0');
    expect((await api.call('GET', url, { token: member.token })).status).toBe(404);
    const r = await api.call('PUT', url, {
      token: member.token,
      body: { tags: ['a', 'a ', ' b'], mistakes: ['late', 'late '] },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ tags: ['a', 'b'], mistakes: ['late'] });
  });
});
