import type { TestApi } from './harness';
import { upload } from './journal';

/** A 1×1 PNG, the smallest real screenshot. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const SAMPLE = [
  'executed_at,symbol,asset_class,side,quantity,price,fees',
  '2024-03-01T14:30:00Z,AAPL,stock,buy,10,170.00,1.00',
  '2024-03-01T15:30:00Z,AAPL,stock,sell,10,171.50,1.00',
].join('\n');

let journal:
  | Promise<{ accountId: string; importId: string; tradeId: string; entryId: string; attachmentId: string }>
  | undefined;
/** The victim's journal: an account with one imported trade, its entry and a screenshot. */
function victimJournal(api: TestApi, v: Victim) {
  journal ??= (async () => {
    const acc = await api.call('POST', '/v1/accounts', {
      token: v.memberToken,
      body: { name: 'Victim', broker: 'test', currency: 'USD' },
    });
    const imp = await upload(api, v.memberToken, acc.body.id, SAMPLE, { format: 'generic' });
    const trades = await api.call('GET', `/v1/trades?accountId=${acc.body.id}`, { token: v.memberToken });
    if (!trades.body?.data?.[0])
      throw new Error(
        `victim journal: ${acc.status} ${acc.text} / ${imp.status} ${imp.text} / ${trades.text}`,
      );
    const tradeId = trades.body.data[0].id;
    const entry = await api.call('PUT', `/v1/trades/${tradeId}/journal`, {
      token: v.memberToken,
      body: { body: 'secret plan' },
    });
    const form = new FormData();
    form.append('file', new Blob([TINY_PNG]), 'shot.png');
    const att = await fetch(`${api.url}/v1/journal-entries/${entry.body.id}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${v.memberToken}` },
      body: form,
    }).then((r) => r.json() as Promise<{ id: string }>);
    return {
      accountId: acc.body.id,
      importId: imp.body.id,
      tradeId,
      entryId: entry.body.id,
      attachmentId: att.id,
    };
  })();
  return journal;
}

/**
 * Resources of the victim tenant that the authorization matrix aims at, by path-parameter name.
 * When an issue adds an operation with a new path parameter (`accountId`, `tradeId`, …), add a
 * creator here: the matrix fails and names the parameter until it has one.
 */
export interface Victim {
  tenantId: string;
  slug: string;
  apiKey: string;
  ownerToken: string;
  memberToken: string;
  memberUserId: string;
}

export type FixtureCreator = (api: TestApi, victim: Victim) => Promise<string>;

export const pathFixtures: Record<string, FixtureCreator> = {
  tenantId: async (_api, v) => v.tenantId,
  slug: async (_api, v) => v.slug,
  userId: async (_api, v) => v.memberUserId,
  accountId: async (api, v) => (await victimJournal(api, v)).accountId,
  importId: async (api, v) => (await victimJournal(api, v)).importId,
  tradeId: async (api, v) => (await victimJournal(api, v)).tradeId,
  entryId: async (api, v) => (await victimJournal(api, v)).entryId,
  attachmentId: async (api, v) => (await victimJournal(api, v)).attachmentId,
  day: async () => '2024-03-01',
  connectorId: async (api, v) => {
    const { accountId } = await victimJournal(api, v);
    const r = await api.call('POST', `/v1/accounts/${accountId}/connectors`, {
      token: v.memberToken,
      body: { kind: 'ibkr-flex', settings: { token: '123456789012345678901234', queryId: '1' } },
    });
    return r.body.id;
  },
  keyId: async (api, v) => {
    const r = await api.call('POST', '/v1/api-keys', { token: v.apiKey, body: { name: 'matrix target' } });
    return r.body.id;
  },
};
