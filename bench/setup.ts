/** The benchmarks' tenant, user and trading account, created directly in the database. */
import type { Database } from '../apps/api/src/db/database';
import { uuidv7 } from '../apps/api/src/lib/ids';

export async function benchAccount(
  database: Database,
  account: { timezone: string; startingBalance: string | null },
): Promise<{ tenantId: string; userId: string; accountId: string }> {
  const ids = { tenantId: uuidv7(), userId: uuidv7(), accountId: uuidv7() };
  await database.withSystem(async (trx) => {
    await trx
      .insertInto('tenants')
      .values({ id: ids.tenantId, slug: 'bench', name: 'Bench', limits: '{}', settings: '{}' })
      .execute();
    await trx
      .insertInto('users')
      .values({ tenant_id: ids.tenantId, id: ids.userId, display_name: 'Bench', roles: ['member'] })
      .execute();
    await trx
      .insertInto('accounts')
      .values({
        tenant_id: ids.tenantId,
        id: ids.accountId,
        user_id: ids.userId,
        name: 'Bench',
        broker: 'x',
        currency: 'USD',
        timezone: account.timezone,
        starting_balance: account.startingBalance,
      })
      .execute();
  });
  return ids;
}
