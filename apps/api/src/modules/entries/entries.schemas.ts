import { Type } from 'typebox';
import { PageQuery } from '../../lib/cursor';
import { BoundedDecimal, DECIMAL_24_8 } from '../../lib/boundedDecimals';
import { DateTime, DecimalString, IsoDate, Nullable, Uuid, named } from '../../lib/schemas';

const Label = Type.String({ minLength: 1, maxLength: 60 });
/** Tags and mistakes (entries.service trims them). */
const ListLabel = Type.String({
  minLength: 1,
  maxLength: 60,
  description: 'Trimmed when stored; a blank one is refused, repeats after trimming are kept once.',
});
export const EMOTIONS = [
  'calm',
  'confident',
  'excited',
  'fearful',
  'frustrated',
  'greedy',
  'anxious',
  'bored',
  'neutral',
] as const;
/** How the trader felt: what an entry is written with and answers. */
export const Emotion = named('Emotion', Type.Enum(EMOTIONS));

/** A screenshot of an entry (its metadata; the image is `GET …/attachments/{attachmentId}`). */
export const Attachment = named(
  'Attachment',
  Type.Object({
    id: Uuid(),
    filename: Type.String(),
    contentType: Type.String(),
    size: Type.Integer(),
    createdAt: DateTime(),
  }),
);

export const JournalEntry = named(
  'JournalEntry',
  Type.Object({
    id: Uuid(),
    accountId: Uuid(),
    tradeId: Nullable(Uuid()),
    day: Nullable(IsoDate()),
    body: Type.String({ description: 'Markdown.' }),
    tags: Type.Array(Type.String()),
    setup: Nullable(Type.String()),
    mistakes: Type.Array(Type.String()),
    emotion: Nullable(Emotion),
    rating: Nullable(Type.Integer({ minimum: 1, maximum: 5 })),
    initialStop: Nullable(DecimalString()),
    initialRisk: Nullable(DecimalString()),
    attachments: Type.Array(Attachment),
    createdAt: DateTime(),
    updatedAt: DateTime(),
  }),
);

const EntryFields = {
  body: Type.Optional(Type.String({ maxLength: 100_000, description: 'Markdown.' })),
  tags: Type.Optional(Type.Array(ListLabel, { maxItems: 30, uniqueItems: true })),
  setup: Type.Optional(Nullable(Label)),
  mistakes: Type.Optional(Type.Array(ListLabel, { maxItems: 30, uniqueItems: true })),
  emotion: Type.Optional(Nullable(Emotion)),
  rating: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 5 }))),
  initialStop: Type.Optional(
    Nullable(
      BoundedDecimal({
        ...DECIMAL_24_8,
        signed: true,
        description: 'A price; initialRisk follows from it.',
        examples: ['171.20'],
      }),
    ),
  ),
  initialRisk: Type.Optional(
    Nullable(
      BoundedDecimal({
        ...DECIMAL_24_8,
        signed: false,
        description:
          'An amount at risk (wins over initialStop). Must be greater than 0 ("0" is refused with a ' +
          '400 validation-error); send null for no risk.',
        examples: ['250'],
      }),
    ),
  ),
};

/** The fields of a trade's or a day's journal entry; the ones sent are written. */
export const PutEntryBody = named(
  'JournalEntryInput',
  Type.Object(EntryFields, {
    additionalProperties: false,
    examples: [
      {
        body: 'Clean breakout, **held** the plan.',
        tags: ['breakout'],
        setup: 'ORB',
        rating: 4,
        initialStop: '171.20',
      },
    ],
  }),
);

export const DayParams = Type.Object({ accountId: Uuid(), day: IsoDate() });
export const EntryIdParams = Type.Object({ entryId: Uuid() });
export const AttachmentParams = Type.Object({ entryId: Uuid(), attachmentId: Uuid() });

export const ListEntriesQuery = Type.Object(
  {
    ...PageQuery,
    accountId: Type.Optional(Uuid()),
    tag: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);

export const AttachmentForm = named(
  'AttachmentUpload',
  Type.Object(
    { file: Type.String({ format: 'binary', description: 'PNG, JPEG, WebP or GIF, up to 10 MB.' }) },
    { examples: [{ file: '(binary)' }] },
  ),
);
