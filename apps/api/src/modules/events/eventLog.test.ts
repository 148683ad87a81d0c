import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Topic } from '../../auth/access';
import { openEventStream } from '../../../test/eventStream';
import { startTestApi, type TestApi } from '../../../test/harness';
import { createAccount } from '../../../test/journal';

/**
 * Issue 10: events are written to a log (migration 0011) with ids counting up per tenant, so a
 * stream that reconnects with `Last-Event-ID` gets what it missed — only what it may see — then
 * live ones, each once; an id the log no longer covers answers `event: reset`. Topics beyond a
 * user's journal: the tenant's, a resource's. On PGlite or, with JOURNALKIT_TEST_DATABASE_URL,
 * PostgreSQL (cross-process delivery: eventLog.processes.test.ts).
 */
let api: TestApi;
let tenant: { tenantId: string; apiKey: string };
let alice: { userId: string; token: string };
let bob: { userId: string; token: string };
let aliceAccount: string;
let bobAccount: string;
beforeAll(async () => {
  api = await startTestApi();
  tenant = await api.createTenant();
  alice = await api.createUser(tenant.apiKey, {});
  bob = await api.createUser(tenant.apiKey, {});
  aliceAccount = (await createAccount(api, alice.token, { name: 'alice' })).id;
  bobAccount = (await createAccount(api, bob.token, { name: 'bob' })).id;
});
afterAll(() => api.close());

let day = 0;
/** A journal change over HTTP: one `entry.changed` event for the account's owner. */
async function changeDay(token: string, accountId: string) {
  day++;
  const date = `2024-01-${String((day % 28) + 1).padStart(2, '0')}`;
  const r = await api.call('PUT', `/v1/accounts/${accountId}/days/${date}/journal`, {
    token,
    body: { body: `note ${day}` },
  });
  expect(r.status, r.text).toBe(200);
  return r.body as { id: string };
}

const ids = (events: { id?: string }[]) => events.map((e) => Number(e.id));

