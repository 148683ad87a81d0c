import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { listenPostgres, type ListenHandlers, type Listener } from './listen';
import { loadMigrations, migrate, migrationsApplied } from './migrate';
import { PGliteDialect } from './pgliteDialect';
import type { DB } from './schema';

export type Tx = Transaction<DB>;

/** The runtime role tenant work runs as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = 'journalkit_app';

/**
 * What services get: tenant work only. Every statement runs under row-level security for the
 * tenant named; there is no way from here to a tenant-less transaction.
 */
export interface TenantDatabase {
  kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in a transaction as the non-owner role with `app.tenant_id` set: row-level
   * security confines every statement to this tenant's rows, whatever ids the caller sent.
   */
  withTenant<T>(tenantId: string, fn: (trx: Tx) => Promise<T>): Promise<T>;
  /**
   * Bulk load into a transaction's temporary staging table (`jk_staging_*`) with COPY, tens of
   * times faster than INSERT for large imports; move the rows on with INSERT … SELECT, under
   * row-level security like any statement. `data` is COPY's binary format, as BinaryRows
   * (copyBinary.ts) writes it for these columns.
   */
  copyRows(trx: Tx, table: string, columns: readonly string[], data: readonly Buffer[]): Promise<void>;
}

/**
 * The whole handle, tenant-less work included: only for the code that needs it — migrations and
 * start-up, platform operations (tenants), authentication (resolving a credential before the
 * tenant is known, sign-in throttling), infrastructure (idempotency records) and background jobs
 * (schedulers that find work across tenants, then do it with withTenant). Services of an area get a
 * TenantDatabase; a service given this handle says so in its constructor's type.
 */
export interface Database extends TenantDatabase {
  /** Owner connection. Use only through withTenant / withSystem. */
  db: Kysely<DB>;
  /** Runs `fn` in a transaction as the owner, across tenants (see above for who may). */
  withSystem<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
  ready(): Promise<boolean>;
  /**
   * LISTEN on `channel` (NOTIFY from any transaction, delivered once it commits): on PostgreSQL
   * over a connection of its own, reconnected when lost (db/listen.ts); on PGlite in its one
   * session. Close the listener before the database.
   */
  listen(channel: string, handlers: ListenHandlers): Promise<Listener>;
  close(): Promise<void>;
}
/** The same handle, named for what it allows where a module takes it. */
export type SystemDatabase = Database;

const IDENT = /^[a-z_][a-z0-9_]*$/;
function copySql(table: string, columns: readonly string[], source: string) {
  if (!IDENT.test(table) || !columns.every((c) => IDENT.test(c))) throw new Error('copyRows: bad identifier');
  return `copy ${table} (${columns.join(', ')}) from ${source} with (format binary)`;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  /** A PostgreSQL connection failed (it is discarded; the next query reconnects). */
  onConnectionError?: (err: Error) => void;
  /** How long a request waits for a pooled PostgreSQL connection (default 5 s). */
  connectTimeoutMs?: number;
}

