import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_KEY, startTestApi, type TestApi } from '../../../test/harness';
import { allTrades, createAccount, fixture } from '../../../test/journal';
import type { JournalEvent } from '../events/eventBus';
import { FLEX_TOKEN, SECRET_MARKER } from './ibkrFlexStandIn';
import { flexStandIns } from './testSupport';

/**
 * Broker connectors over real HTTP and a real database, with a stand-in of IBKR's Flex Web
 * Service on loopback (ibkrFlexStandIn.ts) explicitly allowed by configuration, and an attacker's
 * server on another loopback port that must never receive a request.
 */
const { flex, attacker } = await flexStandIns(fixture('ibkr-flex-1.csv'));
let api: TestApi;
let tenant: { tenantId: string; apiKey: string };
let token: string;
beforeAll(async () => {
  flex.scenarios.set('424242', { inProgress: 1 });
  api = await startTestApi({
    JOURNALKIT_IBKR_FLEX_URL: flex.url,
    JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS: flex.origin,
  });
  tenant = await api.createTenant();
  token = (await api.createUser(tenant.apiKey, {})).token;
});
afterAll(() => api.close());

const base = (accountId: string) => `/v1/accounts/${accountId}/connectors`;

async function createConnector(accountId: string, queryId: string, as = token, flexToken = FLEX_TOKEN) {
  const c = await api.call('POST', base(accountId), {
    token: as,
    body: { kind: 'ibkr-flex', settings: { token: flexToken, queryId } },
  });
  expect(c.status, c.text).toBe(201);
  return c.body as { id: string };
}

/** Polls the connector until its run has ended. */
async function settled(accountId: string, connectorId: string) {
  let r = await api.call('GET', `${base(accountId)}/${connectorId}`, { token });
  for (let i = 0; r.body?.running && i < 300; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    r = await api.call('GET', `${base(accountId)}/${connectorId}`, { token });
  }
  expect(r.status, r.text).toBe(200);
  expect(r.body.running, 'still running after 30 s').toBe(false);
  return r;
}

async function syncAndWait(accountId: string, connectorId: string) {
  const start = await api.call('POST', `${base(accountId)}/${connectorId}/sync`, { token, body: {} });
  expect(start.status, start.text).toBe(202);
  return settled(accountId, connectorId);
}