describe('stored events and Last-Event-ID', () => {
  it('a stream opens at the tenant’s position; its events carry the log’s ids, counting up per tenant', async () => {
    const s = await openEventStream(api.url, alice.token);
    const start = Number(s.lastId());
    expect(start).toBeGreaterThanOrEqual(0);
    const e1 = await changeDay(alice.token, aliceAccount);
    await changeDay(bob.token, bobAccount); // takes an id too; not Alice's to hear
    const e3 = await changeDay(alice.token, aliceAccount);
    const events = await s.waitForEvents(2);
    expect(events.map((e) => [e.event, JSON.parse(e.data)])).toEqual([
      ['entry.changed', { type: 'entry.changed', accountId: aliceAccount, ids: [e1.id] }],
      ['entry.changed', { type: 'entry.changed', accountId: aliceAccount, ids: [e3.id] }],
    ]);
    expect(ids(events)).toEqual([start + 1, start + 3]);
    s.close();
  });

  it('a stream that reconnects gets what it missed, then live ones: each once, in order, none skipped', async () => {
    const first = await openEventStream(api.url, alice.token);
    await changeDay(alice.token, aliceAccount);
    const [seen] = await first.waitForEvents(1);
    first.close();
    // Missed while away: two of Alice's, one of Bob's between them.
    const m1 = await changeDay(alice.token, aliceAccount);
    await changeDay(bob.token, bobAccount);
    const m2 = await changeDay(alice.token, aliceAccount);

    const again = await openEventStream(api.url, alice.token, seen!.id);
    const replayed = await again.waitForEvents(2);
    expect(replayed.map((e) => JSON.parse(e.data).ids[0])).toEqual([m1.id, m2.id]);
    expect(ids(replayed)).toEqual([Number(seen!.id) + 1, Number(seen!.id) + 3]);
    const live = await changeDay(alice.token, aliceAccount);
    const all = await again.waitForEvents(3);
    expect(all.map((e) => JSON.parse(e.data).ids[0])).toEqual([m1.id, m2.id, live.id]);
    // Nothing more comes (no duplicate of a replayed one after the live one).
    await new Promise((r) => setTimeout(r, 300));
    expect(again.events()).toHaveLength(3);
    again.close();
  });

  it('a user never receives another user’s events through a resume; the tenant’s key receives both', async () => {
    const before = await openEventStream(api.url, tenant.apiKey);
    const from = before.lastId()!;
    before.close();
    const a = await changeDay(alice.token, aliceAccount);
    const b = await changeDay(bob.token, bobAccount);

    // From the very start of the log too: nothing of Bob's.
    for (const resumeFrom of [from, '0']) {
      const s = await openEventStream(api.url, alice.token, resumeFrom);
      await new Promise((r) => setTimeout(r, 300));
      const got = s.events().map((e) => JSON.parse(e.data));
      expect(got.filter((e) => e.accountId !== aliceAccount)).toEqual([]);
      expect(got.map((e) => e.ids[0])).toContain(a.id);
      expect(s.text()).not.toContain(b.id);
      s.close();
    }
    const bobs = await openEventStream(api.url, bob.token, from);
    await bobs.waitForEvents(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(bobs.events().map((e) => JSON.parse(e.data).ids[0])).toEqual([b.id]);
    bobs.close();
    const key = await openEventStream(api.url, tenant.apiKey, from);
    const both = await key.waitForEvents(2);
    expect(both.map((e) => JSON.parse(e.data).ids[0])).toEqual([a.id, b.id]);
    key.close();
  });

  it('an id that is not this tenant’s stream (malformed, or ahead of its log) answers a reset', async () => {
    for (const bad of ['abc', '999999999', '-1', '1.5']) {
      const s = await openEventStream(api.url, alice.token, bad);
      await expect.poll(() => s.messages()[0]).toBeDefined();
      const reset = s.messages()[0]!;
      expect(reset.event).toBe('reset');
      expect(JSON.parse(reset.data!)).toEqual({ type: 'reset', reason: 'unknown' });
      // The position to carry on from: the next change follows it.
      const e = await changeDay(alice.token, aliceAccount);
      const [next] = (await s.waitForEvents(2)).slice(1);
      expect(JSON.parse(next!.data).ids).toEqual([e.id]);
      expect(Number(next!.id)).toBe(Number(reset.id) + 1);
      s.close();
    }
  });

  it('sends import.progress live only: no id, never replayed', async () => {
    const s = await openEventStream(api.url, alice.token);
    const from = s.lastId()!;
    api.app.services.events.publish(tenant.tenantId, {
      type: 'import.progress',
      accountId: aliceAccount,
      userId: alice.userId,
      importId: 'i-1',
      progress: 0.5,
    });
    const [progress] = await s.waitForEvents(1);
    expect(progress).toEqual({
      event: 'import.progress',
      data: JSON.stringify({
        type: 'import.progress',
        accountId: aliceAccount,
        importId: 'i-1',
        progress: 0.5,
      }),
    });
    s.close();
    const resumed = await openEventStream(api.url, alice.token, from);
    await new Promise((r) => setTimeout(r, 300));
    expect(resumed.events()).toEqual([]);
    resumed.close();
  });

  it('every event of concurrent writers reaches a key’s stream exactly once, ids with no gap', async () => {
    const s = await openEventStream(api.url, tenant.apiKey);
    const start = Number(s.lastId());
    const n = 40;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        i % 2 ? changeDay(alice.token, aliceAccount) : changeDay(bob.token, bobAccount),
      ),
    );
    for (let i = 0; i < n; i++)
      api.app.services.events.publish(tenant.tenantId, {
        type: 'trades.changed',
        accountId: aliceAccount,
        userId: alice.userId,
        ids: [`burst-${i}`],
      });
    const got = await s.waitForEvents(2 * n, 10_000);
    expect(ids(got)).toEqual(Array.from({ length: 2 * n }, (_, i) => start + i + 1));
    // The burst keeps its publishing order.
    expect(got.slice(n).map((e) => JSON.parse(e.data).ids[0])).toEqual(
      Array.from({ length: n }, (_, i) => `burst-${i}`),
    );
    // A stream resuming from the middle gets exactly the rest.
    const resumed = await openEventStream(api.url, tenant.apiKey, String(start + n));
    expect(ids(await resumed.waitForEvents(n))).toEqual(got.slice(n).map((e) => Number(e.id)));
    s.close();
    resumed.close();
  });

  it('an event published inside a transaction exists if and only if the transaction commits', async () => {
    const s = await openEventStream(api.url, alice.token);
    const { events } = api.app.services;
    await expect(
      api.database.withTenant(tenant.tenantId, async (trx) => {
        await events.publishIn(trx, tenant.tenantId, {
          type: 'account.changed',
          accountId: aliceAccount,
          userId: alice.userId,
          ids: ['rolled-back'],
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await api.database.withTenant(tenant.tenantId, (trx) =>
      events.publishIn(trx, tenant.tenantId, {
        type: 'account.changed',
        accountId: aliceAccount,
        userId: alice.userId,
        ids: ['committed'],
      }),
    );
    const [e] = await s.waitForEvents(1);
    expect(JSON.parse(e!.data).ids).toEqual(['committed']);
    await new Promise((r) => setTimeout(r, 300));
    expect(s.text()).not.toContain('rolled-back');
    s.close();
  });
});

describe('a database hiccup', () => {
  it('a stream whose reads of the log fail picks up where it stood once they work again', async () => {
    const s = await openEventStream(api.url, alice.token);
    // The log unreadable for the app role (writes still work): as good as a database away.
    await api.database.withSystem((trx) => sql`revoke select on events from journalkit_app`.execute(trx));
    let restored = false;
    try {
      const first = await changeDay(alice.token, aliceAccount);
      await new Promise((r) => setTimeout(r, 500));
      expect(s.events()).toEqual([]);
      await api.database.withSystem((trx) => sql`grant select on events to journalkit_app`.execute(trx));
      restored = true;
      // Within the retry (1 s), not the next poll (the 15 s heartbeat).
      const [e] = await s.waitForEvents(1, 3000);
      expect(JSON.parse(e!.data).ids).toEqual([first.id]);
    } finally {
      if (!restored)
        await api.database.withSystem((trx) => sql`grant select on events to journalkit_app`.execute(trx));
      s.close();
    }
  });
});

describe('topics beyond a user’s journal', () => {
  it('the tenant’s reach every member; a resource’s whoever may see it; an unknown topic only API keys', async () => {
    const carol = await api.createUser(tenant.apiKey, {});
    const streams = {
      alice: await openEventStream(api.url, alice.token),
      bob: await openEventStream(api.url, bob.token),
      key: await openEventStream(api.url, tenant.apiKey),
    };
    const { events } = api.app.services;
    events.publish(tenant.tenantId, { type: 'account.changed', topic: 'tenant', data: { note: 'all' } });
    events.publish(tenant.tenantId, {
      type: 'account.changed',
      topic: `account:${aliceAccount}`,
      data: { accountId: aliceAccount },
    });
    events.publish(tenant.tenantId, { type: 'account.changed', topic: `user:${carol.userId}` });
    events.publish(tenant.tenantId, {
      type: 'account.changed',
      topic: 'space:not-a-resource-yet' as string as Topic,
    });
    const topics = async (s: (typeof streams)['alice'], count: number) => {
      await s.waitForEvents(count);
      await new Promise((r) => setTimeout(r, 300));
      return s.events().map((e) => JSON.parse(e.data).topic);
    };
    expect(await topics(streams.key, 4)).toEqual([
      'tenant',
      `account:${aliceAccount}`,
      `user:${carol.userId}`,
      'space:not-a-resource-yet',
    ]);
    expect(await topics(streams.alice, 2)).toEqual(['tenant', `account:${aliceAccount}`]);
    expect(await topics(streams.bob, 1)).toEqual(['tenant']);
    expect(streams.alice.events()[1]!.data).toBe(
      JSON.stringify({ type: 'account.changed', topic: `account:${aliceAccount}`, accountId: aliceAccount }),
    );
    for (const s of Object.values(streams)) s.close();
  });
});

describe('retention', () => {
  let short: TestApi;
  beforeAll(async () => {
    short = await startTestApi({ JOURNALKIT_EVENTS_RETENTION_SECONDS: '1' });
  });
  afterAll(() => short.close());

  it('events older than the window are purged (by start()); resuming from before them answers a reset', async () => {
    const t = await short.createTenant();
    const u = await short.createUser(t.apiKey, {});
    const acc = await createAccount(short, u.token);
    const s = await openEventStream(short.url, u.token);
    const put = (d: string) =>
      short.call('PUT', `/v1/accounts/${acc.id}/days/${d}/journal`, { token: u.token, body: { body: d } });
    await put('2024-02-01');
    await put('2024-02-02');
    const [old] = await s.waitForEvents(2);
    const last = s.lastId()!;
    s.close();
    // Gone after the window, by the platform's purge (every max(1 s, window / 4)).
    await expect
      .poll(
        () =>
          short.database.withSystem((trx) =>
            trx.selectFrom('events').select('id').where('tenant_id', '=', t.tenantId).execute(),
          ),
        { timeout: 6000, interval: 250 },
      )
      .toEqual([]);

    const stale = await openEventStream(short.url, u.token, old!.id);
    await expect.poll(() => stale.messages()[0]).toBeDefined();
    expect(stale.messages()[0]).toEqual({
      id: last,
      event: 'reset',
      data: JSON.stringify({ type: 'reset', reason: 'expired' }),
    });
    stale.close();
    // Nothing was missed from the last id: no reset, and the next change follows on.
    const current = await openEventStream(short.url, u.token, last);
    await put('2024-02-03');
    const [next] = await current.waitForEvents(1);
    expect(next!.event).toBe('entry.changed');
    expect(Number(next!.id)).toBe(Number(last) + 1);
    current.close();
  });
});
