import { sql, type Selectable } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import type { TenantDatabase, Tx } from '../../db/database';
import type { AttachmentsTable, JournalEntriesTable } from '../../db/schema';
import { plainOrNull } from '../../lib/boundedDecimals';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import { badRequest, HttpProblem, notFound, type FieldError } from '../../lib/problems';
import { requireAccount, visible } from '../../auth/access';
import type { EventBus } from '../events/eventBus';
import { Decimal } from '../journal/engine';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 20;
/** Names this list's cursors, so another list's are refused (lib/cursor). */
const ENTRIES_LIST = 'journal-entries';

export interface EntryInput {
  body?: string;
  tags?: string[];
  setup?: string | null;
  mistakes?: string[];
  emotion?: string | null;
  rating?: number | null;
  initialStop?: string | null;
  initialRisk?: string | null;
}

type AttachmentMeta = Omit<Selectable<AttachmentsTable>, 'data' | 'tenant_id'>;

export function toEntry(e: Selectable<JournalEntriesTable>, attachments: AttachmentMeta[] = []) {
  return {
    id: e.id,
    accountId: e.account_id,
    tradeId: e.trade_id,
    day:
      e.day === null ? null : typeof e.day === 'string' ? e.day : (e.day as Date).toISOString().slice(0, 10),
    body: e.body,
    tags: e.tags,
    setup: e.setup,
    mistakes: e.mistakes,
    emotion: e.emotion,
    rating: e.rating,
    initialStop: plainOrNull(e.initial_stop),
    initialRisk: plainOrNull(e.initial_risk),
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.content_type,
      size: a.size,
      createdAt: a.created_at.toISOString(),
    })),
    createdAt: e.created_at.toISOString(),
    updatedAt: e.updated_at.toISOString(),
  };
}

