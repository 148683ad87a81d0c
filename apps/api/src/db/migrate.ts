import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any constant: serializes migrators of several API instances starting at once. */
const MIGRATION_LOCK = 72_461_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    }),
  );
}

/**
 * Applies pending migrations, forward only, each in its own transaction, under an advisory lock.
 * A migration already applied whose file changed afterwards stops the start: migrations are
 * never edited once released; write a new one.
 */
export async function migrate(db: Kysely<unknown>, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  await sql`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`.execute(db);
  const applied: number[] = [];
  for (const m of all) {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const existing = await sql<{ checksum: string }>`
        select checksum from schema_migrations where version = ${m.version}`.execute(trx);
      const row = existing.rows[0];
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new Error(
            `Migration ${m.version}_${m.name} changed after it was applied (checksum mismatch); add a new migration instead`,
          );
        }
        return;
      }
      await sql.raw(m.sql).execute(trx);
      await sql`insert into schema_migrations (version, name, checksum) values (${m.version}, ${m.name}, ${m.checksum})`.execute(
        trx,
      );
      applied.push(m.version);
    });
  }
  return applied;
}

/** True when every known migration is applied (used by /readyz). */
export async function migrationsApplied(db: Kysely<unknown>, expected: number): Promise<boolean> {
  const r = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(db);
  return (r.rows[0]?.n ?? 0) >= expected;
}
