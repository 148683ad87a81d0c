import type { Selectable } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import { journalOwner, requireAccount, visible } from '../../auth/access';
import type { TenantDatabase } from '../../db/database';
import type { AccountsTable } from '../../db/schema';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import { badRequest, notFound } from '../../lib/problems';
import { isTimezone } from '../../lib/time';

/** Names this list's cursors, so another list's are refused (lib/cursor). */
const ACCOUNTS_LIST = 'accounts';

export function toAccount(row: Selectable<AccountsTable>) {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    broker: row.broker,
    brokerAccount: row.broker_account,
    currency: row.currency,
    timezone: row.timezone,
    startingBalance: row.starting_balance === null ? null : normalizeDecimal(row.starting_balance),
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** "25000.00000000" → "25000"; "12.50000000" → "12.5". */
export function normalizeDecimal(v: string): string {
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

function checkTimezone(tz: string | undefined) {
  if (tz === undefined) return;
  if (!isTimezone(tz)) {
    throw badRequest('validation-error', 'Invalid request', `Unknown timezone "${tz}".`, {
      errors: [{ field: '/body/timezone', message: 'must be an IANA timezone such as America/New_York' }],
    });
  }
}

// The account rule lives with every other visibility rule (auth/access.ts).
export { requireAccount } from '../../auth/access';

export class AccountsService {
  constructor(private readonly database: TenantDatabase) {}

  async create(
    p: TenantPrincipal,
    input: {
      name: string;
      broker: string;
      currency: string;
      timezone?: string;
      startingBalance?: string;
      brokerAccount?: string;
      userId?: string;
    },
  ) {
    checkTimezone(input.timezone);
    return this.database.withTenant(p.tenantId, async (trx) => {
      let userId: string;
      if (p.kind === 'user') userId = p.userId;
      else {
        if (!input.userId) {
          throw badRequest('validation-error', 'Invalid request', 'API keys must say whose account it is.', {
            errors: [{ field: '/body/userId', message: 'is required when calling with an API key' }],
          });
        }
        const user = await trx
          .selectFrom('users')
          .select('id')
          .where('tenant_id', '=', p.tenantId)
          .where('id', '=', input.userId)
          .executeTakeFirst();
        if (!user) throw notFound('The user');
        userId = user.id;
      }
      const row = await trx
        .insertInto('accounts')
        .values({
          tenant_id: p.tenantId,
          id: uuidv7(),
          user_id: userId,
          name: input.name,
          broker: input.broker,
          broker_account: input.brokerAccount ?? null,
          currency: input.currency,
          timezone: input.timezone ?? 'UTC',
          starting_balance: input.startingBalance ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAccount(row);
    });
  }

  list(
    p: TenantPrincipal,
    q: { cursor?: string; limit?: number; includeArchived?: boolean; userId?: string },
  ) {
    const after = decodeCursor(q.cursor, ACCOUNTS_LIST);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      let query = visible
        .accounts(trx, p)
        .selectAll('accounts')
        .orderBy('id')
        .limit(limit + 1);
      // An API key may narrow to one user's accounts; an end user sees only their own anyway.
      if (q.userId && journalOwner(p) === null) query = query.where('user_id', '=', q.userId);
      if (!q.includeArchived) query = query.where('archived_at', 'is', null);
      if (after) query = query.where('id', '>', after);
      const page = toPage(await query.execute(), limit, ACCOUNTS_LIST);
      return { data: page.data.map(toAccount), nextCursor: page.nextCursor };
    });
  }

  async get(p: TenantPrincipal, accountId: string) {
    return this.database.withTenant(p.tenantId, async (trx) =>
      toAccount(await requireAccount(trx, p, accountId)),
    );
  }

  async update(
    p: TenantPrincipal,
    accountId: string,
    input: {
      name?: string;
      broker?: string;
      brokerAccount?: string | null;
      timezone?: string;
      startingBalance?: string | null;
    },
  ) {
    checkTimezone(input.timezone);
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const row = await trx
        .updateTable('accounts')
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.broker !== undefined ? { broker: input.broker } : {}),
          ...(input.brokerAccount !== undefined ? { broker_account: input.brokerAccount } : {}),
          ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
          ...(input.startingBalance !== undefined ? { starting_balance: input.startingBalance } : {}),
          updated_at: new Date(),
        })
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', accountId)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAccount(row);
    });
  }

  /** Archived accounts leave lists and analytics by default; their data stays. */
  async setArchived(p: TenantPrincipal, accountId: string, archived: boolean) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const current = await requireAccount(trx, p, accountId);
      const row = await trx
        .updateTable('accounts')
        .set({ archived_at: archived ? (current.archived_at ?? new Date()) : null, updated_at: new Date() })
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', accountId)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toAccount(row);
    });
  }
}
