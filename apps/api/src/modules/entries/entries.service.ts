import type { Static } from 'typebox';
import type { Selectable } from 'kysely';
import type { TenantPrincipal } from '../../auth/permissions';
import { requireAccess, requireAccount, visible } from '../../auth/access';
import type { TenantDatabase, Tx } from '../../db/database';
import type { JournalEntriesTable } from '../../db/schema';
import { decodeCursor, toPage } from '../../lib/cursor';
import { HttpProblem, invalidFields, notFound, type FieldError } from '../../lib/problems';
import type { EventBus } from '../events/eventBus';
import { Decimal } from '../journal/engine';
import { toEntry } from './entries.mapper';
import { entriesRepository as repo, type EntryColumns } from './entries.repository';
import type { ListEntriesQuery, PutEntryBody } from './entries.schemas';

export { toEntry } from './entries.mapper';

const MAX_ATTACHMENTS = 20;
/** Names this list's cursors, so another list's are refused (lib/cursor). */
const ENTRIES_LIST = 'journal-entries';

/** What PUT …/journal sends (the route schema's type, not a second declaration). */
export type EntryInput = Static<typeof PutEntryBody>;
export type ListEntriesInput = Static<typeof ListEntriesQuery>;

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
    throw invalidFields(errors);
  }
}

function fields(input: EntryInput): EntryColumns {
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
      const row = await repo.upsert(
        trx,
        {
          tenant_id: p.tenantId,
          account_id: trade.account_id,
          user_id: trade.user_id,
          trade_id: trade.id,
          instrument: `${trade.asset_class}:${trade.symbol}`,
          opened_at: trade.opened_at,
        },
        fields(input),
        'trade',
      );
      return { entry: await this.answer(trx, p, row), userId: trade.user_id };
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
    const { entry, userId } = await this.database.withTenant(p.tenantId, async (trx) => {
      const account = await requireAccount(trx, p, accountId);
      const row = await repo.upsert(
        trx,
        { tenant_id: p.tenantId, account_id: account.id, user_id: account.user_id, day },
        fields(input),
        'day',
      );
      return { entry: await this.answer(trx, p, row), userId: account.user_id };
    });
    this.events.publish(p.tenantId, { type: 'entry.changed', accountId, userId, ids: [entry.id] });
    return entry;
  }

  /** An entry row with its screenshots, as the API answers it. */
  private async answer(trx: Tx, p: TenantPrincipal, row: Selectable<JournalEntriesTable>) {
    return toEntry(row, (await repo.attachmentsOf(trx, p.tenantId, [row.id])).get(row.id));
  }

  private async requireEntry(trx: Tx, p: TenantPrincipal, entryId: string, lock = false) {
    let q = repo.visible(trx, p).where('e.id', '=', entryId);
    if (lock) q = q.forUpdate();
    const row = await q.executeTakeFirst();
    if (!row) throw notFound('The journal entry');
    return row;
  }

  async get(p: TenantPrincipal, entryId: string) {
    return this.database.withTenant(p.tenantId, async (trx) =>
      this.answer(trx, p, await this.requireEntry(trx, p, entryId)),
    );
  }

  async getForTrade(p: TenantPrincipal, tradeId: string) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      await requireAccess(trx, p, 'trade', [tradeId]);
      const row = await repo.visible(trx, p).where('e.trade_id', '=', tradeId).executeTakeFirst();
      if (!row) throw notFound('The journal entry');
      return this.answer(trx, p, row);
    });
  }

  async list(p: TenantPrincipal, q: ListEntriesInput) {
    const before = decodeCursor(q.cursor, ENTRIES_LIST);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      // Tags are stored trimmed, so is the filter; a blank one is no filter.
      const tag = q.tag?.trim();
      const rows = await repo.list(trx, p, {
        limit,
        ...(before && { before }),
        ...(q.accountId && { accountId: q.accountId }),
        ...(tag && { tag }),
      });
      const page = toPage(rows, limit, ENTRIES_LIST);
      const atts = await repo.attachmentsOf(
        trx,
        p.tenantId,
        page.data.map((r) => r.id),
      );
      return { data: page.data.map((r) => toEntry(r, atts.get(r.id))), nextCursor: page.nextCursor };
    });
  }

  async remove(p: TenantPrincipal, entryId: string) {
    await this.database.withTenant(p.tenantId, async (trx) => {
      await this.requireEntry(trx, p, entryId);
      await repo.remove(trx, p.tenantId, entryId);
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
      const entry = await this.requireEntry(trx, p, entryId, true);
      if ((await repo.countAttachments(trx, p.tenantId, entryId)) >= MAX_ATTACHMENTS) {
        throw new HttpProblem(
          409,
          'too-many-attachments',
          'Too many attachments',
          `An entry holds at most ${MAX_ATTACHMENTS} screenshots.`,
        );
      }
      const row = await repo.insertAttachment(trx, {
        tenant_id: p.tenantId,
        entry_id: entryId,
        filename: file.filename.slice(0, 255) || 'screenshot',
        content_type: type,
        data: file.data,
      });
      return toEntry(entry, [row]).attachments[0]!;
    });
  }

  async getAttachment(p: TenantPrincipal, entryId: string, attachmentId: string) {
    const row = await this.database.withTenant(p.tenantId, async (trx) => {
      await this.requireEntry(trx, p, entryId);
      return repo.attachment(trx, p.tenantId, entryId, attachmentId);
    });
    if (!row) throw notFound('The attachment');
    return row;
  }

  async removeAttachment(p: TenantPrincipal, entryId: string, attachmentId: string) {
    await this.getAttachment(p, entryId, attachmentId);
    await this.database.withTenant(p.tenantId, (trx) => repo.removeAttachment(trx, p.tenantId, attachmentId));
  }
}
