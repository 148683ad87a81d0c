import { sql } from 'kysely';
import { openDatabase } from '../apps/api/src/db/database';
import { PERMISSIONS } from '../apps/api/src/auth/permissions';
import { baseTrades, equitySql, aggregateColumns } from '../apps/api/src/modules/analytics/analytics.sql';
const url = 'postgres://postgres@127.0.0.1:55432/jkbench';
const database = await openDatabase({ databaseUrl: url, dataDir: '' });
const t = await sql<{
  id: string;
  user_id: string;
  account: string;
}>`select a.tenant_id as id, a.user_id, a.id as account from accounts a limit 1`.execute(database.db);
const { id: tenantId, user_id: userId } = t.rows[0]!;
const p = {
  kind: 'user' as const,
  tenantId,
  userId,
  roles: ['member' as const],
  locale: 'en',
  tokenId: 'x',
  tokenKind: 'session' as const,
  permissions: new Set(PERMISSIONS),
};
const q = sql`explain (analyze, buffers off, timing on) ${equitySql(baseTrades(p, {}, { breakevenBand: '0', dayTimezone: null }))}
  select currency, ${aggregateColumns}, max(array[peak - equity, -k, peak]) as dd, max(streak) filter (where outcome > 0) from p group by currency`;
const r = await database.withTenant(tenantId, async (trx) => {
  await sql`set local work_mem = '256MB'`.execute(trx);
  await sql`set local jit = off`.execute(trx);
  return q.execute(trx);
});
console.log((r.rows as any[]).map((x) => x['QUERY PLAN']).join('\n'));
await database.close();
