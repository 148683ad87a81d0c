import { Type } from 'typebox';
import { BREAKDOWNS } from '../journal/engine';
import { DateTime, DecimalString, Nullable, Uuid, named } from '../../lib/schemas';
import { Direction } from '../trades/trades.schemas';

const Money = DecimalString;
const Ratio = Nullable(Type.Number());

export const AnalyticsQuery = {
  accountId: Type.Optional(Uuid('One account; without it, every non-archived account of the caller.')),
  from: Type.Optional(DateTime('Closed at or after (inclusive).')),
  to: Type.Optional(DateTime('Closed before (exclusive).')),
  symbol: Type.Optional(Type.String({ maxLength: 64 })),
  side: Type.Optional(Direction),
  tag: Type.Optional(Type.String({ maxLength: 60 })),
  setup: Type.Optional(Type.String({ maxLength: 60 })),
};

const SummaryFields = {
  tradeCount: Type.Integer(),
  openTradeCount: Type.Integer(),
  winners: Type.Integer(),
  losers: Type.Integer(),
  scratches: Type.Integer(),
  winRate: Ratio,
  netPnl: Money(),
  grossPnl: Money(),
  totalFees: Money(),
  grossProfit: Money(),
  grossLoss: Money(),
  profitFactor: Ratio,
  averageWin: Nullable(Money()),
  averageLoss: Nullable(Money()),
  payoffRatio: Ratio,
  expectancy: Nullable(Money()),
  largestWin: Nullable(Money()),
  largestLoss: Nullable(Money()),
  maxConsecutiveWins: Type.Integer(),
  maxConsecutiveLosses: Type.Integer(),
  maxDrawdown: Money(),
  maxDrawdownPercent: Nullable(
    Type.Number({ description: 'Percent of the peak balance; needs startingBalance.' }),
  ),
  averageHoldingSeconds: Nullable(Type.Number()),
  averageR: Nullable(Type.Number()),
};

export const CurrencySummary = named(
  'CurrencySummary',
  Type.Object({ currency: Type.String(), ...SummaryFields }),
);

export const Summary = named(
  'AnalyticsSummary',
  Type.Object(
    {
      currency: Nullable(Type.String({ description: 'The currency of the top-level metrics.' })),
      ...SummaryFields,
      currencies: Type.Array(CurrencySummary, {
        description: 'Every currency’s metrics; money is never converted between currencies.',
      }),
    },
    {
      description:
        'journal.md’s metrics. The top level holds the metrics of `currency`: the only currency traded, or with several, the one with most trades.',
    },
  ),
);

export const EquityQuery = Type.Object(
  {
    ...AnalyticsQuery,
    currency: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{3,10}$' })),
    maxPoints: Type.Optional(Type.Integer({ minimum: 10, maximum: 100_000, default: 5000 })),
  },
  { additionalProperties: false },
);

/** A closed trade's point on the equity curve. */
export const EquityPoint = named(
  'EquityPoint',
  Type.Object({
    tradeId: Uuid(),
    closedAt: DateTime(),
    netPnl: Money(),
    cumulativeNetPnl: Money(),
    drawdown: Money(),
  }),
);

export const Equity = named(
  'AnalyticsEquity',
  Type.Object({
    currency: Nullable(Type.String()),
    total: Type.Integer({ description: 'Closed trades in the series before any downsampling.' }),
    data: Type.Array(EquityPoint),
  }),
);

/** One day's result in one currency (the calendar). */
export const DailyResult = named(
  'DailyResult',
  Type.Object({
    date: Type.String({ format: 'date' }),
    currency: Type.String(),
    tradeCount: Type.Integer(),
    netPnl: Money(),
    winRate: Type.Number(),
  }),
);

export const Daily = named('AnalyticsDaily', Type.Object({ data: Type.Array(DailyResult) }));

/** What a breakdown groups trades by. */
export const BreakdownBy = named('BreakdownBy', Type.Enum(BREAKDOWNS));

export const BreakdownQuery = Type.Object(
  { ...AnalyticsQuery, by: BreakdownBy },
  { additionalProperties: false },
);

/** One group of a breakdown, in one currency. */
export const BreakdownRow = named(
  'BreakdownRow',
  Type.Object({
    key: Type.String(),
    currency: Type.String(),
    tradeCount: Type.Integer(),
    netPnl: Money(),
    winRate: Ratio,
    profitFactor: Ratio,
    expectancy: Nullable(Money()),
  }),
);

export const Breakdown = named(
  'AnalyticsBreakdown',
  Type.Object({
    by: BreakdownBy,
    data: Type.Array(BreakdownRow),
  }),
);

export const FiltersQuery = Type.Object(AnalyticsQuery, { additionalProperties: false });
