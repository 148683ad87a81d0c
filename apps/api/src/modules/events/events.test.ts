import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness';

/**
 * Finding 4 of the attack on the API: open `/v1/events` streams kept delivering after their
 * credential died. A stream now ends — after an `error` event carrying the problem — when its key
 * is revoked or rescoped, its user disabled, signed out or given a new password, its token
 * expires, or its tenant is suspended.
 */
let api: TestApi;
beforeAll(async () => {
  // A short heartbeat: the periodic re-check (for changes made outside this process) within ~1 s.
  api = await startTestApi({ JOURNALKIT_EVENTS_HEARTBEAT_SECONDS: '1' });
});
afterAll(() => api.close());

interface Stream {
  /** Resolves with everything the stream sent once the server ends it (or rejects after `ms`). */
  ended(ms?: number): Promise<string>;
  text(): string;
  close(): void;
}

async function openStream(token: string): Promise<Stream> {
  const controller = new AbortController();
  const res = await fetch(`${api.url}/v1/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const done = (async () => {
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) return text;
      text += decoder.decode(value, { stream: true });
    }
  })();
  done.catch(() => {});
  // Wait for the first comment: the subscription is in place.
  await expect.poll(() => text, { timeout: 5000 }).toContain(': connected');
  return {
    text: () => text,
    close: () => controller.abort(),
    ended: (ms = 5000) =>
      Promise.race([
        done,
        new Promise<string>((_, reject) =>
          setTimeout(() => reject(new Error(`the stream was still open after ${ms} ms:\n${text}`)), ms),
        ),
      ]),
  };
}

function lastError(text: string): { type: string; status: number } {
  const m = /event: error\ndata: (.*)\n\n$/.exec(text);
  if (!m) throw new Error(`no error event at the end of:\n${text}`);
  return JSON.parse(m[1]!) as { type: string; status: number };
}

describe('event streams end when their credential dies', () => {
  it('a revoked API key', async () => {
    const t = await api.createTenant();
    const key = await api.call('POST', '/v1/api-keys', { token: t.apiKey, body: { name: 'stream' } });
    const stream = await openStream(key.body.secret);
    expect((await api.call('DELETE', `/v1/api-keys/${key.body.id}`, { token: t.apiKey })).status).toBe(200);
    const text = await stream.ended(2000);
    expect(lastError(text)).toMatchObject({
      status: 401,
      type: 'https://journalkit.dev/problems/unauthenticated',
    });
  });

  it('a key rescoped without journal:read', async () => {
    const t = await api.createTenant();
    const key = await api.call('POST', '/v1/api-keys', { token: t.apiKey, body: { name: 'stream' } });
    const stream = await openStream(key.body.secret);
    await api.call('PATCH', `/v1/api-keys/${key.body.id}`, {
      token: t.apiKey,
      body: { scopes: ['users:read'] },
    });
    expect(lastError(await stream.ended(2000))).toMatchObject({ status: 403 });
  });

  it('a disabled user, a signed-out session, a suspended tenant', async () => {
    const t = await api.createTenant();
    const member = await api.createUser(t.apiKey, { roles: ['member'] });
    const s1 = await openStream(member.token);
    await api.call('PATCH', `/v1/users/${member.userId}`, { token: t.apiKey, body: { status: 'disabled' } });
    expect(lastError(await s1.ended(2000))).toMatchObject({ status: 401 });

    await api.call('POST', '/v1/users', {
      token: t.apiKey,
      body: {
        externalId: 'signer',
        displayName: 'S',
        email: `s-${t.slug}@example.com`,
        password: 'a-long-password',
      },
    });
    const session = await api.call('POST', '/v1/auth/sign-in', {
      body: { tenant: t.slug, email: `s-${t.slug}@example.com`, password: 'a-long-password' },
    });
    const s2 = await openStream(session.body.token);
    expect((await api.call('POST', '/v1/auth/sign-out', { token: session.body.token })).status).toBe(204);
    expect(lastError(await s2.ended(2000))).toMatchObject({ status: 401 });

    const s3 = await openStream(t.apiKey);
    await api.call('PATCH', `/v1/platform/tenants/${t.tenantId}`, {
      token: 'test-platform-key-0123456789abcdef',
      body: { status: 'suspended' },
    });
    expect(lastError(await s3.ended(2000))).toMatchObject({
      status: 403,
      type: 'https://journalkit.dev/problems/tenant-suspended',
    });
  });

  it('a token that expires, and a revocation made outside this process (the periodic check)', async () => {
    const t = await api.createTenant();
    const member = await api.createUser(t.apiKey, { roles: ['member'] });
    await api.database.withSystem((trx) =>
      trx
        .updateTable('user_tokens')
        .set({ expires_at: new Date(Date.now() + 1500) })
        .where('tenant_id', '=', t.tenantId)
        .execute(),
    );
    const s1 = await openStream(member.token);
    expect(lastError(await s1.ended(4000))).toMatchObject({
      status: 401,
      type: 'https://journalkit.dev/problems/token-expired',
    });

    const other = await api.createUser(t.apiKey, { roles: ['member'] });
    const s2 = await openStream(other.token);
    // Straight in the database, as another API process would: no in-process notice.
    await api.database.withSystem((trx) =>
      trx
        .updateTable('user_tokens')
        .set({ revoked_at: new Date() })
        .where('user_id', '=', other.userId)
        .execute(),
    );
    expect(lastError(await s2.ended(4000))).toMatchObject({ status: 401 });
  });

  it('a stream whose credential still works stays open and keeps delivering', async () => {
    const t = await api.createTenant();
    const member = await api.createUser(t.apiKey, { roles: ['member'] });
    const stream = await openStream(member.token);
    await new Promise((r) => setTimeout(r, 2500));
    // Another user's credential change is re-checked, and this stream stays.
    const other = await api.createUser(t.apiKey, { roles: ['member'] });
    await api.call('PATCH', `/v1/users/${other.userId}`, { token: t.apiKey, body: { status: 'disabled' } });
    const account = await api.call('POST', '/v1/accounts', {
      token: member.token,
      body: { name: 'A', broker: 'IBKR', currency: 'USD' },
    });
    await api.call('POST', `/v1/accounts/${account.body.id}/executions`, {
      token: member.token,
      body: {
        executions: [
          {
            brokerExecutionId: 'e1',
            executedAt: '2024-03-01T15:00:00Z',
            symbol: 'AAPL',
            assetClass: 'stock',
            side: 'buy',
            quantity: '1',
            price: '100',
          },
        ],
      },
    });
    await expect.poll(() => stream.text(), { timeout: 3000 }).toContain('event: trades.changed');
    expect(stream.text()).toContain(': keep-alive');
    expect(stream.text()).not.toContain('event: error');
    stream.close();
  });
});
