import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';
import { allTrades, createAccount, fixture } from '../../../test/journal';

/**
 * A stand-in for IBKR's Flex Web Service on loopback, speaking its protocol: SendRequest answers
 * a reference code and the statement URL; GetStatement answers "generation in progress" (1019)
 * on the first poll, then the CSV statement.
 */
interface FlexStandIn {
  url: string;
  server: Server;
  requests: string[];
  statement: Buffer;
}
async function startFlexStandIn(statement: Buffer): Promise<FlexStandIn> {
  const state: FlexStandIn = { url: '', server: undefined as never, requests: [], statement };
  const polls = new Map<string, number>();
  state.server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    state.requests.push(u.pathname + u.search);
    const xml = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<FlexStatementResponse timestamp="21 November, 2026 09:00 AM EST">${body}</FlexStatementResponse>`,
      );
    };
    if (u.searchParams.get('v') !== '3')
      return xml(
        '<Status>Fail</Status><ErrorCode>1020</ErrorCode><ErrorMessage>Invalid request.</ErrorMessage>',
      );
    if (u.pathname.endsWith('/SendRequest')) {
      if (u.searchParams.get('t') !== '111122223333444455556666') {
        return xml(
          '<Status>Fail</Status><ErrorCode>1015</ErrorCode><ErrorMessage>Token is invalid.</ErrorMessage>',
        );
      }
      const ref = `REF${polls.size + 1}`;
      polls.set(ref, 0);
      return xml(
        `<Status>Success</Status><ReferenceCode>${ref}</ReferenceCode><Url>${state.url}/GetStatement</Url>`,
      );
    }
    if (u.pathname.endsWith('/GetStatement')) {
      const ref = u.searchParams.get('q') ?? '';
      const n = polls.get(ref);
      if (n === undefined)
        return xml(
          '<Status>Fail</Status><ErrorCode>1014</ErrorCode><ErrorMessage>Query is invalid.</ErrorMessage>',
        );
      polls.set(ref, n + 1);
      if (n === 0) {
        return xml(
          '<Status>Warn</Status><ErrorCode>1019</ErrorCode><ErrorMessage>Statement generation in progress. Please try again shortly.</ErrorMessage>',
        );
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(state.statement);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => state.server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/AccountManagement/FlexWebService`;
  return state;
}

let flex: FlexStandIn;
let api: TestApi;
let token: string;
beforeAll(async () => {
  flex = await startFlexStandIn(fixture('ibkr-flex-1.csv'));
  api = await startTestApi({ JOURNALKIT_IBKR_FLEX_URL: flex.url });
  const t = await api.createTenant();
  token = (await api.createUser(t.apiKey, {})).token;
});
afterAll(async () => {
  await api.close();
  flex.server.close();
});

describe('IBKR Flex Web Service connector', () => {
  it('requests, polls past "in progress", imports the statement, and a second run adds nothing', async () => {
    const acc = await createAccount(api, token, { timezone: 'America/New_York', broker: 'ibkr' });
    const c = await api.call('POST', `/v1/accounts/${acc.id}/connectors`, {
      token,
      body: {
        kind: 'ibkr-flex',
        settings: { token: '111122223333444455556666', queryId: '424242' },
        intervalMinutes: 30,
      },
    });
    expect(c.status, c.text).toBe(201);
    expect(c.body.settings).toEqual({ queryId: '424242', token: '…6666' });
    expect(c.text).not.toContain('111122223333444455556666');

    const run = await api.call('POST', `/v1/accounts/${acc.id}/connectors/${c.body.id}/sync`, {
      token,
      body: {},
    });
    expect(run.status, run.text).toBe(200);
    expect(run.body).toMatchObject({ lastStatus: 'ok', lastError: null });
    expect(Date.parse(run.body.nextRunAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(flex.requests.filter((r) => r.includes('/GetStatement'))).toHaveLength(2);
    expect(flex.requests[0]).toBe(
      '/AccountManagement/FlexWebService/SendRequest?t=111122223333444455556666&q=424242&v=3',
    );

    const trades = await allTrades(api, token, `accountId=${acc.id}`);
    expect(trades.length).toBeGreaterThan(10);
    const imports = await api.call('GET', `/v1/accounts/${acc.id}/imports`, { token });
    expect(imports.body.data[0]).toMatchObject({ source: 'connector', format: 'ibkr-flex', inserted: 88 });

    await api.call('POST', `/v1/accounts/${acc.id}/connectors/${c.body.id}/sync`, { token, body: {} });
    const again = await api.call('GET', `/v1/accounts/${acc.id}/imports`, { token });
    expect(again.body.data[0]).toMatchObject({ source: 'connector', inserted: 0, duplicates: 88 });
    expect(await allTrades(api, token, `accountId=${acc.id}`)).toHaveLength(trades.length);
  });

  it('reports the broker’s error and keeps the schedule (bad token)', async () => {
    const acc = await createAccount(api, token, { timezone: 'America/New_York' });
    const c = await api.call('POST', `/v1/accounts/${acc.id}/connectors`, {
      token,
      body: { kind: 'ibkr-flex', settings: { token: '999999999999999999999999', queryId: '1' } },
    });
    const run = await api.call('POST', `/v1/accounts/${acc.id}/connectors/${c.body.id}/sync`, {
      token,
      body: {},
    });
    expect(run.body.lastStatus).toBe('error');
    expect(run.body.lastError).toContain('1015');
    expect(await allTrades(api, token, `accountId=${acc.id}`)).toEqual([]);
  });

  it('the scheduler runs due connectors', async () => {
    const acc = await createAccount(api, token, { timezone: 'America/New_York' });
    await api.call('POST', `/v1/accounts/${acc.id}/connectors`, {
      token,
      body: { kind: 'ibkr-flex', settings: { token: '111122223333444455556666', queryId: '7' } },
    });
    const ran = await api.app.services.connectors.tick();
    expect(ran).toBeGreaterThanOrEqual(1);
    expect((await allTrades(api, token, `accountId=${acc.id}`)).length).toBeGreaterThan(10);
    expect(await api.app.services.connectors.tick()).toBe(0);
  });

  it('rejects unknown kinds and bad settings', async () => {
    const acc = await createAccount(api, token);
    const a = await api.call('POST', `/v1/accounts/${acc.id}/connectors`, {
      token,
      body: { kind: 'etrade', settings: {} },
    });
    expect(a.status).toBe(400);
    expect(a.body.type).toBe('https://journalkit.dev/problems/unknown-connector');
    const b = await api.call('POST', `/v1/accounts/${acc.id}/connectors`, {
      token,
      body: { kind: 'ibkr-flex', settings: { token: 'abc', queryId: 'x', extra: 'y' } },
    });
    expect(b.status).toBe(400);
    expect(b.body.errors).toHaveLength(3);
  });
});
