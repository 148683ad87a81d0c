import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';
import { allTrades, createAccount, upload } from '../../../test/journal';
import { TINY_PNG } from '../../../test/matrix.fixtures';

let api: TestApi;
let tenant: { apiKey: string; tenantId: string };
let alice: { token: string; userId: string };
let bob: { token: string; userId: string };
beforeAll(async () => {
  api = await startTestApi();
  tenant = await api.createTenant();
  alice = await api.createUser(tenant.apiKey, {});
  bob = await api.createUser(tenant.apiKey, {});
});
afterAll(() => api.close());

const H = 'executed_at,symbol,asset_class,side,quantity,price,fees,execution_id';
const OPEN = `${H}\n2024-03-04T14:30:00Z,AAPL,stock,buy,100,170,1,A1\n`;
const CLOSE = `${H}\n2024-03-04T15:30:00Z,AAPL,stock,sell,100,172,1,A2\n`;

async function attach(token: string, entryId: string, data: Buffer, name = 'shot.png') {
  const form = new FormData();
  form.append('file', new Blob([data]), name);
  const r = await fetch(`${api.url}/v1/journal-entries/${entryId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: r.status, body: (await r.json()) as any };
}

describe('journal entries', () => {
  it('stay attached to their trade when later executions rebuild it', async () => {
    const acc = await createAccount(api, alice.token);
    await upload(api, alice.token, acc.id, OPEN, { format: 'generic' });
    const [open] = await allTrades(api, alice.token, `accountId=${acc.id}`);
    expect(open.status).toBe('open');
    const put = await api.call('PUT', `/v1/trades/${open.id}/journal`, {
      token: alice.token,
      body: {
        body: 'Breakout **long**',
        tags: ['breakout', 'a+'],
        setup: 'ORB',
        rating: 4,
        initialStop: '169',
      },
    });
    expect(put.status, put.text).toBe(200);
    await upload(api, alice.token, acc.id, CLOSE, { format: 'generic' });
    const [closed] = await allTrades(api, alice.token, `accountId=${acc.id}`);
    expect(closed.id).toBe(open.id);
    expect(closed).toMatchObject({
      status: 'closed',
      netPnl: '198.00',
      initialRisk: '100.00',
      rMultiple: 1.98,
    });
    expect(closed.journal).toMatchObject({
      tags: ['breakout', 'a+'],
      setup: 'ORB',
      rating: 4,
      hasNotes: true,
    });
    const e = await api.call('GET', `/v1/trades/${open.id}/journal`, { token: alice.token });
    expect(e.body.body).toBe('Breakout **long**');
    // A partial PUT changes only what it sends.
    const upd = await api.call('PUT', `/v1/trades/${open.id}/journal`, {
      token: alice.token,
      body: { rating: 5 },
    });
    expect(upd.body).toMatchObject({ rating: 5, setup: 'ORB', tags: ['breakout', 'a+'] });
    // Tag filters and breakdowns see the journal.
    expect(await allTrades(api, alice.token, `accountId=${acc.id}&tag=breakout`)).toHaveLength(1);
    expect(await allTrades(api, alice.token, `accountId=${acc.id}&tag=nope`)).toHaveLength(0);
    const byTag = await api.call('GET', `/v1/analytics/breakdown?by=tag&accountId=${acc.id}`, {
      token: alice.token,
    });
    expect(byTag.body.data.map((b: any) => [b.key, b.tradeCount])).toEqual([
      ['a+', 1],
      ['breakout', 1],
    ]);
    const sum = await api.call('GET', `/v1/analytics/summary?accountId=${acc.id}`, { token: alice.token });
    expect(sum.body.averageR).toBeCloseTo(1.98, 6);
  });

  it('rejects out-of-range fields', async () => {
    const acc = await createAccount(api, alice.token);
    await upload(api, alice.token, acc.id, OPEN, { format: 'generic' });
    const [t] = await allTrades(api, alice.token, `accountId=${acc.id}`);
    const r = await api.call('PUT', `/v1/trades/${t.id}/journal`, {
      token: alice.token,
      body: { rating: 6, emotion: 'sleepy' },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: any) => e.field)).toEqual(
      expect.arrayContaining(['/body/rating', '/body/emotion']),
    );
  });

  it('keeps day entries and screenshots (images only, checked by content)', async () => {
    const acc = await createAccount(api, alice.token);
    const day = await api.call('PUT', `/v1/accounts/${acc.id}/days/2024-03-04/journal`, {
      token: alice.token,
      body: { body: 'Choppy open; sat on hands.', emotion: 'calm' },
    });
    expect(day.status, day.text).toBe(200);
    expect(day.body).toMatchObject({ day: '2024-03-04', tradeId: null });
    const ok = await attach(alice.token, day.body.id, TINY_PNG);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ contentType: 'image/png', size: TINY_PNG.length });
    const fake = await attach(alice.token, day.body.id, Buffer.from('<script>alert(1)</script>'), 'x.png');
    expect(fake.status).toBe(415);
    const img = await fetch(`${api.url}/v1/journal-entries/${day.body.id}/attachments/${ok.body.id}`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await img.arrayBuffer()).equals(TINY_PNG)).toBe(true);
    const entry = await api.call('GET', `/v1/journal-entries/${day.body.id}`, { token: alice.token });
    expect(entry.body.attachments).toHaveLength(1);
    expect(
      (await api.call('DELETE', `/v1/journal-entries/${day.body.id}`, { token: alice.token })).status,
    ).toBe(204);
    expect((await api.call('GET', `/v1/journal-entries/${day.body.id}`, { token: alice.token })).status).toBe(
      404,
    );
  });
});

describe('one user’s journal is private within the tenant', () => {
  it('another member cannot see or touch it; the partner’s API key can', async () => {
    const acc = await createAccount(api, alice.token, { name: 'private' });
    await upload(api, alice.token, acc.id, OPEN + CLOSE.split('\n')[1] + '\n', { format: 'generic' });
    const [t] = await allTrades(api, alice.token, `accountId=${acc.id}`);
    expect((await api.call('GET', `/v1/accounts/${acc.id}`, { token: bob.token })).status).toBe(404);
    expect((await api.call('GET', `/v1/trades/${t.id}`, { token: bob.token })).status).toBe(404);
    expect(
      (await api.call('PUT', `/v1/trades/${t.id}/journal`, { token: bob.token, body: { body: 'x' } })).status,
    ).toBe(404);
    const r = await upload(api, bob.token, acc.id, CLOSE, { format: 'generic' });
    expect(r.status).toBe(404);
    expect(await allTrades(api, bob.token, '')).toEqual([]);
    const s = await api.call('GET', '/v1/analytics/summary', { token: bob.token });
    expect(s.body.tradeCount).toBe(0);
    expect((await api.call('GET', `/v1/trades/${t.id}`, { token: tenant.apiKey })).status).toBe(200);
    const accounts = await api.call('GET', `/v1/accounts?userId=${alice.userId}`, { token: tenant.apiKey });
    expect(accounts.body.data.map((a: any) => a.id)).toContain(acc.id);
  });
});

describe('tenant metric settings', () => {
  it('a breakeven band turns small results into scratches', async () => {
    const t = await api.createTenant();
    const u = await api.createUser(t.apiKey, {});
    const acc = await createAccount(api, u.token);
    const csv = `${H}\n2024-03-04T14:30:00Z,AAPL,stock,buy,1,100,0,B1\n2024-03-04T14:31:00Z,AAPL,stock,sell,1,100.5,0,B2\n2024-03-04T14:32:00Z,AAPL,stock,buy,1,100,0,B3\n2024-03-04T14:33:00Z,AAPL,stock,sell,1,110,0,B4\n`;
    await upload(api, u.token, acc.id, csv, { format: 'generic' });
    let s = await api.call('GET', `/v1/analytics/summary?accountId=${acc.id}`, { token: u.token });
    expect(s.body).toMatchObject({ winners: 2, scratches: 0 });
    const set = await api.call('PATCH', '/v1/tenant', {
      token: t.apiKey,
      body: { settings: { journal: { breakevenBand: '1' } } },
    });
    expect(set.status, set.text).toBe(200);
    s = await api.call('GET', `/v1/analytics/summary?accountId=${acc.id}`, { token: u.token });
    expect(s.body).toMatchObject({ winners: 1, scratches: 1, winRate: 0.5 });
    const bad = await api.call('PATCH', '/v1/tenant', {
      token: t.apiKey,
      body: { settings: { journal: { dayTimezone: 'Mars/Olympus' } } },
    });
    expect(bad.status).toBe(400);
  });
});

describe('live updates (server-sent events)', () => {
  it('tells the account owner what changed, and nobody else', async () => {
    const acc = await createAccount(api, alice.token, { name: 'live' });
    const listen = async (token: string) => {
      const ac = new AbortController();
      const res = await fetch(`${api.url}/v1/events`, {
        headers: { authorization: `Bearer ${token}` },
        signal: ac.signal,
      });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = res.body!.getReader();
      let text = '';
      const read = (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            text += new TextDecoder().decode(value);
          }
        } catch {
          /* aborted */
        }
      })();
      return { text: () => text, stop: () => (ac.abort(), read) };
    };
    const a = await listen(alice.token);
    const b = await listen(bob.token);
    await api.call('POST', `/v1/accounts/${acc.id}/executions`, {
      token: tenant.apiKey,
      body: {
        executions: [
          {
            brokerExecutionId: 'L1',
            executedAt: '2024-03-15T13:30:00Z',
            symbol: 'AAPL',
            assetClass: 'stock',
            side: 'buy',
            quantity: '1',
            price: '1',
          },
        ],
      },
    });
    for (let i = 0; i < 50 && !a.text().includes('trades.changed'); i++)
      await new Promise((r) => setTimeout(r, 20));
    await a.stop();
    await b.stop();
    expect(a.text()).toMatch(/event: trades\.changed\ndata: \{[^\n]*"accountId":"[^"]+"/);
    expect(a.text()).toContain(acc.id);
    expect(b.text()).not.toContain('trades.changed');
  });
});
