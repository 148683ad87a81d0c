import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database';

/**
 * The PostgreSQL connection pool's life at its edges: a connection the server drops while idle,
 * and close() returning only once every connection is gone. PostgreSQL only (PGlite has no
 * connections); CI runs this file on PostgreSQL 15.
 */
const serverUrl = process.env.JOURNALKIT_TEST_DATABASE_URL;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!serverUrl)('PostgreSQL connections', () => {
  const name = `jk_test_${randomBytes(6).toString('hex')}`;
  let url: string;
  beforeAll(async () => {
    await admin((c) => c.query(`create database ${name}`));
    const u = new URL(serverUrl!);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(() => admin((c) => c.query(`drop database if exists ${name} with (force)`)));

  const busy = (database: Database) =>
    Promise.all(Array.from({ length: 6 }, () => sql`select pg_sleep(0.02)`.execute(database.db)));

  it('survives an idle connection the server terminates, and reconnects', async () => {
    const lost: Error[] = [];
    const database = await openDatabase({
      databaseUrl: url,
      dataDir: '',
      onConnectionError: (e) => lost.push(e),
    });
    try {
      await busy(database);
      const killed = await admin(
        async (c) =>
          (
            await c.query(
              'select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1',
              [name],
            )
          ).rows[0].n,
      );
      expect(Number(killed)).toBeGreaterThan(0);
      // Without the pool's error listener, the first of these errors would be thrown by Node.
      await expect.poll(() => lost.length).toBe(Number(killed));
      expect(lost[0]!.message).toMatch(/terminating connection/);
      const r = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(r.rows[0]!.one).toBe(1);
    } finally {
      await database.close();
    }
  });

  it('close() returns once every connection has ended', async () => {
    // A connection already open, so the count is taken the moment close() returns.
    const watcher = new pg.Client({ connectionString: serverUrl });
    await watcher.connect();
    const count = async () =>
      Number(
        (
          await watcher.query(
            'select count(*) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
            [name],
          )
        ).rows[0].count,
      );
    try {
      for (let i = 0; i < 5; i++) {
        const database = await openDatabase({ databaseUrl: url, dataDir: '' });
        await busy(database);
        expect(await count()).toBeGreaterThan(1);
        await database.close();
        // pool.end() alone resolves before the sockets close: backends would still be listed
        // (and a `drop database … with (force)` now would hit connections being closed).
        expect(await count()).toBe(0);
      }
    } finally {
      await watcher.end();
    }
  });
});
