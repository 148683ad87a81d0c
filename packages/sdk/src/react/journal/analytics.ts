import type { UseQueryResult } from '@tanstack/react-query';
import type {
  AnalyticsBreakdown,
  AnalyticsDaily,
  AnalyticsEquity,
  AnalyticsQuery,
  AnalyticsSummary,
  BreakdownQuery,
  EquityQuery,
} from '../../journalModels';
import type { JournalkitClient } from '../../types';
import { journalkitKey } from '../keys';
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { getQuery, useJournalkitQuery } from '../query';

/** Analytics are derived data: `['journalkit', scope, 'analytics', report, params]`, refreshed whole. */
export const analyticsKeys = {
  all: (client: JournalkitClient) => [...journalkitKey(client), 'analytics'] as const,
  report: <const R extends string, const P extends object>(client: JournalkitClient, report: R, params: P) =>
    [...journalkitKey(client), 'analytics', report, params] as const,
};

export const analyticsQueries = {
  keys: analyticsKeys,
  /** Win rate, P&L, expectancy, drawdown … over the filtered closed trades. */
  summary: (
    client: JournalkitClient,
    params: AnalyticsQuery = {},
  ): JournalkitQueryOptions<AnalyticsSummary> =>
    getQuery(client, analyticsKeys.report(client, 'summary', params), '/v1/analytics/summary', {
      query: params,
    }),
  /** The equity curve. */
  equity: (client: JournalkitClient, params: EquityQuery = {}): JournalkitQueryOptions<AnalyticsEquity> =>
    getQuery(client, analyticsKeys.report(client, 'equity', params), '/v1/analytics/equity', {
      query: params,
    }),
  /** Results per trading day (calendar). */
  daily: (client: JournalkitClient, params: AnalyticsQuery = {}): JournalkitQueryOptions<AnalyticsDaily> =>
    getQuery(client, analyticsKeys.report(client, 'daily', params), '/v1/analytics/daily', { query: params }),
  /** Results grouped `by` symbol, side, tag, setup, mistake, weekday, hour or holding time. */
  breakdown: (client: JournalkitClient, params: BreakdownQuery): JournalkitQueryOptions<AnalyticsBreakdown> =>
    getQuery(client, analyticsKeys.report(client, 'breakdown', params), '/v1/analytics/breakdown', {
      query: params,
    }),
};

export const useAnalyticsSummary = (
  params?: AnalyticsQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsSummary, Error> =>
  useJournalkitQuery((c) => analyticsQueries.summary(c, params), options);

export const useEquityCurve = (
  params?: EquityQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsEquity, Error> =>
  useJournalkitQuery((c) => analyticsQueries.equity(c, params), options);

export const useDailyResults = (
  params?: AnalyticsQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsDaily, Error> =>
  useJournalkitQuery((c) => analyticsQueries.daily(c, params), options);

export const useBreakdown = (
  params: BreakdownQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsBreakdown, Error> =>
  useJournalkitQuery((c) => analyticsQueries.breakdown(c, params), options);
