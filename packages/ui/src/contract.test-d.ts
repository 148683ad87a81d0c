// The UI's own copies of the API's lists and shapes, pinned to the SDK's types (generated from the
// API's contract): when the API adds, renames or drops a value, this file stops compiling, so the
// UI's typecheck (and `vitest` typecheck) fails until the UI follows. `@journalkit/sdk` is a
// devDependency for this file only; the UI never imports it at run time.
import type {
  Account,
  AnalyticsBreakdown,
  AnalyticsDaily,
  AnalyticsEquity,
  AnalyticsSummary as ApiAnalyticsSummary,
  BreakdownQuery,
  ImportReport,
  JournalEntryInput,
  paths,
  Trade,
  TradeDetail,
} from '@journalkit/sdk';
import { describe, expectTypeOf, test } from 'vitest';
import type {
  AccountSummary,
  AnalyticsSummary,
  AnalyticsSummaryMetrics,
  BreakdownBucket,
  BreakdownBy,
  BreakdownMetric,
  DailyPnl,
  EquityPoint,
  ImportWizardReport,
  JournalExecution,
  JournalTrade,
  JournalTradeDetail,
} from './index';
import type { importFormats, journalEmotions } from './index';

type ImportForm =
  paths['/v1/accounts/{accountId}/imports']['post']['requestBody']['content']['multipart/form-data'];
type Bucket = AnalyticsBreakdown['data'][number];
type Execution = TradeDetail['executions'][number];

describe('lists the UI declares are exactly the API’s (both ways: a value missing on either side fails)', () => {
  test('emotions of a journal entry', () => {
    expectTypeOf<(typeof journalEmotions)[number]>().toEqualTypeOf<
      NonNullable<JournalEntryInput['emotion']>
    >();
  });

  test('broker file formats of an import', () => {
    expectTypeOf<(typeof importFormats)[number]>().toEqualTypeOf<ImportForm['format']>();
  });

  test('breakdown dimensions, and the metrics a breakdown bar can show', () => {
    expectTypeOf<BreakdownBy>().toEqualTypeOf<NonNullable<BreakdownQuery['by']>>();
    expectTypeOf<BreakdownBy>().toEqualTypeOf<AnalyticsBreakdown['by']>();
    // Every field of a bucket is its identity (key, currency), its size (tradeCount) or a metric.
    expectTypeOf<BreakdownMetric | 'key' | 'currency' | 'tradeCount'>().toEqualTypeOf<keyof Bucket>();
  });

  test('summary metric names', () => {
    expectTypeOf<keyof AnalyticsSummaryMetrics>().toEqualTypeOf<
      Exclude<keyof ApiAnalyticsSummary, 'currencies'>
    >();
  });

  test('states and sides', () => {
    expectTypeOf<ImportWizardReport['status']>().toEqualTypeOf<ImportReport['status']>();
    expectTypeOf<JournalTrade['direction']>().toEqualTypeOf<Trade['direction']>();
    expectTypeOf<JournalTrade['status']>().toEqualTypeOf<Trade['status']>();
    expectTypeOf<JournalExecution['side']>().toEqualTypeOf<Execution['side']>();
    expectTypeOf<JournalExecution['effect']>().toEqualTypeOf<Execution['effect']>();
  });
});

describe('what the API sends fits the props that say they take it as sent', () => {
  test('journal data', () => {
    expectTypeOf<Trade>().toExtend<JournalTrade>();
    expectTypeOf<TradeDetail>().toExtend<JournalTradeDetail>();
    expectTypeOf<Account>().toExtend<AccountSummary>();
    expectTypeOf<ImportReport>().toExtend<ImportWizardReport>();
  });

  test('analytics', () => {
    expectTypeOf<ApiAnalyticsSummary>().toExtend<AnalyticsSummary>();
    expectTypeOf<Bucket>().toExtend<BreakdownBucket>();
    expectTypeOf<AnalyticsDaily['data'][number]>().toExtend<DailyPnl>();
    expectTypeOf<AnalyticsEquity['data'][number]>().toExtend<EquityPoint>();
  });
});
