import { Type } from 'typebox';
import { DateTime, Nullable, Uuid, named } from '../../lib/schemas';

export const Connector = named(
  'Connector',
  Type.Object({
    id: Uuid(),
    accountId: Uuid(),
    kind: Type.String({ examples: ['ibkr-flex'] }),
    settings: Type.Record(Type.String(), Type.String(), {
      description: 'Settings with secrets reduced to a hint.',
    }),
    intervalMinutes: Type.Integer(),
    enabled: Type.Boolean(),
    running: Type.Boolean({
      description:
        'A run is in progress (in any API process). `POST …/sync` answers at once with `true`; poll the connector ' +
        'or wait for the `connector.synced` event for the result in `lastStatus` / `lastError`.',
    }),
    lastRunAt: Nullable(DateTime()),
    lastStatus: Nullable(
      Type.String({
        description: 'Of the last finished run: `ok`, `retrying` (broker busy; sooner retry) or `error`.',
      }),
    ),
    lastError: Nullable(
      Type.String({
        description:
          'Why the last run failed, in our words: the step and the HTTP status or the broker’s error code, never the broker’s answer.',
      }),
    ),
    nextRunAt: DateTime(),
    createdAt: DateTime(),
  }),
);

export const CreateConnectorBody = named(
  'CreateConnectorInput',
  Type.Object(
    {
      kind: Type.String({ minLength: 1, maxLength: 40, description: 'Connector kind: `ibkr-flex`.' }),
      settings: Type.Record(Type.String(), Type.String(), {
        description: '`ibkr-flex`: `{token, queryId}` of a Flex Query with the Trades section saved as CSV.',
      }),
      intervalMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 1440, default: 60 })),
    },
    {
      additionalProperties: false,
      examples: [
        {
          kind: 'ibkr-flex',
          settings: { token: '123456789012345678901234', queryId: '987654' },
          intervalMinutes: 60,
        },
      ],
    },
  ),
);

export const ConnectorParams = Type.Object({ accountId: Uuid(), connectorId: Uuid() });
