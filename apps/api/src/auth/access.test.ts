import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness';
import { canSeeEvent, journalOwner, requireAccess, requireAccount, visible } from './access';
import type { TenantPrincipal } from './permissions';
import { permissionsOfRoles } from './permissions';

// The visibility rules themselves, against real rows made through the API: what each kind of
// caller's query builders return, and what requireAccess refuses.
let api: TestApi;
let tenantId: string;
const people: Record<'ana' | 'bo', { userId: string; accountId: string; tradeId: string; entryId: string }> =
  {} as never;

const asUser = (userId: string): TenantPrincipal => ({
  kind: 'user',
  tenantId,
  userId,
  roles: ['member'],
  locale: 'en',
  tokenId: 'test',
  tokenKind: 'embed',
  permissions: permissionsOfRoles(['member']),
});
const asKey = (): TenantPrincipal => ({
  kind: 'apiKey',
  tenantId,
  keyId: 'test',
  ownerUserId: null,
  permissions: permissionsOfRoles(['owner']),
});

beforeAll(async () => {
  api = await startTestApi();
  const t = await api.createTenant();
  tenantId = t.tenantId;
  for (const name of ['ana', 'bo'] as const) {
    const { userId, token } = await api.createUser(t.apiKey, {});
    const account = await api.call('POST', '/v1/accounts', {
      token,
      body: { name: `${name}'s`, broker: 'bridge', currency: 'USD', timezone: 'UTC' },
    });
    await api.call('POST', `/v1/accounts/${account.body.id}/executions`, {
      token,
      body: {
        executions: [
          { brokerExecutionId: `${name}-1`, executedAt: '2024-03-04T14:30:00Z', side: 'buy', price: '100' },
          { brokerExecutionId: `${name}-2`, executedAt: '2024-03-04T15:30:00Z', side: 'sell', price: '101' },
        ].map((e) => ({ ...e, symbol: 'ACC', assetClass: 'stock', quantity: '1' })),
      },
    });
    const trades = await api.call('GET', '/v1/trades', { token });
    const tradeId = trades.body.data[0].id as string;
    const entry = await api.call('PUT', `/v1/trades/${tradeId}/journal`, { token, body: { body: name } });
    expect(entry.status, entry.text).toBe(200);
    people[name] = { userId, accountId: account.body.id, tradeId, entryId: entry.body.id };
  }
});
afterAll(() => api.close());

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('visible.*: the journal rule', () => {
  it('an end user sees their own accounts, trades and entries; an API key sees everyone’s', async () => {
    const { ana, bo } = people;
    await api.database.withTenant(tenantId, async (trx) => {
      const a = asUser(ana.userId);
      expect(ids(await visible.accounts(trx, a).select('accounts.id as id').execute())).toEqual([
        ana.accountId,
      ]);
      expect(ids(await visible.trades(trx, a).select('t.id as id').execute())).toEqual([ana.tradeId]);
      expect(ids(await visible.entries(trx, a).select('e.id as id').execute())).toEqual([ana.entryId]);
      const k = asKey();
      expect(ids(await visible.accounts(trx, k).select('accounts.id as id').execute())).toEqual(
        [ana.accountId, bo.accountId].sort(),
      );
      expect(ids(await visible.trades(trx, k).select('t.id as id').execute())).toEqual(
        [ana.tradeId, bo.tradeId].sort(),
      );
      expect(ids(await visible.entries(trx, k).select('e.id as id').execute())).toEqual(
        [ana.entryId, bo.entryId].sort(),
      );
    });
    expect(journalOwner(asUser(ana.userId))).toBe(ana.userId);
    expect(journalOwner(asKey())).toBeNull();
  });
});

describe('requireAccess', () => {
  it('passes for what the caller may reach and refuses the rest as not found (one foreign id is enough)', async () => {
    const { ana, bo } = people;
    await api.database.withTenant(tenantId, async (trx) => {
      const a = asUser(ana.userId);
      await requireAccess(trx, a, 'account', [ana.accountId]);
      await requireAccess(trx, a, 'trade', [ana.tradeId, ana.tradeId]);
      await requireAccess(trx, a, 'entry', []);
      for (const [resource, id] of [
        ['account', bo.accountId],
        ['trade', bo.tradeId],
        ['entry', bo.entryId],
      ] as const) {
        await expect(requireAccess(trx, a, resource, [id])).rejects.toMatchObject({ status: 404 });
      }
      await expect(requireAccess(trx, a, 'trade', [ana.tradeId, bo.tradeId])).rejects.toMatchObject({
        status: 404,
      });
      await expect(requireAccount(trx, a, bo.accountId)).rejects.toMatchObject({ status: 404 });
      expect((await requireAccount(trx, asKey(), bo.accountId)).user_id).toBe(bo.userId);
      await requireAccess(trx, asKey(), 'entry', [ana.entryId, bo.entryId]);
    });
  });

  it('another tenant’s caller reaches none of it, even as an API key', async () => {
    const other = await api.createTenant();
    await api.database.withTenant(other.tenantId, async (trx) => {
      const key: TenantPrincipal = { ...asKey(), tenantId: other.tenantId };
      await expect(requireAccess(trx, key, 'account', [people.ana.accountId])).rejects.toMatchObject({
        status: 404,
      });
      expect(await visible.trades(trx, key).select('t.id').execute()).toEqual([]);
    });
  });
});

describe('canSeeEvent', () => {
  it('an end user hears their own journal’s events; an API key every user’s', () => {
    const { ana, bo } = people;
    expect(canSeeEvent(asUser(ana.userId), { userId: ana.userId })).toBe(true);
    expect(canSeeEvent(asUser(ana.userId), { userId: bo.userId })).toBe(false);
    expect(canSeeEvent(asUser(ana.userId), { userId: null })).toBe(false);
    expect(canSeeEvent(asKey(), { userId: bo.userId })).toBe(true);
  });
});