// PostgreSQL types → JS: numeric stays a decimal string (money is never a float), int8 a string,
// timestamptz a Date. PGlite already behaves this way for numeric.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  let kind: Database['kind'];
  let db: Kysely<DB>;
  let closeDriver: () => Promise<void>;
  let copy: Database['copyRows'];
  let listen: Database['listen'];
  // The pg client a transaction runs on, for COPY (Kysely keeps it private).
  const txClient = new AsyncLocalStorage<{ client?: pg.PoolClient }>();
  if (!opts.databaseUrl || opts.databaseUrl === 'memory://') {
    kind = 'pglite';
    let dataDir: string | undefined;
    if (!opts.databaseUrl) {
      await mkdir(opts.dataDir, { recursive: true });
      dataDir = opts.dataDir;
    }
    const pglite = await PGlite.create(dataDir ? { dataDir } : {});
    db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
    closeDriver = () => pglite.close();
    // One connection, one session: the transaction that calls this is the one on it. PGlite reads
    // COPY input as a file, which only the owner may do: the owner copies into the caller's
    // temporary staging table, then the role the transaction had comes back.
    copy = async (_trx, table, columns, data) => {
      if (!table.startsWith('jk_staging_')) throw new Error('copyRows targets a jk_staging_ temporary table');
      const blob = new Blob([...data]);
      const role =
        (await pglite.query<{ r: string }>(`select current_setting('role') as r`)).rows[0]?.r ?? 'none';
      await pglite.query(`select set_config('role', 'none', true)`);
      try {
        await pglite.query(copySql(table, columns, `'/dev/blob'`), [], { blob });
      } finally {
        await pglite.query(`select set_config('role', $1, true)`, [role]);
      }
    };
    // LISTEN and UNLISTEN run between transactions, never inside someone else's on the one session.
    listen = async (channel, handlers) => {
      const off = await db.connection().execute(() => pglite.listen(channel, handlers.onNotify));
      const unlisten = () => db.connection().execute(() => off());
      return { close: () => unlisten().catch(() => {}) };
    };
  } else {
    kind = 'postgres';
    const url = opts.databaseUrl;
    listen = (channel, handlers) => listenPostgres(url, channel, handlers);
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 20,
      // Waiting for a connection is bounded: a database that is down or saturated answers 503 in
      // seconds instead of holding requests open.
      connectionTimeoutMillis: opts.connectTimeoutMs ?? 5_000,
    });
    // An idle connection the server drops (restart, failover, an administrator) is an 'error'
    // event on the pool; unheard, Node would throw it and stop the API. The pool has already
    // discarded that connection and the next query opens a fresh one: report it, nothing more.
    // An idle client's error reaches both its own listener (below) and the pool: reported once.
    const reported = new WeakSet<Error>();
    const report = (err: Error) => {
      if (reported.has(err)) return;
      reported.add(err);
      opts.onConnectionError?.(err);
    };
    pool.on('error', report);
    // pool.end() resolves once it has asked every connection to end, not once they have: close()
    // waits for the sockets, so nothing (a dropped test database, a stopped server) can still
    // reach a connection being closed.
    const open = new Set<Promise<void>>();
    pool.on('connect', (client) => {
      // A connection lost while checked out (a restart under load: 57P01, or "Connection terminated
      // unexpectedly") is an 'error' event on the client itself, which the pool only listens to while
      // the client is idle. Heard here for the client's whole life: the query in flight rejects (the
      // request answers 503), and the pool discards the broken client when it is released.
      client.on('error', report);
      const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
      open.add(ended);
      void ended.then(() => open.delete(ended));
    });
    const tracking = {
      connect: async () => {
        const client = await pool.connect();
        const store = txClient.getStore();
        if (store) store.client = client;
        return client;
      },
      end: () => pool.end(),
    };
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: tracking }) });
    closeDriver = async () => {
      await Promise.all(open);
    };
    copy = async (_trx, table, columns, data) => {
      if (!table.startsWith('jk_staging_')) throw new Error('copyRows targets a jk_staging_ temporary table');
      const client = txClient.getStore()?.client;
      if (!client) throw new Error('copyRows must run inside withTenant/withSystem');
      await pipeline(Readable.from(data), client.query(copyFrom(copySql(table, columns, 'stdin'))));
    };
  }
  const migrations = await loadMigrations();
  await migrate(db as Kysely<unknown>, migrations);

  return {
    kind,
    db,
    copyRows: (trx, table, columns, data) => copy(trx, table, columns, data),
    withTenant(tenantId, fn) {
      return txClient.run({}, () =>
        db.transaction().execute(async (trx) => {
          await sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`.execute(
            trx,
          );
          return fn(trx);
        }),
      );
    },
    withSystem(fn) {
      return txClient.run({}, () => db.transaction().execute(fn));
    },
    async ready() {
      try {
        return await migrationsApplied(db as Kysely<unknown>, migrations.length);
      } catch {
        return false;
      }
    },
    listen: (channel, handlers) => listen(channel, handlers),
    async close() {
      await db.destroy();
      await closeDriver();
    },
  };
}
