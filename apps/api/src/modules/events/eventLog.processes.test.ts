import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../../../test/eventStream';
import { startTestApi, type TestApi } from '../../../test/harness';
import { createAccount } from '../../../test/journal';

/**
 * Issue 10: events delivered across API processes — two real API servers on one PostgreSQL
 * database, each with its own pool, event bus and LISTEN connection. The heartbeat (and so the
 * safety poll of the log) is a minute: what arrives within seconds came by NOTIFY.
 */
const onPostgres = !!process.env.JOURNALKIT_TEST_DATABASE_URL;
const env = { JOURNALKIT_EVENTS_HEARTBEAT_SECONDS: '60' };

describe.skipIf(!onPostgres)('two API servers on one PostgreSQL database', () => {
  let a: TestApi;
  let b: TestApi;
  let tenant: { tenantId: string; apiKey: string };
  let user: { userId: string; token: string };
  let account: string;
  beforeAll(async () => {
    a = await startTestApi(env);
    b = await startTestApi(env, { sameDatabaseAs: a });
    tenant = await a.createTenant();
    user = await a.createUser(tenant.apiKey, {});
    account = (await createAccount(a, user.token)).id;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  let day = 0;
  const changeDay = async (via: TestApi) => {
    day++;
    const r = await via.call(
      'PUT',
      `/v1/accounts/${account}/days/2024-03-${String((day % 28) + 1).padStart(2, '0')}/journal`,
      {
        token: user.token,
        body: { body: `via ${via.url}` },
      },
    );
    expect(r.status, r.text).toBe(200);
    return r.body as { id: string };
  };

  it('a change made through A reaches a stream open on B, with the id A’s streams give it', async () => {
    const onA = await openEventStream(a.url, user.token);
    const onB = await openEventStream(b.url, user.token);
    expect(onB.lastId()).toBe(onA.lastId());
    const entry = await changeDay(a);
    const [e] = await onB.waitForEvents(1, 3000);
    expect(e).toMatchObject({ event: 'entry.changed' });
    expect(JSON.parse(e!.data)).toEqual({ type: 'entry.changed', accountId: account, ids: [entry.id] });
    const [same] = await onA.waitForEvents(1);
    expect(e).toEqual(same);

    // Live-only events too (not stored): published on A, heard on B.
    a.app.services.events.publish(tenant.tenantId, {
      type: 'import.progress',
      accountId: account,
      userId: user.userId,
      importId: 'i-x',
      progress: 0.25,
    });
    const [, progress] = await onB.waitForEvents(2, 3000);
    expect(progress).toEqual({
      event: 'import.progress',
      data: JSON.stringify({ type: 'import.progress', accountId: account, importId: 'i-x', progress: 0.25 }),
    });
    onA.close();
    onB.close();
  });

  it('a stream that dropped on A resumes on B from its Last-Event-ID: what it missed, then live, once each', async () => {
    const onA = await openEventStream(a.url, user.token);
    await changeDay(b);
    const [seen] = await onA.waitForEvents(1, 3000);
    onA.close();
    const missed = [await changeDay(a), await changeDay(b)];
    const onB = await openEventStream(b.url, user.token, seen!.id);
    const replayed = await onB.waitForEvents(2, 3000);
    expect(replayed.map((e) => JSON.parse(e.data).ids[0])).toEqual(missed.map((m) => m.id));
    const live = await changeDay(a);
    const all = await onB.waitForEvents(3, 3000);
    expect(all.map((e) => JSON.parse(e.data).ids[0])).toEqual([...missed, live].map((m) => m.id));
    expect(all.map((e) => Number(e.id))).toEqual([1, 2, 3].map((i) => Number(seen!.id) + i));
    onB.close();
  });

  it('writers on both servers at once: a key’s stream on B gets every event once, ids with no gap', async () => {
    const s = await openEventStream(b.url, tenant.apiKey);
    const start = Number(s.lastId());
    const n = 30;
    await Promise.all(Array.from({ length: n }, (_, i) => changeDay(i % 2 ? a : b)));
    const got = await s.waitForEvents(n, 10_000);
    expect(got.map((e) => Number(e.id))).toEqual(Array.from({ length: n }, (_, i) => start + i + 1));
    await new Promise((r) => setTimeout(r, 300));
    expect(s.events()).toHaveLength(n);
    s.close();
  });

  it('a credential revoked through A ends the stream open on B at once (not at its next check)', async () => {
    const key = await a.call('POST', '/v1/api-keys', { token: tenant.apiKey, body: { name: 'on-b' } });
    const s = await openEventStream(b.url, key.body.secret);
    const t0 = Date.now();
    expect((await a.call('DELETE', `/v1/api-keys/${key.body.id}`, { token: tenant.apiKey })).status).toBe(
      200,
    );
    const text = await s.ended(3000);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(text).toMatch(/event: error\ndata: .*"status":401/);
  });

  it('a server whose LISTEN connection is cut reconnects and delivers what was notified meanwhile', async () => {
    const onB = await openEventStream(b.url, user.token);
    // Cut every listening connection of this database (A's and B's), as a failover would.
    const cut = await a.database.withSystem((trx) =>
      sql<{ ok: boolean }>`
        select pg_terminate_backend(pid) as ok from pg_stat_activity
        where datname = current_database() and query ilike 'listen %'`.execute(trx),
    );
    expect(cut.rows.length).toBeGreaterThanOrEqual(2);
    const entry = await changeDay(a);
    const [e] = await onB.waitForEvents(1, 5000);
    expect(JSON.parse(e!.data).ids).toEqual([entry.id]);
    // And it listens again: the next one arrives too.
    const next = await changeDay(a);
    const [, e2] = await onB.waitForEvents(2, 5000);
    expect(JSON.parse(e2!.data).ids).toEqual([next.id]);
    onB.close();
  });
});
