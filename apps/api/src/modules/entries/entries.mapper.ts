import type { Selectable } from 'kysely';
import type { AttachmentsTable, JournalEntriesTable } from '../../db/schema';
import { plainOrNull } from '../../lib/boundedDecimals';
import { EMOTIONS } from './entries.schemas';

type Emotion = (typeof EMOTIONS)[number];
const isEmotion = (v: string | null): v is Emotion =>
  v !== null && (EMOTIONS as readonly string[]).includes(v);

/** An attachment's row without its bytes and tenant: what lists and answers show. */
export type AttachmentMeta = Omit<Selectable<AttachmentsTable>, 'data' | 'tenant_id'>;

/** A journal entry row (and its attachments' rows) as the API answers it. */
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
    // Only the API writes it (from the same list); a value from outside reads as none.
    emotion: isEmotion(e.emotion) ? e.emotion : null,
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
