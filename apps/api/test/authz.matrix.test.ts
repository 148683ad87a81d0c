import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../src/auth/permissions';
import { PLATFORM_KEY, startTestApi, type TestApi } from './harness';
import { TINY_PNG, pathFixtures, type Victim } from './matrix.fixtures';

/**
 * The authorization matrix, generated from the committed contract: every operation of
 * apps/api/openapi.json is tried with no credentials, with another tenant's strongest
 * credentials aimed at this tenant's resources, and with too weak a role or scope.
 * New operations join the matrix by being in openapi.json.
 */
interface Operation {
  operationId: string;
  method: string;
  path: string;
  permission: string;
  principals: string[];
  example: unknown;
  hasBody: boolean;
  multipart: boolean;
  stream: boolean;
}

const doc = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'openapi.json'), 'utf8'),
) as { paths: Record<string, Record<string, any>> };

const operations: Operation[] = Object.entries(doc.paths).flatMap(([p, item]) =>
  Object.entries(item).map(([method, op]) => {
    const json = op.requestBody?.content?.['application/json'];
    const multipart = Boolean(op.requestBody?.content?.['multipart/form-data']);
    const stream = Boolean(op.responses?.['200']?.content?.['text/event-stream']);
    return {
      stream,
      multipart,
      operationId: op.operationId,
      method: method.toUpperCase(),
      path: p,
      permission: op['x-permission'],
      principals: op['x-principals'] ?? ['apiKey', 'user'],
      example: json?.example ?? json?.examples?.[0] ?? Object.values(json?.examples ?? {})[0],
      hasBody: Boolean(op.requestBody),
    };
  }),
);
const guarded = operations.filter((o) => o.permission !== 'public');

let api: TestApi;
let victim: Victim;
let attacker: { apiKey: string; tenantId: string };
const victimSecrets: string[] = [];
const params: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createTenant('matrix-victim');
  const owner = await api.createUser(a.apiKey, { roles: ['owner'] });
  const member = await api.createUser(a.apiKey, { roles: ['member'] });
  victim = { ...a, ownerToken: owner.token, memberToken: member.token, memberUserId: member.userId };
  const b = await api.createTenant('matrix-attacker');
  attacker = { apiKey: b.apiKey, tenantId: b.tenantId };
  const needed = new Set(operations.flatMap((o) => [...o.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
  for (const name of needed) {
    const make = pathFixtures[name];
    if (make) params[name] = await make(api, victim);
  }
  victimSecrets.push(a.tenantId, a.apiKey, owner.userId, member.userId, owner.token, member.token);
  victimSecrets.push(
    ...Object.entries(params)
      .filter(([k]) => k !== 'slug')
      .map(([, v]) => v),
  );
});
afterAll(() => api.close());

function urlFor(op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (!v)
      throw new Error(
        `No matrix fixture for path parameter "${name}" (${op.operationId}): add one to test/matrix.fixtures.ts`,
      );
    return encodeURIComponent(v);
  });
}

