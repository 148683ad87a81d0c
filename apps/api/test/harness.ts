import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import { openDatabase, type Database } from '../src/db/database';

export const PLATFORM_KEY = 'test-platform-key-0123456789abcdef';

/**
 * A database for one test file: in-memory PGlite, or — when JOURNALKIT_TEST_DATABASE_URL points at
 * a PostgreSQL server — a fresh database created on that server and dropped afterwards.
 */
export async function openTestDatabase(): Promise<{
  database: Database;
  drop: () => Promise<void>;
  /** The PostgreSQL database's URL (undefined for in-memory PGlite). */
  url?: string;
}> {
  const serverUrl = process.env.JOURNALKIT_TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ databaseUrl: 'memory://', dataDir: '' });
    return { database, drop: () => database.close() };
  }
  const name = `jk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestApi {
  url: string;
  app: FastifyInstance;
  database: Database;
  /** Its PostgreSQL database's URL (undefined on in-memory PGlite). */
  databaseUrl: string | undefined;
  config: Config;
  close(): Promise<void>;
  /** Real HTTP on loopback. `token` becomes `Authorization: Bearer <token>`. */
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string | Buffer },
  ): Promise<{ status: number; headers: Headers; body: any; text: string }>;
  /** Creates a tenant with the platform key; returns its id and first (all-scopes) API key. */
  createTenant(slug?: string): Promise<{ tenantId: string; slug: string; apiKey: string }>;
  /** Creates a user (via an API key) and mints a token for them. */
  createUser(
    apiKey: string,
    input: { roles?: string[]; email?: string; externalId?: string; password?: string },
  ): Promise<{ userId: string; token: string }>;
}

/**
 * A real API on loopback over a fresh test database — or, with `sameDatabaseAs` (PostgreSQL only),
 * a second API process's worth over another's database (close it before that one, which drops it).
 */
export async function startTestApi(
  env: Record<string, string> = {},
  options: { sameDatabaseAs?: TestApi } = {},
): Promise<TestApi> {
  const shared = options.sameDatabaseAs?.databaseUrl;
  if (options.sameDatabaseAs && !shared)
    throw new Error('sameDatabaseAs: in-memory PGlite is one process; set JOURNALKIT_TEST_DATABASE_URL');
  const {
    database,
    drop,
    url: databaseUrl,
  } = shared
    ? await (async () => {
        const reopened = await openDatabase({ databaseUrl: shared, dataDir: '' });
        // Closed only: the first API drops the database.
        return { database: reopened, drop: () => reopened.close(), url: shared };
      })()
    : await openTestDatabase();
  const config = loadConfig({
    DATABASE_URL: 'memory://',
    JOURNALKIT_PLATFORM_KEY: PLATFORM_KEY,
    LOG_LEVEL: 'silent',
    JOURNALKIT_CONNECTOR_POLL_SECONDS: '0',
    ...env,
  });
  const app = await buildApp({ config, database, logger: false });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });

  const call: TestApi['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | Buffer | undefined;
    if (opts.rawBody !== undefined) body = opts.rawBody;
    else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(url + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: callers read `text`
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  };

  let counter = 0;
  const api: TestApi = {
    url,
    app,
    database,
    databaseUrl,
    config,
    call,
    async close() {
      // A connection that never sent a request (fetch's keep-alive pool) would hold close() until
      // the keep-alive timeout: the tests are over, drop them all.
      app.server.closeAllConnections();
      await app.close();
      await drop();
    },
    async createTenant(slug) {
      const s = slug ?? `t-${randomBytes(4).toString('hex')}`;
      const r = await call('POST', '/v1/platform/tenants', {
        token: PLATFORM_KEY,
        body: { slug: s, name: `Tenant ${s}` },
      });
      if (r.status !== 201) throw new Error(`createTenant: ${r.status} ${r.text}`);
      return { tenantId: r.body.tenant.id, slug: s, apiKey: r.body.apiKey.secret };
    },
    async createUser(apiKey, input) {
      counter++;
      const u = await call('POST', '/v1/users', {
        token: apiKey,
        body: {
          externalId: input.externalId ?? `ext-${counter}-${randomBytes(3).toString('hex')}`,
          displayName: `User ${counter}`,
          ...(input.email ? { email: input.email } : {}),
          ...(input.roles ? { roles: input.roles } : {}),
          ...(input.password ? { password: input.password } : {}),
        },
      });
      if (u.status !== 201 && u.status !== 200) throw new Error(`createUser: ${u.status} ${u.text}`);
      const t = await call('POST', `/v1/users/${u.body.id}/tokens`, { token: apiKey, body: {} });
      if (t.status !== 201) throw new Error(`mint: ${t.status} ${t.text}`);
      return { userId: u.body.id, token: t.body.token };
    },
  };
  return api;
}
