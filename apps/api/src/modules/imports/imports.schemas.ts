import { Type } from 'typebox';
import { FORMAT_IDS } from '../journal/engine';
import { PageQuery } from '../../lib/cursor';
import { DateTime, Nullable, Uuid, named } from '../../lib/schemas';
import { AssetClass, Side } from '../trades/trades.schemas';
import { FAILURE_CODES } from './importFailures';

export const FormatId = named('ImportFormat', Type.Enum(FORMAT_IDS, { description: 'Broker file format.' }));

const RowIssue = Type.Object({ line: Type.Integer(), reason: Type.String() });

export const ImportReport = named(
  'ImportReport',
  Type.Object({
    id: Nullable(Uuid('null for a dry run (nothing is stored).')),
    accountId: Uuid(),
    format: Type.String(),
    source: Type.Enum(['file', 'push', 'connector']),
    status: Type.Enum(['queued', 'running', 'succeeded', 'failed']),
    dryRun: Type.Boolean(),
    filename: Nullable(Type.String()),
    sizeBytes: Nullable(Type.Integer()),
    progress: Type.Number({ minimum: 0, maximum: 1, description: 'Share done, 0 to 1.' }),
    rowsRead: Type.Integer(),
    inserted: Type.Integer(),
    duplicates: Type.Integer({ description: 'Executions already in the account (or repeated in the file).' }),
    skipped: Type.Integer({
      description: 'Rows deliberately not imported (cash movements, other accounts).',
    }),
    tradesAffected: Type.Integer(),
    warnings: Type.Array(Type.Object({ line: Type.Integer(), reason: Type.String(), kind: Type.String() })),
    errors: Type.Array(RowIssue, {
      description: 'Unreadable rows (first 1000); any error means nothing was imported.',
    }),
    errorCount: Type.Integer(),
    createdAt: DateTime(),
    finishedAt: Nullable(DateTime()),
    failure: Nullable(
      Type.Object(
        {
          code: Type.Enum(FAILURE_CODES, {
            description:
              '`import-invalid`: rows cannot be read (see `errors`); `import-interrupted`: the server running the ' +
              'import stopped before it finished (upload again); `import-failed`: an error on the server.',
          }),
          message: Type.String({ description: 'What happened, in words for the user.' }),
        },
        {
          description:
            'Why a failed import failed; null unless `status` is `failed`. Nothing of it was imported.',
        },
      ),
    ),
  }),
);

export const ImportFormFields = named(
  'ImportUpload',
  Type.Object(
    {
      file: Type.String({
        format: 'binary',
        description: 'The broker file (CSV).',
        contentMediaType: 'text/csv',
      }),
      format: FormatId,
      dryRun: Type.Optional(Type.Boolean({ description: 'Report what would happen; store nothing.' })),
      mapping: Type.Optional(
        Type.String({
          description:
            'With format `generic`: JSON `{columns: {generic field: your header}, constants?, timeFormat?}` mapping any CSV onto the generic fields.',
        }),
      ),
    },
    { examples: [{ file: '(binary)', format: 'generic', dryRun: true }] },
  ),
);

/** One fill a partner pushes (`POST …/executions`). */
export const Execution = named(
  'Execution',
  Type.Object(
    {
      brokerExecutionId: Type.String({ minLength: 1, maxLength: 200 }),
      executedAt: Type.String({ format: 'date-time' }),
      symbol: Type.String({ minLength: 1, maxLength: 64 }),
      assetClass: AssetClass,
      side: Side,
      quantity: Type.String({ pattern: '^\\d{1,20}(\\.\\d{1,12})?$' }),
      price: Type.String({ pattern: '^-?\\d{1,20}(\\.\\d{1,12})?$' }),
      fees: Type.Optional(Type.String({ pattern: '^\\d{1,20}(\\.\\d{1,12})?$' })),
      multiplier: Type.Optional(Type.String({ pattern: '^\\d{1,20}(\\.\\d{1,12})?$' })),
      currency: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{3,10}$' })),
    },
    { additionalProperties: false },
  ),
);

export const PushExecutionsBody = named(
  'PushExecutionsInput',
  Type.Object(
    {
      executions: Type.Array(Execution, { minItems: 1, maxItems: 10_000 }),
    },
    {
      additionalProperties: false,
      examples: [
        {
          executions: [
            {
              brokerExecutionId: 'T-1001',
              executedAt: '2024-03-15T13:30:45Z',
              symbol: 'AAPL',
              assetClass: 'stock',
              side: 'buy',
              quantity: '100',
              price: '172.50',
              fees: '1.00',
            },
          ],
        },
      ],
    },
  ),
);

export const PushResult = named(
  'PushResult',
  Type.Object({
    inserted: Type.Integer(),
    duplicates: Type.Integer(),
    tradesAffected: Type.Integer(),
  }),
);

export const ListImportsQuery = Type.Object(PageQuery, { additionalProperties: false });
export const ImportParams = Type.Object({ accountId: Uuid(), importId: Uuid() });
