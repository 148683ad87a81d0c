import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness';
import { uuidv7 } from '../lib/ids';
import { APP_ROLE, type Database, type TenantDatabase, type Tx } from './database';

// Proves the tenant wall in the database itself, below every handler: the API's runtime role,
// given a tenant, can neither see nor change another tenant's rows, whatever ids it names.
let database: Database;
let drop: () => Promise<void>;
const A = uuidv7();
const B = uuidv7();
const userA = uuidv7();
const userB = uuidv7();

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await database.withSystem(async (trx) => {
    for (const [id, slug] of [
      [A, 'tenant-a'],
      [B, 'tenant-b'],
    ] as const) {
      await trx
        .insertInto('tenants')
        .values({ id, slug, name: slug, limits: '{}', settings: '{}' })
        .execute();
    }
    await trx
      .insertInto('users')
      .values([
        { tenant_id: A, id: userA, display_name: 'Alice', roles: ['member'], email: 'a@example.com' },
        { tenant_id: B, id: userB, display_name: 'Bob', roles: ['member'], email: 'b@example.com' },
      ])
      .execute();
  });
});
afterAll(() => drop());

/**
 * The whole catalog of the schema, not only tables with a tenant_id column: every table has RLS
 * on, and every table the app role can reach has policies that name the current tenant (in USING
 * and in WITH CHECK). Infrastructure tables (migrations, idempotency, throttle) have no grant to
 * the app role and so no rows for it.
 */
async function catalogProblems(): Promise<{ tables: string[]; problems: string[] }> {
  const rows = await database.withSystem((trx) =>
    sql<{ table_name: string; rls: boolean; reachable: boolean; policies: string[] }>`
      select c.relname as table_name, c.relrowsecurity as rls,
             has_table_privilege(${APP_ROLE}, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
               or has_any_column_privilege(${APP_ROLE}, c.oid, 'SELECT, INSERT, UPDATE, REFERENCES') as reachable,
             coalesce((select array_agg(coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' | ' ||
                                        coalesce(pg_get_expr(p.polwithcheck, p.polrelid), ''))
                       from pg_policy p where p.polrelid = c.oid), '{}') as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind in ('r', 'p')
      order by 1
    `.execute(trx),
  );
  const problems: string[] = [];
  for (const r of rows.rows) {
    if (!r.rls) problems.push(`${r.table_name} has RLS off`);
    else if (r.reachable && !r.policies.length)
      problems.push(`${r.table_name} is reachable without a policy`);
    for (const policy of r.reachable ? r.policies : []) {
      const [using = '', check = ''] = policy.split(' | ');
      if (!/jk_current_tenant\(\)/.test(using))
        problems.push(`${r.table_name}: a policy's USING does not name the tenant`);
      if (check && !/jk_current_tenant\(\)/.test(check))
        problems.push(`${r.table_name}: a policy's WITH CHECK does not name the tenant`);
    }
  }
  return { tables: rows.rows.map((r) => r.table_name), problems };
}

