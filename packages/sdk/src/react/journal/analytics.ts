import { queryOptions, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
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
import { useJournalkitContext } from '../context';
import { journalkitKey } from '../keys';
import { factoryDefaults, type JournalkitQueryOptions, type QueryHookOptions } from '../options';

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
    queryOptions({
      ...factoryDefaults,
      queryKey: analyticsKeys.report(client, 'summary', params) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/analytics/summary', { params: { query: params }, signal }),
    }),
  /** The equity curve. */
  equity: (client: JournalkitClient, params: EquityQuery = {}): JournalkitQueryOptions<AnalyticsEquity> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: analyticsKeys.report(client, 'equity', params) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/analytics/equity', { params: { query: params }, signal }),
    }),
  /** Results per trading day (calendar). */
  daily: (client: JournalkitClient, params: AnalyticsQuery = {}): JournalkitQueryOptions<AnalyticsDaily> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: analyticsKeys.report(client, 'daily', params) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/analytics/daily', { params: { query: params }, signal }),
    }),
  /** Results grouped `by` symbol, side, tag, setup, mistake, weekday, hour or holding time. */
  breakdown: (client: JournalkitClient, params: BreakdownQuery): JournalkitQueryOptions<AnalyticsBreakdown> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: analyticsKeys.report(client, 'breakdown', params) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/analytics/breakdown', { params: { query: params }, signal }),
    }),
};

export function useAnalyticsSummary(
  params?: AnalyticsQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsSummary, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...analyticsQueries.summary(client, params), ...options }, queryClient);
}

export function useEquityCurve(
  params?: EquityQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsEquity, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...analyticsQueries.equity(client, params), ...options }, queryClient);
}

export function useDailyResults(
  params?: AnalyticsQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsDaily, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...analyticsQueries.daily(client, params), ...options }, queryClient);
}

export function useBreakdown(
  params: BreakdownQuery,
  options?: QueryHookOptions,
): UseQueryResult<AnalyticsBreakdown, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...analyticsQueries.breakdown(client, params), ...options }, queryClient);
}