describe('IBKR Flex Web Service connector', () => {
  it('requests, polls past "in progress", imports the statement, and a second run adds nothing', async () => {
    const acc = await createAccount(api, token, { timezone: 'America/New_York', broker: 'ibkr' });
    const c = await api.call('POST', base(acc.id), {
      token,
      body: { kind: 'ibkr-flex', settings: { token: FLEX_TOKEN, queryId: '424242' }, intervalMinutes: 30 },
    });
    expect(c.status, c.text).toBe(201);
    expect(c.body.settings).toEqual({ queryId: '424242', token: '…6666' });
    expect(c.body.running).toBe(false);
    expect(c.text).not.toContain(FLEX_TOKEN);

    const before = flex.requests.length;
    const run = await syncAndWait(acc.id, c.body.id);
    expect(run.body).toMatchObject({ lastStatus: 'ok', lastError: null, running: false });
    expect(Date.parse(run.body.nextRunAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    const mine = flex.requests.slice(before);
    expect(mine.filter((r) => r.includes('/GetStatement'))).toHaveLength(2);
    expect(mine[0]).toBe(`/AccountManagement/FlexWebService/SendRequest?t=${FLEX_TOKEN}&q=424242&v=3`);

    const trades = await allTrades(api, token, `accountId=${acc.id}`);
    expect(trades.length).toBeGreaterThan(10);
    const imports = await api.call('GET', `/v1/accounts/${acc.id}/imports`, { token });
    expect(imports.body.data[0]).toMatchObject({ source: 'connector', format: 'ibkr-flex', inserted: 88 });

    await syncAndWait(acc.id, c.body.id);
    const again = await api.call('GET', `/v1/accounts/${acc.id}/imports`, { token });
    expect(again.body.data[0]).toMatchObject({ source: 'connector', inserted: 0, duplicates: 88 });
    expect(await allTrades(api, token, `accountId=${acc.id}`)).toHaveLength(trades.length);
  });

  it('reports the broker’s error and keeps the schedule (bad token)', async () => {
    const acc = await createAccount(api, token, { timezone: 'America/New_York' });
    const c = await createConnector(acc.id, '1', token, '999999999999999999999999');
    const run = await syncAndWait(acc.id, c.id);
    expect(run.body.lastStatus).toBe('error');
    expect(run.body.lastError).toBe('IBKR Flex request failed (1015): the token is invalid');
    expect(await allTrades(api, token, `accountId=${acc.id}`)).toEqual([]);
  });

  it('sends the token nowhere but the allowed hosts and shows no answer’s content', async () => {
    const acc = await createAccount(api, token);
    flex.scenarios.set('6661', { url: () => `${attacker.origin}/GetStatement` });
    flex.scenarios.set('6662', {
      statement: (res) => res.writeHead(302, { location: `${attacker.origin}/x` }).end(SECRET_MARKER),
    });
    flex.scenarios.set('6663', {
      statement: (res) => res.writeHead(502, { 'content-type': 'text/html' }).end(`<p>${SECRET_MARKER}</p>`),
    });
    const named = await syncAndWait(acc.id, (await createConnector(acc.id, '6661')).id);
    expect(named.body).toMatchObject({
      lastStatus: 'error',
      lastError:
        'IBKR Flex request named a statement address outside the allowed IBKR hosts; nothing was sent there',
    });
    const redirected = await syncAndWait(acc.id, (await createConnector(acc.id, '6662')).id);
    expect(redirected.body).toMatchObject({
      lastStatus: 'error',
      lastError:
        'IBKR Flex statement: redirected (HTTP 302) away from the allowed broker hosts; not followed',
    });
    const broken = await syncAndWait(acc.id, (await createConnector(acc.id, '6663')).id);
    expect(broken.body).toMatchObject({ lastStatus: 'retrying', lastError: 'IBKR Flex statement: HTTP 502' });
    const list = await api.call('GET', base(acc.id), { token });
    expect(list.text).not.toContain(SECRET_MARKER);
    expect(attacker.requests).toEqual([]);
  });
});

describe('Sync now is a job', () => {
  it('answers 202 at once while the broker is "in progress", 409 to a second sync, and publishes the end', async () => {
    const acc = await createAccount(api, token);
    flex.scenarios.set('7001', { inProgress: Infinity });
    const c = await createConnector(acc.id, '7001');
    const events: JournalEvent[] = [];
    const stream = await fetch(`${api.url}/v1/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
    const reader = stream.body!.getReader();
    let text = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += new TextDecoder().decode(value);
      }
    })().catch(() => {});
    await expect.poll(() => text).toContain(': connected');
    api.app.services.events.subscribe(tenant.tenantId, (e) => events.push(e));

    const t0 = Date.now();
    const start = await api.call('POST', `${base(acc.id)}/${c.id}/sync`, { token, body: {} });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(start.status, start.text).toBe(202);
    expect(start.body).toMatchObject({ id: c.id, running: true });
    expect(start.headers.get('location')).toBe(`${base(acc.id)}/${c.id}`);

    const polled = await api.call('GET', start.headers.get('location')!, { token });
    expect(polled.body).toMatchObject({ running: true, lastStatus: null });
    const second = await api.call('POST', `${base(acc.id)}/${c.id}/sync`, { token, body: {} });
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('https://journalkit.dev/problems/sync-in-progress');
    expect((await api.call('GET', base(acc.id), { token })).body.data[0].running).toBe(true);

    flex.ready();
    const done = await settled(acc.id, c.id);
    expect(done.body).toMatchObject({ running: false, lastStatus: 'ok' });
    const synced = events.find((e) => e.type === 'connector.synced' && e.ids?.[0] === c.id);
    expect(synced).toMatchObject({ accountId: acc.id, status: 'ok' });
    expect(synced?.importId).toBeTruthy();
    await expect.poll(() => text).toContain('event: connector.synced');
    expect(text).toContain(`"ids":["${c.id}"],"status":"ok"`);
    await reader.cancel();
  });

  it('of concurrent syncs, one runs and the others answer 409', async () => {
    const acc = await createAccount(api, token);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    flex.scenarios.set('7050', {
      statement: (res, _poll, f) =>
        void gate.then(() => res.writeHead(200, { 'content-type': 'text/plain' }).end(f.statement)),
    });
    const c = await createConnector(acc.id, '7050');
    const starts = await Promise.all(
      Array.from({ length: 6 }, () => api.call('POST', `${base(acc.id)}/${c.id}/sync`, { token, body: {} })),
    );
    expect(starts.map((r) => r.status).sort()).toEqual([202, 409, 409, 409, 409, 409]);
    release();
    expect((await settled(acc.id, c.id)).body).toMatchObject({ lastStatus: 'ok' });
    const imports = await api.call('GET', `/v1/accounts/${acc.id}/imports`, { token });
    expect(imports.body.data).toHaveLength(1);
  });

  it('keeps the running state in the database: another process’s run is respected, a dead one’s recovered', async () => {
    const acc = await createAccount(api, token);
    const c = await createConnector(acc.id, '7101');
    const claim = (age: string) =>
      sql`update connectors set running_since = now() - ${age}::interval, run_id = gen_random_uuid()
          where id = ${c.id}`.execute(api.database.db);

    // A run of another API process, started just now: running, 409, and the scheduler leaves it.
    await claim('1 second');
    expect((await api.call('GET', `${base(acc.id)}/${c.id}`, { token })).body.running).toBe(true);
    expect((await api.call('POST', `${base(acc.id)}/${c.id}/sync`, { token, body: {} })).status).toBe(409);
    const before = flex.requests.length;
    await api.app.services.connectors.tick();
    expect(flex.requests.slice(before).filter((r) => r.includes('q=7101'))).toEqual([]);

    // Its process died an hour ago: not running any more, and "Sync now" takes it over.
    await claim('1 hour');
    expect((await api.call('GET', `${base(acc.id)}/${c.id}`, { token })).body.running).toBe(false);
    expect((await syncAndWait(acc.id, c.id)).body).toMatchObject({ lastStatus: 'ok' });

    // The scheduler releases a dead claim with a reason the user can read.
    await claim('1 hour');
    await api.app.services.connectors.tick();
    const after = await api.call('GET', `${base(acc.id)}/${c.id}`, { token });
    expect(after.body).toMatchObject({
      running: false,
      lastStatus: 'retrying',
      lastError: 'The previous sync stopped unfinished (the server stopped); it runs again.',
    });
  });
});

describe('The scheduler', () => {
  it('runs due connectors of active tenants, users and accounts only', async () => {
    const acc = await createAccount(api, token, { timezone: 'America/New_York' });
    await createConnector(acc.id, '8004');

    const archived = await createAccount(api, token);
    await createConnector(archived.id, '8003');
    expect((await api.call('POST', `/v1/accounts/${archived.id}/archive`, { token, body: {} })).status).toBe(
      200,
    );

    const other = await api.createUser(tenant.apiKey, {});
    await createConnector((await createAccount(api, other.token)).id, '8002', other.token);
    const off = await api.call('PATCH', `/v1/users/${other.userId}`, {
      token: tenant.apiKey,
      body: { status: 'disabled' },
    });
    expect(off.status, off.text).toBe(200);

    const t2 = await api.createTenant();
    const u2 = await api.createUser(t2.apiKey, {});
    await createConnector((await createAccount(api, u2.token)).id, '8001', u2.token);
    const suspended = await api.call('PATCH', `/v1/platform/tenants/${t2.tenantId}`, {
      token: PLATFORM_KEY,
      body: { status: 'suspended' },
    });
    expect(suspended.status, suspended.text).toBe(200);

    const before = flex.requests.length;
    const ran = await api.app.services.connectors.tick();
    expect(ran).toBeGreaterThanOrEqual(1);
    const asked = flex.requests.slice(before).map((r) => /[?&]q=(\d+)/.exec(r)?.[1]);
    expect(asked).toContain('8004');
    expect(asked).not.toContain('8003');
    expect(asked).not.toContain('8002');
    expect(asked).not.toContain('8001');
    expect((await allTrades(api, token, `accountId=${acc.id}`)).length).toBeGreaterThan(10);
    expect(await api.app.services.connectors.tick()).toBe(0);
  });
});

describe('Creating connectors', () => {
  it('caps an account at 5 connectors, under concurrency', async () => {
    const acc = await createAccount(api, token);
    const body = { kind: 'ibkr-flex', settings: { token: FLEX_TOKEN, queryId: '9001' } };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => api.call('POST', base(acc.id), { token, body })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 201, 409, 409, 409]);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ type: 'https://journalkit.dev/problems/connector-limit', limit: 5 });
    const list = await api.call('GET', base(acc.id), { token });
    expect(list.body.data).toHaveLength(5);
    // Another account is not affected; deleting one makes room again.
    expect((await api.call('POST', base((await createAccount(api, token)).id), { token, body })).status).toBe(
      201,
    );
    expect((await api.call('DELETE', `${base(acc.id)}/${list.body.data[0].id}`, { token })).status).toBe(204);
    expect((await api.call('POST', base(acc.id), { token, body })).status).toBe(201);
  });

  it('rejects unknown kinds and bad settings', async () => {
    const acc = await createAccount(api, token);
    const a = await api.call('POST', base(acc.id), { token, body: { kind: 'etrade', settings: {} } });
    expect(a.status).toBe(400);
    expect(a.body.type).toBe('https://journalkit.dev/problems/unknown-connector');
    const b = await api.call('POST', base(acc.id), {
      token,
      body: { kind: 'ibkr-flex', settings: { token: 'abc', queryId: 'x', extra: 'y' } },
    });
    expect(b.status).toBe(400);
    expect(b.body.errors).toHaveLength(3);
    const missing = await api.call('GET', `${base(acc.id)}/00000000-0000-7000-8000-000000000000`, { token });
    expect(missing.status).toBe(404);
  });
});

describe('Shutting down', () => {
  it('stops a run in progress, records it as interrupted and waits for it', async () => {
    const other = await startTestApi({
      JOURNALKIT_IBKR_FLEX_URL: flex.url,
      JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS: flex.origin,
    });
    const t = await other.createTenant();
    const u = await other.createUser(t.apiKey, {});
    const acc = (
      await other.call('POST', '/v1/accounts', {
        token: u.token,
        body: { name: 'Main', broker: 'ibkr', currency: 'USD' },
      })
    ).body;
    // The broker never answers GetStatement.
    flex.scenarios.set('9501', { statement: () => {} });
    const c = await other.call('POST', base(acc.id), {
      token: u.token,
      body: { kind: 'ibkr-flex', settings: { token: FLEX_TOKEN, queryId: '9501' } },
    });
    const events: JournalEvent[] = [];
    other.app.services.events.subscribe(t.tenantId, (e) => events.push(e));
    const before = flex.requests.length;
    const start = await other.call('POST', `${base(acc.id)}/${c.body.id}/sync`, { token: u.token, body: {} });
    expect(start.status).toBe(202);
    await expect.poll(() => flex.requests.slice(before).some((r) => r.includes('/GetStatement'))).toBe(true);
    await other.close();
    expect(events.find((e) => e.type === 'connector.synced')).toMatchObject({
      ids: [c.body.id],
      status: 'retrying',
    });
  });
});
