import { sql } from 'kysely';
import type { SystemDatabase, TenantDatabase, Tx } from '../../db/database';

/**
 * The event log's SQL (migration 0011): events per tenant with ids 1, 2, 3 … in commit order
 * (the tenant's event_counters row, locked by the writing transaction until it commits, hands
 * them out), read back after an id, purged after the retention window.
 */

/** The one NOTIFY channel every API process listens on (payloads: see eventBus.ts). */
export const EVENTS_CHANNEL = 'journalkit_events';

/** An event as stored and as streams send it. */
export interface StoredEvent {
  id: number;
  topic: string;
  type: string;
  /** The JSON streams send as `data:`. */
  data: string;
}

export type NewEvent = Omit<StoredEvent, 'id'>;

/** The notice for "the tenant's events up to `lastId` are committed". */
export const storedNotice = (tenantId: string, lastId: number) => `e:${tenantId}:${lastId}`;

/**
 * Appends `events` in order inside `trx` (a withTenant transaction of `tenantId`) and notifies
 * every API process once it commits. Takes the tenant's counter lock until the transaction ends:
 * call it last in a long transaction. Returns the last id written.
 */
export async function appendEvents(trx: Tx, tenantId: string, events: readonly NewEvent[]): Promise<number> {
  if (!events.length) throw new Error('appendEvents: no events');
  const n = events.length;
  const { rows } = await sql<{ last: string }>`
    insert into event_counters (tenant_id, last_id) values (${tenantId}, ${n})
    on conflict (tenant_id) do update set last_id = event_counters.last_id + excluded.last_id
    returning last_id::text as last`.execute(trx);
  const last = Number(rows[0]!.last);
  const first = last - n + 1;
  await trx
    .insertInto('events')
    .values(
      events.map((e, i) => ({
        tenant_id: tenantId,
        id: String(first + i),
        topic: e.topic,
        type: e.type,
        data: e.data,
      })),
    )
    .execute();
  await sql`select pg_notify(${EVENTS_CHANNEL}, ${storedNotice(tenantId, last)})`.execute(trx);
  return last;
}

/** Sends notices on the events channel, in order (one statement, delivered in that order). */
export async function sendNotices(database: SystemDatabase, payloads: readonly string[]): Promise<void> {
  if (!payloads.length) return;
  const calls = sql.join(payloads.map((p) => sql`pg_notify(${EVENTS_CHANNEL}, ${p})`));
  await database.withSystem((trx) => sql`select ${calls}`.execute(trx));
}

/** The tenant's events after `after`, in id order, at most `limit`. */
export async function readAfter(
  database: TenantDatabase,
  tenantId: string,
  after: number,
  limit: number,
): Promise<StoredEvent[]> {
  const rows = await database.withTenant(tenantId, (trx) =>
    trx
      .selectFrom('events')
      // (Ordered by the column, not by the text the id is read as.)
      .select([sql<string>`events.id::text`.as('event_id'), 'topic', 'type', 'data'])
      .where('tenant_id', '=', tenantId)
      .where('events.id', '>', String(after))
      .orderBy('events.id')
      .limit(limit)
      .execute(),
  );
  return rows.map(({ event_id, ...r }) => ({ ...r, id: Number(event_id) }));
}

/** Where the tenant's log stands: its last id (0: none yet) and the oldest id still kept. */
export async function positionOf(
  database: TenantDatabase,
  tenantId: string,
): Promise<{ last: number; oldest: number | null }> {
  const row = await database.withTenant(tenantId, async (trx) => {
    const { rows } = await sql<{ last: string | null; oldest: string | null }>`
      select (select last_id from event_counters where tenant_id = ${tenantId})::text as last,
             (select min(id) from events where tenant_id = ${tenantId})::text as oldest`.execute(trx);
    return rows[0]!;
  });
  return { last: Number(row.last ?? 0), oldest: row.oldest === null ? null : Number(row.oldest) };
}

/**
 * Deletes events older than the retention window, for every tenant. Always a prefix of a
 * tenant's log (every id up to the newest old one), so what is kept has no holes: a stream asking
 * to resume from an id either gets everything after it or is told to start over.
 */
export async function purgeEvents(database: SystemDatabase, retentionSeconds: number): Promise<number> {
  const result = await database.withSystem((trx) =>
    sql`
      delete from events e
      using (
        select tenant_id, max(id) as upto from events
        where created_at < now() - make_interval(secs => ${retentionSeconds})
        group by tenant_id
      ) old
      where e.tenant_id = old.tenant_id and e.id <= old.upto`.execute(trx),
  );
  return Number(result.numAffectedRows ?? 0);
}