describe('row-level security', () => {
  it('every table is behind RLS; every table the app role can touch has the tenant policy', async () => {
    const { tables, problems } = await catalogProblems();
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables).toEqual(expect.arrayContaining(['tenants', 'users', 'accounts', 'trades', 'executions']));
    expect(problems).toEqual([]);
  });

  it('jk_tenant_table() makes a table tenant-walled; a table made without it fails the catalog', async () => {
    await database.withSystem(async (trx) => {
      await sql`create table rls_probe (tenant_id uuid not null, id uuid not null, primary key (tenant_id, id))`.execute(
        trx,
      );
      await sql`select jk_tenant_table('rls_probe')`.execute(trx);
      // The way a table slips through: granted to the app role, RLS never enabled.
      await sql`create table rls_forgotten (tenant_id uuid not null, id uuid primary key)`.execute(trx);
      await sql`grant select on rls_forgotten to journalkit_app`.execute(trx);
    });
    try {
      await database.withTenant(A, (trx) =>
        sql`insert into rls_probe values (${A}, ${uuidv7()})`.execute(trx),
      );
      await expect(
        database.withTenant(A, (trx) => sql`insert into rls_probe values (${B}, ${uuidv7()})`.execute(trx)),
      ).rejects.toThrow(/row-level security/);
      const inB = await database.withTenant(B, (trx) =>
        sql<{ n: number }>`select count(*)::int as n from rls_probe`.execute(trx),
      );
      expect(inB.rows[0]!.n).toBe(0);
      const { problems } = await catalogProblems();
      expect(problems).toEqual(['rls_forgotten has RLS off']);
    } finally {
      await database.withSystem((trx) => sql`drop table rls_probe, rls_forgotten`.execute(trx));
    }
  });

  it('a service’s handle (TenantDatabase) has no tenant-less transaction: only withTenant', async () => {
    const handle: TenantDatabase = database;
    // @ts-expect-error withSystem exists only on the full handle (migrations, platform, auth, jobs)
    const escape: unknown = handle.withSystem;
    expect(escape).toBeTypeOf('function'); // at run time the object is the same; the type is the wall
    const seen = await handle.withTenant(A, (trx) => trx.selectFrom('users').select('id').execute());
    expect(seen).toEqual([{ id: userA }]);
  });

  it('tenant work runs as the non-owner role that cannot bypass RLS', async () => {
    const r = await database.withTenant(A, (trx) =>
      sql<{ who: string; bypass: boolean; owner: string }>`
        select current_user as who,
               (select rolbypassrls from pg_roles where rolname = current_user) as bypass,
               (select tableowner from pg_tables where tablename = 'users') as owner`.execute(trx),
    );
    const row = r.rows[0]!;
    expect(row.who).toBe(APP_ROLE);
    expect(row.bypass).toBe(false);
    expect(row.owner).not.toBe(APP_ROLE);
  });

  it('a tenant sees only its own rows, even when it asks for the other tenant’s ids', async () => {
    const all = await database.withTenant(A, (trx) =>
      trx.selectFrom('users').select(['id', 'tenant_id']).execute(),
    );
    expect(all).toEqual([{ id: userA, tenant_id: A }]);
    const byId = await database.withTenant(A, (trx) =>
      trx.selectFrom('users').selectAll().where('tenant_id', '=', B).where('id', '=', userB).execute(),
    );
    expect(byId).toEqual([]);
    const tenants = await database.withTenant(A, (trx) => trx.selectFrom('tenants').select('id').execute());
    expect(tenants).toEqual([{ id: A }]);
  });

  it('a query that forgets to set its tenant returns nothing rather than anyone’s rows', async () => {
    const rows = await database.db.transaction().execute(async (trx) => {
      await sql`select set_config('role', ${APP_ROLE}, true)`.execute(trx);
      return trx.selectFrom('users').selectAll().execute();
    });
    expect(rows).toEqual([]);
  });

  it('cannot change or delete another tenant’s rows: 0 rows affected', async () => {
    const upd = await database.withTenant(A, (trx) =>
      trx.updateTable('users').set({ display_name: 'pwned' }).where('id', '=', userB).executeTakeFirst(),
    );
    expect(Number(upd.numUpdatedRows)).toBe(0);
    const del = await database.withTenant(A, (trx) =>
      trx.deleteFrom('users').where('id', '=', userB).executeTakeFirst(),
    );
    expect(Number(del.numDeletedRows)).toBe(0);
    const bob = await database.withSystem((trx) =>
      trx.selectFrom('users').select('display_name').where('id', '=', userB).executeTakeFirstOrThrow(),
    );
    expect(bob.display_name).toBe('Bob');
  });

  it('cannot insert a row into another tenant (WITH CHECK) nor move a row there', async () => {
    await expect(
      database.withTenant(A, (trx) =>
        trx
          .insertInto('users')
          .values({ tenant_id: B, id: uuidv7(), display_name: 'Mallory', roles: ['member'] })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      database.withTenant(A, (trx) =>
        trx.updateTable('users').set({ tenant_id: B }).where('id', '=', userA).execute(),
      ),
    ).rejects.toThrow(/row-level security|permission denied/);
  });

  it('cannot disable RLS, read idempotency records or create tenants', async () => {
    await expect(
      database.withTenant(A, (trx) => sql`alter table users disable row level security`.execute(trx)),
    ).rejects.toThrow(/must be owner|permission denied/);
    await expect(
      database.withTenant(A, (trx) =>
        trx
          .insertInto('tenants')
          .values({ id: uuidv7(), slug: 'x', name: 'x', limits: '{}', settings: '{}' })
          .execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      database.withTenant(A, (trx) => trx.selectFrom('idempotency_keys').selectAll().execute()),
    ).rejects.toThrow(/permission denied/);
  });

  it('settings are transaction-local: the next transaction starts without a tenant', async () => {
    await database.withTenant(A, (trx) => trx.selectFrom('users').select('id').execute());
    const r = await database.withSystem((trx) =>
      sql<{
        t: string | null;
        who: string;
      }>`select current_setting('app.tenant_id', true) as t, current_user as who`.execute(trx),
    );
    expect(r.rows[0]!.t ?? '').toBe('');
    expect(r.rows[0]!.who).not.toBe(APP_ROLE);
  });
});

// Executions and trades reference their account through statement-level triggers (migration
// 0003), not foreign keys: prove they hold like the foreign keys did.
describe('account references of executions and trades', () => {
  const accountA = uuidv7();
  const execution = (accountId: string, id: string) => ({
    tenant_id: A,
    account_id: accountId,
    broker_execution_id: id,
    executed_at: new Date('2024-01-02T14:30:00Z'),
    seq: '1',
    symbol: 'AAPL',
    asset_class: 'stock' as const,
    side: 'buy' as const,
    quantity: '1',
    price: '10',
    fees: '0',
    multiplier: '1',
    currency: 'USD',
  });
  const trade = (accountId: string) => ({
    tenant_id: A,
    id: uuidv7(),
    account_id: accountId,
    symbol: 'AAPL',
    asset_class: 'stock' as const,
    currency: 'USD',
    multiplier: '1',
    direction: 'long' as const,
    status: 'open' as const,
    pnl_source: 'prices' as const,
    opened_at: new Date('2024-01-02T14:30:00Z'),
    quantity: '1',
    entry_price: '10',
    fees: '0',
    open_execution_id: 'x1',
    last_executed_at: new Date('2024-01-02T14:30:00Z'),
    last_seq: '1',
    legs: '[]',
  });
  beforeAll(async () => {
    await database.withTenant(A, (trx) =>
      trx
        .insertInto('accounts')
        .values({ tenant_id: A, id: accountA, user_id: userA, name: 'A', broker: 'x', currency: 'USD' })
        .execute(),
    );
  });

  it('an execution or trade of an account that does not exist is refused (23503), nothing written', async () => {
    const writes: Array<(trx: Tx) => Promise<unknown>> = [
      (trx: Tx) =>
        trx
          .insertInto('executions')
          .values([execution(accountA, 'ok-1'), execution(uuidv7(), 'orphan-1')])
          .execute(),
      (trx: Tx) =>
        trx
          .insertInto('trades')
          .values([trade(accountA), trade(uuidv7())])
          .execute(),
      (trx: Tx) =>
        trx
          .updateTable('executions')
          .set({ account_id: uuidv7() })
          .where('broker_execution_id', '=', 'kept')
          .execute(),
    ];
    for (const write of writes) {
      await database.withTenant(A, (trx) =>
        trx
          .insertInto('executions')
          .values(execution(accountA, 'kept'))
          .onConflict((c) => c.doNothing())
          .execute(),
      );
      const err = await database.withTenant(A, write).then(
        () => null,
        (e: { code?: string }) => e,
      );
      expect(err?.code).toBe('23503');
    }
    const left = await database.withTenant(A, (trx) =>
      sql<{
        e: number;
        t: number;
      }>`select (select count(*)::int from executions where broker_execution_id <> 'kept') as e,
        (select count(*)::int from trades) as t`.execute(trx),
    );
    expect(left.rows[0]).toEqual({ e: 0, t: 0 });
  });

  it("deleting an account deletes its executions and trades, and no other account's", async () => {
    const other = uuidv7();
    await database.withTenant(A, async (trx) => {
      await trx
        .insertInto('accounts')
        .values({ tenant_id: A, id: other, user_id: userA, name: 'B', broker: 'x', currency: 'USD' })
        .execute();
      await trx
        .insertInto('executions')
        .values([execution(accountA, 'a-1'), execution(other, 'o-1')])
        .execute();
      await trx
        .insertInto('trades')
        .values([trade(accountA), trade(other)])
        .execute();
    });
    await database.withTenant(A, (trx) => trx.deleteFrom('accounts').where('id', '=', other).execute());
    const rows = await database.withTenant(A, (trx) =>
      sql<{ account_id: string; n: number }>`
        select account_id, count(*)::int as n from (
          select account_id from executions union all select account_id from trades) x
        group by account_id`.execute(trx),
    );
    expect(rows.rows.map((r) => r.account_id)).toEqual([accountA]);
  });
});
