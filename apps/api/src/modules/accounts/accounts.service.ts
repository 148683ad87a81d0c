import type { Static } from 'typebox';
import type { TenantPrincipal } from '../../auth/permissions';
import { journalOwner, requireAccount } from '../../auth/access';
import type { TenantDatabase } from '../../db/database';
import { decodeCursor, toPage } from '../../lib/cursor';
import { badRequest, notFound } from '../../lib/problems';
import { isTimezone } from '../../lib/time';
import { toAccount } from './accounts.mapper';
import { accountsRepository as repo } from './accounts.repository';
import type { CreateAccountBody, ListAccountsQuery, UpdateAccountBody } from './accounts.schemas';

export { normalizeDecimal, toAccount } from './accounts.mapper';

/** The route schemas' types, not a second declaration. */
export type CreateAccountInput = Static<typeof CreateAccountBody>;
export type UpdateAccountInput = Static<typeof UpdateAccountBody>;
export type ListAccountsInput = Static<typeof ListAccountsQuery>;

/** Names this list's cursors, so another list's are refused (lib/cursor). */
const ACCOUNTS_LIST = 'accounts';

function checkTimezone(tz: string | undefined) {
  if (tz === undefined) return;
  if (!isTimezone(tz)) {
    throw badRequest('validation-error', 'Invalid request', `Unknown timezone "${tz}".`, {
      errors: [{ field: '/body/timezone', message: 'must be an IANA timezone such as America/New_York' }],
    });
  }
}

export class AccountsService {
  constructor(private readonly database: TenantDatabase) {}

  async create(p: TenantPrincipal, input: CreateAccountInput) {
    checkTimezone(input.timezone);
    return this.database.withTenant(p.tenantId, async (trx) => {
      let userId = journalOwner(p);
      if (userId === null) {
        if (!input.userId) {
          throw badRequest('validation-error', 'Invalid request', 'API keys must say whose account it is.', {
            errors: [{ field: '/body/userId', message: 'is required when calling with an API key' }],
          });
        }
        if (!(await repo.userExists(trx, p.tenantId, input.userId))) throw notFound('The user');
        userId = input.userId;
      }
      const row = await repo.insert(trx, {
        tenant_id: p.tenantId,
        user_id: userId,
        name: input.name,
        broker: input.broker,
        broker_account: input.brokerAccount ?? null,
        currency: input.currency,
        timezone: input.timezone ?? 'UTC',
        starting_balance: input.startingBalance ?? null,
      });
      return toAccount(row);
    });
  }

  list(p: TenantPrincipal, q: ListAccountsInput) {
    const after = decodeCursor(q.cursor, ACCOUNTS_LIST);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      const rows = await repo.list(trx, p, {
        limit,
        after,
        includeArchived: q.includeArchived,
        userId: q.userId,
      });
      const page = toPage(rows, limit, ACCOUNTS_LIST);
      return { data: page.data.map(toAccount), nextCursor: page.nextCursor };
    });
  }

  async get(p: TenantPrincipal, accountId: string) {
    return this.database.withTenant(p.tenantId, async (trx) =>
      toAccount(await requireAccount(trx, p, accountId)),
    );
  }

  async update(p: TenantPrincipal, accountId: string, input: UpdateAccountInput) {
    checkTimezone(input.timezone);
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccount(trx, p, accountId);
      const row = await repo.update(trx, p.tenantId, accountId, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.broker !== undefined ? { broker: input.broker } : {}),
        ...(input.brokerAccount !== undefined ? { broker_account: input.brokerAccount } : {}),
        ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
        ...(input.startingBalance !== undefined ? { starting_balance: input.startingBalance } : {}),
      });
      return toAccount(row);
    });
  }

  /** Archived accounts leave lists and analytics by default; their data stays. */
  async setArchived(p: TenantPrincipal, accountId: string, archived: boolean) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const current = await requireAccount(trx, p, accountId);
      const row = await repo.update(trx, p.tenantId, accountId, {
        archived_at: archived ? (current.archived_at ?? new Date()) : null,
      });
      return toAccount(row);
    });
  }
}
