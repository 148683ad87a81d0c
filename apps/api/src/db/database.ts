import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { loadMigrations, migrate, migrationsApplied } from './migrate';
import { PGliteDialect } from './pgliteDialect';
import type { DB } from './schema';

export type Tx = Transaction<DB>;

/** The runtime role tenant work runs as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = 'journalkit_app';

export interface Database {
  kind: 'pglite' | 'postgres';
  /** Owner connection. Use only through withTenant / withSystem. */
  db: Kysely<DB>;
  /**
   * Runs `fn` in a transaction as the non-owner role with `app.tenant_id` set: row-level
   * security confines every statement to this tenant's rows, whatever ids the caller sent.
   */
  withTenant<T>(tenantId: string, fn: (trx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in a transaction as the owner, across tenants. Only for the platform and
   * authentication layers (resolving a key or token before the tenant is known).
   */
  withSystem<T>(fn: (trx: Tx) => Promise<T>): Promise<T>;
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
}

// PostgreSQL types → JS: numeric stays a decimal string (money is never a float), int8 a string,
// timestamptz a Date. PGlite already behaves this way for numeric.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  let kind: Database['kind'];
  let db: Kysely<DB>;
  let closeDriver: () => Promise<void>;
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
  } else {
    kind = 'postgres';
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 20 });
    db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    closeDriver = async () => {};
  }
  const migrations = await loadMigrations();
  await migrate(db as Kysely<unknown>, migrations);

  return {
    kind,
    db,
    withTenant(tenantId, fn) {
      return db.transaction().execute(async (trx) => {
        await sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${APP_ROLE}, true)`.execute(
          trx,
        );
        return fn(trx);
      });
    },
    withSystem(fn) {
      return db.transaction().execute(fn);
    },
    async ready() {
      try {
        return await migrationsApplied(db as Kysely<unknown>, migrations.length);
      } catch {
        return false;
      }
    },
    async close() {
      await db.destroy();
      await closeDriver();
    },
  };
}
