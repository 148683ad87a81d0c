import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate';
import { PGliteDialect } from './pgliteDialect';

// Migrations run forward over existing data: a journal stored before 0003 (legs as jsonb with
// time, side and price; foreign keys) comes out in the 0003 shape with nothing lost.
const pglite = new PGlite();
const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) });
afterAll(() => pglite.close());

describe('migrations over existing data', () => {
  it('0003 keeps a stored journal: legs slimmed in order, account references by trigger', async () => {
    const all = await loadMigrations();
    expect(await migrate(db, all.slice(0, 2))).toEqual([1, 2]);
    const T = '0190d2c0-0000-7000-8000-000000000001';
    const U = '0190d2c0-0000-7000-8000-000000000002';
    const A = '0190d2c0-0000-7000-8000-000000000003';
    const TR = '0190d2c0-0000-7000-8000-000000000004';
    await sql`insert into tenants (id, slug, name) values (${T}, 'old', 'Old')`.execute(db);
    await sql`insert into users (tenant_id, id, display_name, roles) values (${T}, ${U}, 'U', '{member}')`.execute(
      db,
    );
    await sql`insert into accounts (tenant_id, id, user_id, name, broker, currency) values (${T}, ${A}, ${U}, 'A', 'x', 'USD')`.execute(
      db,
    );
    const legs = [
      {
        executionId: 'E1',
        executedAt: '2024-01-02T14:30:00.000Z',
        seq: 1,
        side: 'buy',
        quantity: '10',
        price: '100',
        fees: '1',
        effect: 'open',
      },
      {
        executionId: 'E2',
        executedAt: '2024-01-02T15:00:00.000Z',
        seq: 2,
        side: 'sell',
        quantity: '10',
        price: '101',
        fees: '1',
        effect: 'close',
        realizedPnl: '10',
      },
    ];
    await sql`insert into trades (tenant_id, id, account_id, symbol, asset_class, currency, multiplier, direction, status,
        opened_at, closed_at, quantity, entry_price, exit_price, gross_pnl, fees, net_pnl, holding_seconds,
        open_execution_id, close_execution_id, last_executed_at, last_seq, legs)
      values (${T}, ${TR}, ${A}, 'AAPL', 'stock', 'USD', 1, 'long', 'closed', '2024-01-02T14:30:00Z', '2024-01-02T15:00:00Z',
        10, 100, 101, 10, 2, 8, 1800, 'E1', 'E2', '2024-01-02T15:00:00Z', 2, ${JSON.stringify(legs)}::jsonb)`.execute(
      db,
    );

    expect(await migrate(db, all)).toEqual(all.slice(2).map((m) => m.version));
    const row = await sql<{
      legs: unknown;
      t: string;
    }>`select legs, pg_typeof(legs)::text as t from trades`.execute(db);
    expect(row.rows[0]!.t).toBe('json');
    expect(row.rows[0]!.legs).toEqual([
      { executionId: 'E1', quantity: '10', fees: '1', effect: 'open' },
      { executionId: 'E2', quantity: '10', fees: '1', effect: 'close', realizedPnl: '10' },
    ]);
    // The account reference still holds (now a trigger), and a deleted account takes its trades.
    await expect(
      sql`update trades set account_id = ${'0190d2c0-0000-7000-8000-0000000000ff'}`.execute(db),
    ).rejects.toMatchObject({ code: '23503' });
    await sql`delete from accounts`.execute(db);
    expect((await sql<{ n: number }>`select count(*)::int as n from trades`.execute(db)).rows[0]!.n).toBe(0);
  });
});
