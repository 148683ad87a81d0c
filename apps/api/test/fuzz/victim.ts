import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { PLATFORM_KEY, type TestApi } from '../harness';
import { upload } from '../journal';
import { TINY_PNG } from '../matrix.fixtures';
import { SAMPLE_CSV } from './multipart';

/**
 * The tenant the fuzz aims at, with one real resource of every kind a path parameter names, and
 * credentials that hold every permission. Requests that succeed may archive, revoke, delete or
 * sign out what they aim at: `heal()` brings every fixture back between operations.
 */
export const OWNER_EMAIL = 'fuzz-owner@example.com';
export const OWNER_PASSWORD = 'fuzz-owner-password';

export interface Victim {
  tenantId: string;
  slug: string;
  apiKey: string;
  ownerId: string;
  ownerToken: string;
  memberId: string;
  /** Real resource ids by path-parameter name. */
  params: Record<string, string>;
}

const HIGH_LIMITS = { userRequestsPerMinute: 1_000_000, apiKeyRequestsPerMinute: 10_000_000 };

/** A stand-in for IBKR's Flex service that refuses every token at once (a sync ends in ms). */
export async function startFlexRefuser(): Promise<{ url: string; origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(
      '<FlexStatementResponse><Status>Fail</Status><ErrorCode>1015</ErrorCode><ErrorMessage>Token is invalid.</ErrorMessage></FlexStatementResponse>',
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/AccountManagement/FlexWebService`, origin, server };
}

async function ok(r: Promise<{ status: number; text: string; body: any }>, what: string) {
  const res = await r;
  if (res.status >= 300) throw new Error(`fuzz fixture ${what}: ${res.status} ${res.text}`);
  return res.body;
}

export async function createVictim(api: TestApi): Promise<Victim> {
  const t = await api.createTenant('fuzz-victim');
  const owner = await api.createUser(t.apiKey, {
    roles: ['owner'],
    email: OWNER_EMAIL,
    password: OWNER_PASSWORD,
  });
  const member = await api.createUser(t.apiKey, { roles: ['member'], email: 'fuzz-member@example.com' });
  const v: Victim = {
    tenantId: t.tenantId,
    slug: t.slug,
    apiKey: t.apiKey,
    ownerId: owner.userId,
    ownerToken: owner.token,
    memberId: member.userId,
    params: { tenantId: t.tenantId, slug: t.slug, userId: member.userId, day: '2024-03-01' },
  };
  await heal(api, v);
  return v;
}

const call = (api: TestApi, v: Victim, method: string, path: string, body?: unknown) =>
  api.call(method, path, { token: v.apiKey, body });

async function exists(api: TestApi, v: Victim, path: string) {
  return (await call(api, v, 'GET', path)).status === 200;
}

/**
 * Puts the victim back as the fuzz needs it: tenant active with limits no fuzz run reaches,
 * member active, owner's token alive, account kept, and each fixture (trade, entry, screenshot,
 * import, connector, API key) present — recreated where a request removed it.
 */
export async function heal(api: TestApi, v: Victim): Promise<void> {
  await ok(
    api.call('PATCH', `/v1/platform/tenants/${v.tenantId}`, {
      token: PLATFORM_KEY,
      body: { status: 'active', limits: HIGH_LIMITS },
    }),
    'tenant',
  );
  await ok(
    call(api, v, 'PATCH', `/v1/users/${v.memberId}`, { status: 'active', roles: ['member'] }),
    'member',
  );
  if ((await api.call('GET', '/v1/me', { token: v.ownerToken })).status !== 200) {
    await ok(
      call(api, v, 'PATCH', `/v1/users/${v.ownerId}`, { status: 'active', roles: ['owner'] }),
      'owner',
    );
    v.ownerToken = (await ok(call(api, v, 'POST', `/v1/users/${v.ownerId}/tokens`, {}), 'owner token')).token;
  }
  const p = v.params;
  if (!p.accountId || !(await exists(api, v, `/v1/accounts/${p.accountId}`))) {
    const acc = await ok(
      api.call('POST', '/v1/accounts', {
        token: v.ownerToken,
        body: { name: 'Fuzz victim', broker: 'test', currency: 'USD', startingBalance: '10000' },
      }),
      'account',
    );
    p.accountId = acc.id;
    delete p.importId;
    delete p.tradeId;
  }
  await ok(call(api, v, 'POST', `/v1/accounts/${p.accountId}/unarchive`), 'unarchive');
  if (!p.importId || !(await exists(api, v, `/v1/accounts/${p.accountId}/imports/${p.importId}`))) {
    const imp = await upload(api, v.ownerToken, p.accountId!, SAMPLE_CSV, { format: 'generic' });
    if (imp.status >= 300) throw new Error(`fuzz fixture import: ${imp.status} ${imp.text}`);
    p.importId = imp.body.id;
  }
  if (!p.tradeId || !(await exists(api, v, `/v1/trades/${p.tradeId}`))) {
    const trades = await ok(call(api, v, 'GET', `/v1/trades?accountId=${p.accountId}&limit=1`), 'trades');
    if (!trades.data[0]) throw new Error('fuzz fixture trade: the import made no trade');
    p.tradeId = trades.data[0].id;
    delete p.entryId;
  }
  if (!p.entryId || !(await exists(api, v, `/v1/journal-entries/${p.entryId}`))) {
    const e = await ok(
      call(api, v, 'PUT', `/v1/trades/${p.tradeId}/journal`, { body: 'fuzz plan' }),
      'entry',
    );
    p.entryId = e.id;
    delete p.attachmentId;
  }
  if (
    !p.attachmentId ||
    !(await exists(api, v, `/v1/journal-entries/${p.entryId}/attachments/${p.attachmentId}`))
  ) {
    const form = new FormData();
    form.append('file', new Blob([TINY_PNG]), 'shot.png');
    const res = await fetch(`${api.url}/v1/journal-entries/${p.entryId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${v.apiKey}` },
      body: form,
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`fuzz fixture attachment: ${res.status} ${text}`);
    p.attachmentId = JSON.parse(text).id;
  }
  const connectors = await ok(call(api, v, 'GET', `/v1/accounts/${p.accountId}/connectors`), 'connectors');
  const list: Array<{ id: string }> = connectors.data ?? connectors;
  if (!p.connectorId || !list.some((c) => c.id === p.connectorId)) {
    // At most a few connectors per account: make room for the fixture.
    for (const c of list) await call(api, v, 'DELETE', `/v1/accounts/${p.accountId}/connectors/${c.id}`);
    const c = await ok(
      call(api, v, 'POST', `/v1/accounts/${p.accountId}/connectors`, {
        kind: 'ibkr-flex',
        settings: { token: '123456789012345678901234', queryId: '1' },
      }),
      'connector',
    );
    p.connectorId = c.id;
  }
  const key = p.keyId ? await call(api, v, 'GET', `/v1/api-keys/${p.keyId}`) : undefined;
  if (!key || key.status !== 200 || key.body.revokedAt) {
    p.keyId = (
      await ok(call(api, v, 'POST', '/v1/api-keys', { name: 'fuzz target', scopes: ['journal:read'] }), 'key')
    ).id;
  }
}

/**
 * What a failed request must leave as it was: every row of the victim's tables, less columns that
 * change on their own (a key's last use, a connector's background run, summary maintenance).
 * Idempotency records, sign-in throttles and derived summary segments are not compared.
 */
const TABLES: Record<string, string[]> = {
  tenants: [],
  api_keys: ['last_used_at'],
  users: [],
  user_tokens: [],
  accounts: ['segments_band'],
  executions: [],
  trades: [],
  journal_entries: [],
  attachments: [],
  imports: [],
  connectors: ['last_run_at', 'last_status', 'last_error', 'next_run_at', 'running_since', 'run_id'],
};

export type Snapshot = Record<string, string>;

export async function snapshot(api: TestApi, tenantId: string): Promise<Snapshot> {
  const parts = Object.entries(TABLES).map(([table, volatile]) => {
    const where = table === 'tenants' ? 'id' : 'tenant_id';
    const drop = volatile.length ? ` - array[${volatile.map((c) => `'${c}'`).join(',')}]::text[]` : '';
    return `select '${table}' as t, count(*)::int as n, coalesce(md5(string_agg(h, ',' order by h)), '') as h
      from (select md5((to_jsonb(x)${drop})::text) as h from ${table} x where ${where} = '${tenantId}') s`;
  });
  const rows = await api.database.withSystem(async (trx) => {
    const r = await sql.raw<{ t: string; n: number; h: string }>(parts.join(' union all ')).execute(trx);
    return r.rows;
  });
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n} rows ${r.h.slice(0, 8)}`]));
}

export function changed(before: Snapshot, after: Snapshot): string[] {
  return Object.keys(after)
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`);
}
