import type { Selectable } from 'kysely';
import type { Tx } from '../../db/database';
import type { UsersTable } from '../../db/schema';

/** SQL for users; every call runs inside a tenant transaction (RLS) and names the tenant too. */
export const usersRepository = {
  byId: (trx: Tx, tenantId: string, id: string) =>
    trx
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  byExternalId: (trx: Tx, tenantId: string, externalId: string) =>
    trx
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('external_id', '=', externalId)
      .executeTakeFirst(),
  list: (
    trx: Tx,
    tenantId: string,
    q: { after?: string; limit: number; externalId?: string; email?: string },
  ): Promise<Selectable<UsersTable>[]> => {
    let query = trx
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('id')
      .limit(q.limit + 1);
    if (q.after) query = query.where('id', '>', q.after);
    if (q.externalId) query = query.where('external_id', '=', q.externalId);
    if (q.email) query = query.where((eb) => eb(eb.fn('lower', ['email']), '=', q.email!.toLowerCase()));
    return query.execute();
  },
};

export function toUser(row: Selectable<UsersTable>) {
  return {
    id: row.id,
    externalId: row.external_id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    roles: row.roles as Array<'owner' | 'admin' | 'moderator' | 'instructor' | 'member'>,
    status: row.status,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
