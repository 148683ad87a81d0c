import { sql, type Insertable, type Updateable } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import { visible } from '../../auth/access';
import type { Tx } from '../../db/database';
import type { JournalEntriesTable } from '../../db/schema';
import { uuidv7 } from '../../lib/ids';
import type { AttachmentMeta } from './entries.mapper';

/** The columns an entry's input sets (PUT semantics: only those sent). */
export type EntryColumns = Pick<
  Updateable<JournalEntriesTable>,
  'body' | 'tags' | 'setup' | 'mistakes' | 'emotion' | 'rating' | 'initial_stop' | 'initial_risk'
>;

const ATTACHMENT_META = ['id', 'entry_id', 'filename', 'content_type', 'size', 'created_at'] as const;

/**
 * SQL for journal entries and their screenshots. Every call runs inside a tenant transaction
 * (RLS) and names the tenant too; which entries a caller reaches is auth/access.ts's rule.
 */
export const entriesRepository = {
  /** The entries the caller may see, all columns. */
  visible: (trx: Tx, p: TenantPrincipal) => visible.entries(trx, p).selectAll('e'),

  /** Creates the entry of a trade or of an account's day, or updates the one there (`conflict`). */
  upsert: (
    trx: Tx,
    row: Omit<Insertable<JournalEntriesTable>, 'id'>,
    columns: EntryColumns,
    conflict: 'trade' | 'day',
  ) =>
    trx
      .insertInto('journal_entries')
      .values({ ...row, id: uuidv7(), ...columns })
      .onConflict((oc) =>
        (conflict === 'trade'
          ? oc.columns(['tenant_id', 'trade_id']).where('trade_id', 'is not', null)
          : oc.columns(['tenant_id', 'account_id', 'day']).where('day', 'is not', null)
        ).doUpdateSet({ ...columns, updated_at: new Date() }),
      )
      .returningAll()
      .executeTakeFirstOrThrow(),

  /** A page of the caller's entries, newest first, one more than `limit` (lib/cursor's toPage). */
  list: (
    trx: Tx,
    p: TenantPrincipal,
    q: { limit: number; before?: string; accountId?: string; tag?: string },
  ) => {
    let query = entriesRepository
      .visible(trx, p)
      .orderBy('e.id', 'desc')
      .limit(q.limit + 1);
    if (q.accountId) query = query.where('e.account_id', '=', q.accountId);
    // An array parameter would be sent as a list (`@> ($1)`) and read as a malformed array
    // literal: build the one-element text[] in SQL.
    if (q.tag) query = query.where(sql<boolean>`e.tags @> array[${q.tag}]::text[]`);
    if (q.before) query = query.where('e.id', '<', q.before);
    return query.execute();
  },

  remove: (trx: Tx, tenantId: string, entryId: string) =>
    trx.deleteFrom('journal_entries').where('tenant_id', '=', tenantId).where('id', '=', entryId).execute(),

  /** Screenshots of the given entries, without their bytes, by entry. */
  async attachmentsOf(trx: Tx, tenantId: string, entryIds: readonly string[]) {
    const by = new Map<string, AttachmentMeta[]>();
    if (entryIds.length === 0) return by;
    const rows = await trx
      .selectFrom('attachments')
      .select(ATTACHMENT_META)
      .where('tenant_id', '=', tenantId)
      .where('entry_id', 'in', entryIds)
      .orderBy('id')
      .execute();
    for (const r of rows) by.set(r.entry_id, [...(by.get(r.entry_id) ?? []), r]);
    return by;
  },

  async countAttachments(trx: Tx, tenantId: string, entryId: string): Promise<number> {
    const r = await trx
      .selectFrom('attachments')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('entry_id', '=', entryId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  insertAttachment: (
    trx: Tx,
    row: { tenant_id: string; entry_id: string; filename: string; content_type: string; data: Buffer },
  ) =>
    trx
      .insertInto('attachments')
      .values({ ...row, id: uuidv7(), size: row.data.length })
      .returning(ATTACHMENT_META)
      .executeTakeFirstOrThrow(),

  attachment: (trx: Tx, tenantId: string, entryId: string, attachmentId: string) =>
    trx
      .selectFrom('attachments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('entry_id', '=', entryId)
      .where('id', '=', attachmentId)
      .executeTakeFirst(),

  removeAttachment: (trx: Tx, tenantId: string, attachmentId: string) =>
    trx.deleteFrom('attachments').where('tenant_id', '=', tenantId).where('id', '=', attachmentId).execute(),
};