/** The image type a file really is, from its first bytes (the declared type is not trusted). */
export function sniffImage(data: Buffer): string | null {
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (
    data.length >= 12 &&
    data.toString('ascii', 0, 4) === 'RIFF' &&
    data.toString('ascii', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  if (data.length >= 6 && /^GIF8[79]a$/.test(data.toString('ascii', 0, 6))) return 'image/gif';
  return null;
}

/** Labels as stored: trimmed, each once (["a", "a "] is one tag). */
const labels = (values: string[]) => [...new Set(values.map((t) => t.trim()))];

/**
 * What the schema cannot say: an amount at risk is greater than 0 (the column's check; null is
 * "no risk"), and a label is not blank once trimmed. A 400 naming the field, before any write.
 */
function checkInput(input: EntryInput) {
  const errors: FieldError[] = [];
  if (typeof input.initialRisk === 'string' && Decimal.from(input.initialRisk).sign() <= 0)
    errors.push({ field: '/body/initialRisk', message: 'must be greater than 0 (send null for no risk)' });
  for (const key of ['tags', 'mistakes'] as const) {
    input[key]?.forEach((t, i) => {
      if (t.trim() === '') errors.push({ field: `/body/${key}/${i}`, message: 'must not be blank' });
    });
  }
  if (errors.length) {
    throw badRequest(
      'validation-error',
      'Invalid request',
      `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors
        .map((e) => `${e.field} ${e.message}`)
        .join('; ')}.`,
      { errors },
    );
  }
}

function fields(input: EntryInput) {
  return {
    ...(input.body !== undefined ? { body: input.body } : {}),
    ...(input.tags !== undefined ? { tags: labels(input.tags) } : {}),
    ...(input.setup !== undefined ? { setup: input.setup } : {}),
    ...(input.mistakes !== undefined ? { mistakes: labels(input.mistakes) } : {}),
    ...(input.emotion !== undefined ? { emotion: input.emotion } : {}),
    ...(input.rating !== undefined ? { rating: input.rating } : {}),
    ...(input.initialStop !== undefined ? { initial_stop: input.initialStop } : {}),
    ...(input.initialRisk !== undefined ? { initial_risk: input.initialRisk } : {}),
  };
}

export class EntriesService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly events: EventBus,
  ) {}

  private async attachmentsOf(trx: Tx, tenantId: string, entryIds: string[]) {
    if (entryIds.length === 0) return new Map<string, AttachmentMeta[]>();
    const rows = await trx
      .selectFrom('attachments')
      .select(['id', 'entry_id', 'filename', 'content_type', 'size', 'created_at'])
      .where('tenant_id', '=', tenantId)
      .where('entry_id', 'in', entryIds)
      .orderBy('id')
      .execute();
    const by = new Map<string, AttachmentMeta[]>();
    for (const r of rows) by.set(r.entry_id, [...(by.get(r.entry_id) ?? []), r]);
    return by;
  }

  /** Creates or updates the trade's entry (PUT semantics on the fields sent). */
  async putForTrade(p: TenantPrincipal, tradeId: string, input: EntryInput) {
    checkInput(input);
    const { entry, userId } = await this.database.withTenant(p.tenantId, async (trx) => {
      const trade = await visible
        .trades(trx, p)
        .select(['t.id', 't.account_id', 't.asset_class', 't.symbol', 't.opened_at', 'a.user_id'])
        .where('t.id', '=', tradeId)
        .executeTakeFirst();
      if (!trade) throw notFound('The trade');
      const now = new Date();
      const row = await trx
        .insertInto('journal_entries')
        .values({
          tenant_id: p.tenantId,
          id: uuidv7(),
          account_id: trade.account_id,
          user_id: trade.user_id,
          trade_id: trade.id,
          instrument: `${trade.asset_class}:${trade.symbol}`,
          opened_at: trade.opened_at,
          ...fields(input),
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'trade_id'])
            .where('trade_id', 'is not', null)
            .doUpdateSet({ ...fields(input), updated_at: now }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      const atts = await this.attachmentsOf(trx, p.tenantId, [row.id]);
      return { entry: toEntry(row, atts.get(row.id)), userId: trade.user_id };
    });
    this.events.publish(p.tenantId, {
      type: 'entry.changed',
      accountId: entry.accountId,
      userId,
      ids: [entry.id, tradeId],
    });
    return entry;
  }

  async putForDay(p: TenantPrincipal, accountId: string, day: string, input: EntryInput) {
    checkInput(input);
    const entry = await this.database.withTenant(p.tenantId, async (trx) => {
      const account = await requireAccount(trx, p, accountId);
      const row = await trx
        .insertInto('journal_entries')
        .values({
          tenant_id: p.tenantId,
          id: uuidv7(),
          account_id: account.id,
          user_id: account.user_id,
          day,
          ...fields(input),
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'account_id', 'day'])
            .where('day', 'is not', null)
            .doUpdateSet({ ...fields(input), updated_at: new Date() }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      const atts = await this.attachmentsOf(trx, p.tenantId, [row.id]);
      return { entry: toEntry(row, atts.get(row.id)), userId: account.user_id };
    });
    this.events.publish(p.tenantId, {
      type: 'entry.changed',
      accountId,
      userId: entry.userId,
      ids: [entry.entry.id],
    });
    return entry.entry;
  }

  private visibleEntries(trx: Tx, p: TenantPrincipal) {
    return visible.entries(trx, p).selectAll('e');
  }

  async get(p: TenantPrincipal, entryId: string) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const row = await this.visibleEntries(trx, p).where('e.id', '=', entryId).executeTakeFirst();
      if (!row) throw notFound('The journal entry');
      return toEntry(row, (await this.attachmentsOf(trx, p.tenantId, [row.id])).get(row.id));
    });
  }

  async getForTrade(p: TenantPrincipal, tradeId: string) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const trade = await visible
        .trades(trx, p)
        .select('t.id')
        .where('t.id', '=', tradeId)
        .executeTakeFirst();
      if (!trade) throw notFound('The trade');
      const row = await this.visibleEntries(trx, p).where('e.trade_id', '=', tradeId).executeTakeFirst();
      if (!row) throw notFound('The journal entry');
      return toEntry(row, (await this.attachmentsOf(trx, p.tenantId, [row.id])).get(row.id));
    });
  }

  async list(p: TenantPrincipal, q: { cursor?: string; limit?: number; accountId?: string; tag?: string }) {
    const after = decodeCursor(q.cursor, ENTRIES_LIST);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      let query = this.visibleEntries(trx, p)
        .orderBy('e.id', 'desc')
        .limit(limit + 1);
      if (q.accountId) query = query.where('e.account_id', '=', q.accountId);
      // An array parameter would be sent as a list (`@> ($1)`) and read as a malformed array
      // literal: build the one-element text[] in SQL. Tags are stored trimmed, so is the filter.
      if (q.tag?.trim()) query = query.where(sql<boolean>`e.tags @> array[${q.tag.trim()}]::text[]`);
      if (after) query = query.where('e.id', '<', after);
      const page = toPage(await query.execute(), limit, ENTRIES_LIST);
      const atts = await this.attachmentsOf(
        trx,
        p.tenantId,
        page.data.map((r) => r.id),
      );
      return { data: page.data.map((r) => toEntry(r, atts.get(r.id))), nextCursor: page.nextCursor };
    });
  }

  async remove(p: TenantPrincipal, entryId: string) {
    await this.database.withTenant(p.tenantId, async (trx) => {
      const row = await this.visibleEntries(trx, p).where('e.id', '=', entryId).executeTakeFirst();
      if (!row) throw notFound('The journal entry');
      await trx
        .deleteFrom('journal_entries')
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', entryId)
        .execute();
    });
  }

  async addAttachment(p: TenantPrincipal, entryId: string, file: { filename: string; data: Buffer }) {
    const type = sniffImage(file.data);
    if (!type) {
      throw new HttpProblem(
        415,
        'unsupported-attachment',
        'Unsupported attachment',
        'Screenshots must be PNG, JPEG, WebP or GIF images.',
      );
    }
    return this.database.withTenant(p.tenantId, async (trx) => {
      // The entry row is locked until this transaction ends, so concurrent uploads to one entry
      // count one after another (each sees those committed before it) and the limit holds; a
      // delete of the entry waits too, so no upload lands on an entry being removed.
      const entry = await this.visibleEntries(trx, p)
        .where('e.id', '=', entryId)
        .forUpdate()
        .executeTakeFirst();
      if (!entry) throw notFound('The journal entry');
      const count = await trx
        .selectFrom('attachments')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('tenant_id', '=', p.tenantId)
        .where('entry_id', '=', entryId)
        .executeTakeFirstOrThrow();
      if (Number(count.n) >= MAX_ATTACHMENTS) {
        throw new HttpProblem(
          409,
          'too-many-attachments',
          'Too many attachments',
          `An entry holds at most ${MAX_ATTACHMENTS} screenshots.`,
        );
      }
      const row = await trx
        .insertInto('attachments')
        .values({
          tenant_id: p.tenantId,
          id: uuidv7(),
          entry_id: entryId,
          filename: file.filename.slice(0, 255) || 'screenshot',
          content_type: type,
          size: file.data.length,
          data: file.data,
        })
        .returning(['id', 'entry_id', 'filename', 'content_type', 'size', 'created_at'])
        .executeTakeFirstOrThrow();
      return toEntry(entry, [row]).attachments[0]!;
    });
  }

  async getAttachment(p: TenantPrincipal, entryId: string, attachmentId: string) {
    const row = await this.database.withTenant(p.tenantId, async (trx) => {
      const entry = await this.visibleEntries(trx, p).where('e.id', '=', entryId).executeTakeFirst();
      if (!entry) throw notFound('The journal entry');
      return trx
        .selectFrom('attachments')
        .selectAll()
        .where('tenant_id', '=', p.tenantId)
        .where('entry_id', '=', entryId)
        .where('id', '=', attachmentId)
        .executeTakeFirst();
    });
    if (!row) throw notFound('The attachment');
    return row;
  }

  async removeAttachment(p: TenantPrincipal, entryId: string, attachmentId: string) {
    await this.getAttachment(p, entryId, attachmentId);
    await this.database.withTenant(p.tenantId, (trx) =>
      trx
        .deleteFrom('attachments')
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', attachmentId)
        .execute(),
    );
  }
}
