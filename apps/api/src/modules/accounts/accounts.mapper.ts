import type { Selectable } from 'kysely';
import type { AccountsTable } from '../../db/schema';

/** An account row as the API answers it. */
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
