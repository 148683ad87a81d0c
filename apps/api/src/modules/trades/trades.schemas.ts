import { Type } from 'typebox';
import { DateTime, DecimalString, Nullable, Uuid, named } from '../../lib/schemas';
import { ASSET_CLASSES } from '../journal/engine';

/** The instrument kinds a pushed execution (and a generic file's row) may have. */
export const AssetClass = named('AssetClass', Type.Enum(ASSET_CLASSES));
/** The side of an execution. */
export const Side = named('Side', Type.Enum(['buy', 'sell']));
/** The direction of a trade (a filter of trades and analytics too). */
export const Direction = named('Direction', Type.Enum(['long', 'short']));
export const TradeStatus = named('TradeStatus', Type.Enum(['open', 'closed']));

export const TradeJournalSummary = named(
  'TradeJournalSummary',
  Type.Object({
    entryId: Uuid(),
    tags: Type.Array(Type.String()),
    setup: Nullable(Type.String()),
    mistakes: Type.Array(Type.String()),
    rating: Nullable(Type.Integer()),
    hasNotes: Type.Boolean(),
  }),
);

const TradeFields = {
  id: Uuid(),
  accountId: Uuid(),
  symbol: Type.String(),
  assetClass: AssetClass,
  currency: Type.String(),
  multiplier: DecimalString(),
  direction: Direction,
  status: TradeStatus,
  openedAt: DateTime(),
  closedAt: Nullable(DateTime()),
  quantity: DecimalString('Largest absolute position held.'),
  entryPrice: DecimalString(),
  exitPrice: Nullable(DecimalString()),
  grossPnl: Nullable(DecimalString()),
  fees: DecimalString(),
  netPnl: Nullable(DecimalString()),
  holdingSeconds: Nullable(
    Type.Number({ description: 'closedAt − openedAt, seconds (fractional when fills carry milliseconds).' }),
  ),
  initialRisk: Nullable(DecimalString()),
  rMultiple: Nullable(Type.Number()),
  pnlSource: Type.Enum(['prices', 'broker']),
  journal: Nullable(TradeJournalSummary),
};

export const Trade = named('Trade', Type.Object(TradeFields));

/** One leg of a trade. */
export const TradeExecution = named(
  'TradeExecution',
  Type.Object({
    executionId: Type.String(),
    executedAt: DateTime(),
    side: Side,
    quantity: DecimalString(),
    price: DecimalString(),
    fees: DecimalString(),
    effect: Type.Enum(['open', 'close'], { description: 'open grew the position, close shrank it.' }),
    note: Type.Optional(
      Type.String({ description: 'The broker’s comment on the row, kept as a note (MT4 `[sl]`, `[tp]`).' }),
    ),
  }),
);

/** A trade with its executions. */
export const TradeDetail = named(
  'TradeDetail',
  Type.Object({
    ...TradeFields,
    executions: Type.Array(TradeExecution, { description: 'Legs after any flip split, in order.' }),
  }),
);

export const TRADE_SORTS = ['-openedAt', 'openedAt', '-closedAt', 'closedAt', '-netPnl', 'netPnl'] as const;

export const ListTradesQuery = Type.Object(
  {
    accountId: Type.Optional(Uuid()),
    status: Type.Optional(TradeStatus),
    symbol: Type.Optional(Type.String({ maxLength: 64 })),
    side: Type.Optional(Direction),
    tag: Type.Optional(Type.String({ maxLength: 100 })),
    setup: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(DateTime('Trades that ended (open trades: started) at or after this instant.')),
    to: Type.Optional(DateTime('… and before this instant.')),
    sort: Type.Optional(Type.Enum(TRADE_SORTS, { default: '-openedAt' })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  },
  { additionalProperties: false },
);

export const TradeIdParams = Type.Object({ tradeId: Uuid() });
