import { sql, type RawBuilder } from 'kysely';
import type { TenantDatabase, Tx } from '../db/database';
import { notFound } from '../lib/problems';
import type { TenantPrincipal } from './permissions';

/**
 * Who may see and touch which rows: the one place these rules live. Permissions (permissions.ts)
 * say which operations a caller may call; this module says which rows those operations reach.
 * Every service asks here — `visible.<resource>(trx, p)` to build a query over what the caller may
 * see, `requireAccess(trx, p, resource, ids)` to refuse ids it may not — and never writes a
 * `user_id = …` condition of its own. The next areas' rules (a private space's members, a
 * course's enrolled learners, an instructor's own courses) go here too.
 *
 * Row-level security already confines every query to the caller's tenant; these rules are the
 * walls inside a tenant. Whatever the caller may not see is "not found", never "forbidden", so
 * ids cannot be probed.
 */

/**
 * The journal rule: every member keeps a journal of their own — an end user reaches only their
 * own accounts and what hangs off them; an API key (a partner's backend) acts for the tenant and
 * reaches every user's. Returns the user whose rows the caller is confined to, or null for all.
 */
export function journalOwner(p: TenantPrincipal): string | null {
  return p.kind === 'user' ? p.userId : null;
}

/** Query builders over exactly the rows a caller may see. */
export const visible = {
  /** Accounts: the caller's own (end users) or the tenant's (API keys). */
  accounts(trx: Tx, p: TenantPrincipal) {
    const owner = journalOwner(p);
    const q = trx.selectFrom('accounts').where('accounts.tenant_id', '=', p.tenantId);
    return owner === null ? q : q.where('accounts.user_id', '=', owner);
  },

  /**
   * Trades (`t`) with their account (`a`) and journal entry (`e`, left-joined): those of accounts
   * the caller may see.
   */
  trades(trx: Tx, p: TenantPrincipal) {
    const owner = journalOwner(p);
    const q = trx
      .selectFrom('trades as t')
      .innerJoin('accounts as a', (j) =>
        j.onRef('a.tenant_id', '=', 't.tenant_id').onRef('a.id', '=', 't.account_id'),
      )
      .leftJoin('journal_entries as e', (j) =>
        j.onRef('e.tenant_id', '=', 't.tenant_id').onRef('e.trade_id', '=', 't.id'),
      )
      .where('t.tenant_id', '=', p.tenantId);
    return owner === null ? q : q.where('a.user_id', '=', owner);
  },

  /** Journal entries (`e`): the caller's own (end users) or the tenant's (API keys). */
  entries(trx: Tx, p: TenantPrincipal) {
    const owner = journalOwner(p);
    const q = trx.selectFrom('journal_entries as e').where('e.tenant_id', '=', p.tenantId);
    return owner === null ? q : q.where('e.user_id', '=', owner);
  },
};

/**
 * The same rules as SQL conditions, for the hand-written analytics queries: `alias` names the
 * accounts table in the query.
 */
export const visibleSql = {
  accounts(p: TenantPrincipal, alias: string): RawBuilder<unknown> {
    const owner = journalOwner(p);
    const tenant = sql`${sql.ref(`${alias}.tenant_id`)} = ${p.tenantId}`;
    return owner === null ? tenant : sql`${tenant} and ${sql.ref(`${alias}.user_id`)} = ${owner}`;
  },
};

/** An event about a user's journal reaches a stream when its caller may see that journal. */
export function canSeeEvent(p: TenantPrincipal, event: { userId: string | null }): boolean {
  const owner = journalOwner(p);
  return owner === null || event.userId === owner;
}

/**
 * Event topics — who hears an event (modules/events): `user:<id>` (that user's own, e.g. their
 * journal's changes), `tenant` (every member of the tenant), `<resource>:<id>` (whoever may see
 * that resource, by RESOURCES' rules below: `account:<id>` today; `space:<id>` reaches a space's
 * members and `course:<id>` a course's learners once those areas add their resource there).
 */
export type Topic = 'tenant' | `user:${string}` | `${Resource}:${string}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Whether the caller's stream may hear events on `topic`: an API key every topic of its tenant, an
 * end user the tenant's, their own user topic and the topics of resources they may see (a
 * database lookup, in a tenant transaction: streams keep the answer until their next credential
 * check). An unknown or malformed topic reaches API keys only.
 */
export async function canHearTopic(
  database: TenantDatabase,
  p: TenantPrincipal,
  topic: string,
): Promise<boolean> {
  if (journalOwner(p) === null) return true;
  if (topic === 'tenant') return true;
  const colon = topic.indexOf(':');
  const kind = topic.slice(0, colon);
  const id = topic.slice(colon + 1);
  if (colon < 0 || !id) return false;
  if (kind === 'user') return canSeeEvent(p, { userId: id });
  if (!Object.hasOwn(RESOURCES, kind) || !UUID.test(id)) return false;
  const rule = RESOURCES[kind as Resource];
  return database.withTenant(p.tenantId, async (trx) => (await rule.found(trx, p, [id])).length > 0);
}

const RESOURCES = {
  account: {
    label: 'The account',
    found: (trx: Tx, p: TenantPrincipal, ids: readonly string[]) =>
      visible.accounts(trx, p).select('accounts.id as id').where('accounts.id', 'in', ids).execute(),
  },
  trade: {
    label: 'The trade',
    found: (trx: Tx, p: TenantPrincipal, ids: readonly string[]) =>
      visible.trades(trx, p).select('t.id as id').where('t.id', 'in', ids).execute(),
  },
  entry: {
    label: 'The journal entry',
    found: (trx: Tx, p: TenantPrincipal, ids: readonly string[]) =>
      visible.entries(trx, p).select('e.id as id').where('e.id', 'in', ids).execute(),
  },
} as const;

export type Resource = keyof typeof RESOURCES;

/**
 * Refuses, as "not found", any id the caller may not reach (or that does not exist): the check
 * every operation on named rows makes before it reads or writes them.
 */
export async function requireAccess(
  trx: Tx,
  p: TenantPrincipal,
  resource: Resource,
  ids: readonly string[],
): Promise<void> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return;
  const rule = RESOURCES[resource];
  const found = new Set((await rule.found(trx, p, wanted)).map((r) => r.id));
  if (wanted.some((id) => !found.has(id))) throw notFound(rule.label);
}

/** The account a caller may use, whole: most operations on an account need its row anyway. */
export async function requireAccount(trx: Tx, p: TenantPrincipal, accountId: string) {
  const row = await visible
    .accounts(trx, p)
    .selectAll('accounts')
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw notFound(RESOURCES.account.label);
  return row;
}
