import {
  queryOptions,
  useMutation,
  type QueryKey,
  type UseInfiniteQueryResult,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { isJournalkitError } from '../../errors';
import type {
  JournalEntry,
  JournalEntryInput,
  ListTradesQuery,
  Trade,
  TradeDetail,
  TradeList,
} from '../../journalModels';
import type { JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import { areaKeys } from '../keys';
import { mapListItems, optimistic, patch, type OptimisticSnapshot } from '../optimistic';
import {
  factoryDefaults,
  type CursorPages,
  type JournalkitInfiniteQueryOptions,
  type JournalkitQueryOptions,
  type QueryHookOptions,
} from '../options';
import { areaQueries, useJournalkitInfiniteQuery, useJournalkitQuery } from '../query';
import { entryKeys } from './entries';

const trades = areaQueries('trades');
const base = trades.keys;
export const tradeKeys = {
  ...base,
  /** A trade's journal entry: under its detail, so whatever refreshes the trade refreshes it. */
  journal: (client: JournalkitClient, tradeId: string) =>
    [...base.detail(client, tradeId), 'journal'] as const,
};

export const tradeQueries = {
  keys: tradeKeys,
  /** One page of trades (filters: account, status, symbol, side, tag, setup, from/to; sort). */
  list: (client: JournalkitClient, params: ListTradesQuery = {}): JournalkitQueryOptions<TradeList> =>
    trades.list(client, '/v1/trades', { query: params }),
  infinite: (
    client: JournalkitClient,
    params: Omit<ListTradesQuery, 'cursor'> = {},
  ): JournalkitInfiniteQueryOptions<TradeList> => trades.infinite(client, '/v1/trades', { query: params }),
  /** A trade with its executions. */
  detail: (client: JournalkitClient, tradeId: string): JournalkitQueryOptions<TradeDetail> =>
    trades.detail(client, '/v1/trades/{tradeId}', { path: { tradeId } }),
  /** The trade's journal entry, or null while it has none. */
  journal: (client: JournalkitClient, tradeId: string): JournalkitQueryOptions<JournalEntry | null> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: tradeKeys.journal(client, tradeId) as QueryKey,
      queryFn: ({ signal }) =>
        client
          .GET('/v1/trades/{tradeId}/journal', { params: { path: { tradeId } }, signal })
          .catch((error: unknown) => {
            if (isJournalkitError(error) && error.status === 404) return null;
            throw error;
          }),
    }),
};

export const useTrades = (
  params?: ListTradesQuery,
  options?: QueryHookOptions,
): UseQueryResult<TradeList, Error> => useJournalkitQuery((c) => tradeQueries.list(c, params), options);

export const useTradesInfinite = (
  params?: Omit<ListTradesQuery, 'cursor'>,
  options?: QueryHookOptions,
): UseInfiniteQueryResult<CursorPages<TradeList>, Error> =>
  useJournalkitInfiniteQuery((c) => tradeQueries.infinite(c, params), options);

export const useTrade = (tradeId: string, options?: QueryHookOptions): UseQueryResult<TradeDetail, Error> =>
  useJournalkitQuery((c) => tradeQueries.detail(c, tradeId), options);

export const useTradeJournal = (
  tradeId: string,
  options?: QueryHookOptions,
): UseQueryResult<JournalEntry | null, Error> =>
  useJournalkitQuery((c) => tradeQueries.journal(c, tradeId), options);

type Summary = NonNullable<Trade['journal']>;

/** The journal summary a trade shows after `body` is written over `old`. */
function summarize(old: Summary | null, body: JournalEntryInput): Summary {
  return {
    entryId: old?.entryId ?? '',
    tags: body.tags ?? old?.tags ?? [],
    setup: body.setup !== undefined ? body.setup : (old?.setup ?? null),
    mistakes: body.mistakes ?? old?.mistakes ?? [],
    rating: body.rating !== undefined ? body.rating : (old?.rating ?? null),
    hasNotes: body.body !== undefined ? body.body.trim() !== '' : (old?.hasNotes ?? false),
  };
}

export interface SaveTradeJournalVariables {
  tradeId: string;
  body: JournalEntryInput;
}

/**
 * Writes a trade's journal (notes, tags, setup, mistakes, rating, risk) optimistically: the entry,
 * the trade and every cached trade list show the change at once and roll back if the API refuses.
 * Then the entry takes the server's answer, and what it feeds refetches: the trade lists and the
 * trade (their summaries, R multiple), the entry lists and the analytics (tags, setups, mistakes).
 */
export function useSaveTradeJournal(): UseMutationResult<
  JournalEntry,
  Error,
  SaveTradeJournalVariables,
  OptimisticSnapshot
> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: ({ tradeId, body }: SaveTradeJournalVariables) =>
        client.PUT('/v1/trades/{tradeId}/journal', { params: { path: { tradeId } }, body }),
      ...optimistic(queryClient, ({ tradeId, body }: SaveTradeJournalVariables) => {
        const withJournal = <T extends Trade>(t: T): T =>
          t.id === tradeId ? { ...t, journal: summarize(t.journal, body) } : t;
        return [
          patch<JournalEntry | null>(tradeKeys.journal(client, tradeId), (e) => (e ? { ...e, ...body } : e)),
          patch<TradeDetail>(tradeKeys.detail(client, tradeId), withJournal),
          patch<Parameters<typeof mapListItems<Trade>>[0]>(tradeKeys.lists(client), (old) =>
            mapListItems(old, withJournal),
          ),
        ];
      }),
      onSuccess: (entry, { tradeId }) => {
        queryClient.setQueryData(tradeKeys.journal(client, tradeId), entry);
        queryClient.setQueryData(entryKeys.detail(client, entry.id), entry);
      },
      onSettled: (_entry, _error, { tradeId }) =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: tradeKeys.detail(client, tradeId), exact: true }),
          queryClient.invalidateQueries({ queryKey: tradeKeys.lists(client) }),
          queryClient.invalidateQueries({ queryKey: entryKeys.lists(client) }),
          queryClient.invalidateQueries({ queryKey: areaKeys('analytics').all(client) }),
        ]),
    },
    queryClient,
  );
}
