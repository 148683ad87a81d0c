import type { Insertable, Updateable } from 'kysely';
import { journalOwner, visible } from '../../auth/access';
import type { TenantPrincipal } from '../../auth/permissions';
import type { Tx } from '../../db/database';
import type { AccountsTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';

/**
 * SQL for broker accounts. Every call runs inside a tenant transaction (RLS) and names the tenant
 * too; which accounts a caller reaches is auth/access.ts's rule.
 */
export const accountsRepository = {
  userExists: async (trx: Tx, tenantId: string, userId: string) =>
    !!(await trx
      .selectFrom('users')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', userId)
      .executeTakeFirst()),

  insert: (trx: Tx, row: Omit<Insertable<AccountsTable>, 'id'>) =>
    trx
      .insertInto('accounts')
      .values({ ...row, id: uuidv7() })
      .returningAll()
      .executeTakeFirstOrThrow(),

  /** A page of the caller's accounts by id, one more than `limit` (lib/cursor's toPage). */
  list(
    trx: Tx,
    p: TenantPrincipal,
    q: {
      limit: number;
      after?: string | null;
      includeArchived?: boolean | undefined;
      userId?: string | undefined;
    },
  ) {
    let query = visible
      .accounts(trx, p)
      .selectAll('accounts')
      .orderBy('id')
      .limit(q.limit + 1);
    // An API key may narrow to one user's accounts; an end user sees only their own anyway.
    if (q.userId && journalOwner(p) === null) query = query.where('user_id', '=', q.userId);
    if (!q.includeArchived) query = query.where('archived_at', 'is', null);
    if (q.after) query = query.where('id', '>', q.after);
    return query.execute();
  },

  update: (trx: Tx, tenantId: string, accountId: string, set: Updateable<AccountsTable>) =>
    trx
      .updateTable('accounts')
      .set({ ...set, updated_at: new Date() })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', accountId)
      .returningAll()
      .executeTakeFirstOrThrow(),
};