async function call(op: Operation, token: string | undefined) {
  if (op.stream) {
    // An event stream never ends: read the status and the first bytes, then hang up.
    const ac = new AbortController();
    const res = await fetch(api.url + urlFor(op), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: ac.signal,
    });
    let text: string;
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
      const reader = res.body!.getReader();
      text = new TextDecoder().decode((await reader.read()).value);
      ac.abort();
    } else text = await res.text();
    return {
      status: res.status,
      text,
      body: text.startsWith('{') ? JSON.parse(text) : undefined,
      headers: res.headers,
    };
  }
  if (op.multipart) {
    // A real multipart upload: a tiny CSV for imports, a PNG for screenshots.
    const form = new FormData();
    form.append('format', 'generic');
    form.append(
      'file',
      new Blob([
        op.path.includes('attachments') ? TINY_PNG : 'executed_at,symbol,asset_class,side,quantity,price\n',
      ]),
      'f',
    );
    const res = await fetch(api.url + urlFor(op), {
      method: op.method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    const text = await res.text();
    return { status: res.status, text, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  }
  if (op.hasBody && op.example === undefined) {
    throw new Error(
      `Operation ${op.operationId} has a request body without an example: add \`examples\` to its schema`,
    );
  }
  return api.call(op.method, urlFor(op), { token, body: op.hasBody ? op.example : undefined });
}

async function freshAttackerOwnerToken(): Promise<string> {
  const u = await api.call('POST', '/v1/users', {
    token: attacker.apiKey,
    body: { displayName: 'Attacker', roles: ['owner'] },
  });
  const t = await api.call('POST', `/v1/users/${u.body.id}/tokens`, { token: attacker.apiKey, body: {} });
  return t.body.token;
}

describe('authorization matrix (from openapi.json)', () => {
  it('covers every operation and every operation declares its permission', () => {
    expect(operations.length).toBeGreaterThan(15);
    for (const o of operations) {
      expect(o.operationId, `${o.method} ${o.path} has an operationId`).toBeTruthy();
      expect(o.permission, `${o.operationId} declares x-permission`).toBeTruthy();
    }
  });

  it('the permission of every operation is pinned: a change must be reviewed (update the snapshot)', () => {
    const map = Object.fromEntries(
      operations.map((o) => [
        o.operationId,
        `${o.permission}${o.principals.length < 2 ? ` (${o.principals.join()})` : ''}`,
      ]),
    );
    expect(map).toMatchSnapshot();
  });

  it.each(guarded)('$operationId: no credentials → 401', async (op) => {
    const r = await call(op, undefined);
    expect(r.status, r.text).toBe(401);
    expect(r.body.type).toBe('https://journalkit.dev/problems/unauthenticated');
  });

  it.each(guarded)(
    '$operationId: another tenant’s strongest credentials never reach this tenant',
    async (op) => {
      const tokens: string[] = [];
      if (op.permission === 'platform') {
        tokens.push(attacker.apiKey, await freshAttackerOwnerToken());
        for (const t of tokens) expect((await call(op, t)).status).toBe(403);
        return;
      }
      if (op.principals.includes('apiKey')) tokens.push(attacker.apiKey);
      if (op.principals.includes('user')) tokens.push(await freshAttackerOwnerToken());
      const targetsVictim = /\{(\w+)\}/.test(op.path);
      for (const token of tokens) {
        const r = await call(op, token);
        if (targetsVictim) expect([403, 404], `${op.operationId}: ${r.status} ${r.text}`).toContain(r.status);
        else expect(r.status, r.text).toBeLessThan(500);
        for (const secret of victimSecrets)
          expect(r.text, `${op.operationId} leaked a victim id`).not.toContain(secret);
      }
    },
  );

  const weak = guarded.filter((o) => o.permission !== 'authenticated');
  it.each(weak)('$operationId: too weak a role or scope → 403', async (op) => {
    if (op.permission === 'platform') {
      expect((await call(op, victim.memberToken)).status).toBe(403);
      expect((await call(op, victim.apiKey)).status).toBe(403);
      return;
    }
    const memberHasIt = ROLE_PERMISSIONS.member.includes(op.permission as never);
    if (op.principals.includes('user') && !memberHasIt) {
      const r = await call(op, victim.memberToken);
      expect(r.status, r.text).toBe(403);
      expect(r.body.type).toBe('https://journalkit.dev/problems/forbidden');
    }
    if (op.principals.includes('apiKey')) {
      const scope = op.permission === 'tenant:read' ? 'users:read' : 'tenant:read';
      const k = await api.call('POST', '/v1/api-keys', {
        token: victim.apiKey,
        body: { name: 'weak', scopes: [scope] },
      });
      const r = await call(op, k.body.secret);
      expect(r.status, r.text).toBe(403);
    }
  });

  it('the platform key works only on platform operations', async () => {
    for (const op of guarded.filter((o) => o.permission !== 'platform')) {
      expect((await call(op, PLATFORM_KEY)).status, op.operationId).toBe(403);
    }
  });
});
