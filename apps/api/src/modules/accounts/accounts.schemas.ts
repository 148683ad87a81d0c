import { Type } from 'typebox';
import { PageQuery } from '../../lib/cursor';
import { BoundedDecimal, DECIMAL_24_8 } from '../../lib/boundedDecimals';
import { DateTime, DecimalString, Nullable, Uuid, named } from '../../lib/schemas';

const Timezone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA timezone',
  examples: ['America/New_York'],
});
const Currency = Type.String({
  pattern: '^[A-Z0-9]{3,10}$',
  description: 'ISO 4217 code, or the quote asset of a crypto account (USDT).',
  examples: ['USD'],
});

/** Stored as numeric(24, 8): exactly what that holds. */
const StartingBalance = BoundedDecimal({
  ...DECIMAL_24_8,
  signed: true,
  description: 'Balance when the journal starts; enables maxDrawdownPercent.',
  examples: ['25000'],
});

export const Account = named(
  'Account',
  Type.Object({
    id: Uuid(),
    userId: Uuid(),
    name: Type.String(),
    broker: Type.String(),
    brokerAccount: Nullable(Type.String()),
    currency: Type.String(),
    timezone: Type.String(),
    startingBalance: Nullable(DecimalString()),
    archivedAt: Nullable(DateTime()),
    createdAt: DateTime(),
    updatedAt: DateTime(),
  }),
);

export const CreateAccountBody = named(
  'CreateAccountInput',
  Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 200 }),
      broker: Type.String({ minLength: 1, maxLength: 100, examples: ['ibkr'] }),
      currency: Currency,
      timezone: Type.Optional(Timezone),
      startingBalance: Type.Optional(StartingBalance),
      brokerAccount: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 100,
          description: 'Account number at the broker (IBKR U1234567).',
        }),
      ),
      userId: Type.Optional(
        Uuid('Owner of the account; only API keys set it (end users own what they create).'),
      ),
    },
    {
      additionalProperties: false,
      examples: [
        {
          name: 'IBKR margin',
          broker: 'ibkr',
          currency: 'USD',
          timezone: 'America/New_York',
          startingBalance: '25000',
        },
      ],
    },
  ),
);

export const UpdateAccountBody = named(
  'UpdateAccountInput',
  Type.Object(
    {
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      broker: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
      brokerAccount: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100 }))),
      timezone: Type.Optional(Timezone),
      startingBalance: Type.Optional(Nullable(StartingBalance)),
    },
    { additionalProperties: false, examples: [{ name: 'IBKR (main)', startingBalance: '30000' }] },
  ),
);

export const ListAccountsQuery = Type.Object(
  {
    ...PageQuery,
    includeArchived: Type.Optional(Type.Boolean({ default: false })),
    userId: Type.Optional(Uuid('API keys: only this user’s accounts.')),
  },
  { additionalProperties: false },
);

export const AccountIdParams = Type.Object({ accountId: Uuid() });
