import {
  queryOptions,
  useMutation,
  useQuery,
  type QueryKey,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type {
  JournalEntry,
  JournalEntryInput,
  JournalEntryList,
  ListJournalEntriesQuery,
} from '../../journalModels';
import type { Page } from '../../models';
import type { JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import { areaKeys } from '../keys';
import { optimistic, patch, type OptimisticSnapshot } from '../optimistic';
import { factoryDefaults, type JournalkitQueryOptions, type QueryHookOptions } from '../options';

export const entryKeys = areaKeys('entries');

export const entryQueries = {
  keys: entryKeys,
  /** Journal entries (trades' and days'), newest first. */
  list: (
    client: JournalkitClient,
    params: ListJournalEntriesQuery = {},
  ): JournalkitQueryOptions<JournalEntryList> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: entryKeys.list(client, params) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/journal-entries', { params: { query: params }, signal }),
    }),
  detail: (client: JournalkitClient, entryId: string): JournalkitQueryOptions<JournalEntry> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: entryKeys.detail(client, entryId) as QueryKey,
      queryFn: ({ signal }) =>
        client.GET('/v1/journal-entries/{entryId}', { params: { path: { entryId } }, signal }),
    }),
};

export function useJournalEntries(
  params?: ListJournalEntriesQuery,
  options?: QueryHookOptions,
): UseQueryResult<JournalEntryList, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...entryQueries.list(client, params), ...options }, queryClient);
}

export function useJournalEntry(
  entryId: string,
  options?: QueryHookOptions,
): UseQueryResult<JournalEntry, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...entryQueries.detail(client, entryId), ...options }, queryClient);
}

export interface SaveDayJournalVariables {
  accountId: string;
  /** The trading day, `YYYY-MM-DD`. */
  day: string;
  body: JournalEntryInput;
}

/** Writes a day's journal; the entry takes the answer and the entry lists refetch. */
export function useSaveDayJournal(): UseMutationResult<JournalEntry, Error, SaveDayJournalVariables> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: ({ accountId, day, body }: SaveDayJournalVariables) =>
        client.PUT('/v1/accounts/{accountId}/days/{day}/journal', {
          params: { path: { accountId, day } },
          body,
        }),
      onSuccess: (entry) => {
        queryClient.setQueryData(entryKeys.detail(client, entry.id), entry);
        return queryClient.invalidateQueries({ queryKey: entryKeys.lists(client) });
      },
    },
    queryClient,
  );
}

/**
 * Deletes an entry, optimistically gone from every cached entry list (back if the API refuses).
 * A trade's entry also changes the trade (its journal summary) and the analytics: those refetch.
 */
export function useDeleteJournalEntry(): UseMutationResult<undefined, Error, string, OptimisticSnapshot> {
  const { client, queryClient } = useJournalkitContext();
  const trades = areaKeys('trades');
  return useMutation(
    {
      mutationFn: (entryId: string) =>
        client.DELETE('/v1/journal-entries/{entryId}', { params: { path: { entryId } } }),
      ...optimistic(queryClient, (entryId: string) => [
        patch<Page<JournalEntry>>(entryKeys.lists(client), (page) => ({
          ...page,
          data: page.data.filter((e) => e.id !== entryId),
        })),
      ]),
      onSuccess: (_nothing, entryId, result) => {
        const cached =
          queryClient.getQueryData<JournalEntry>(entryKeys.detail(client, entryId)) ??
          result?.snapshot
            .flatMap(([, page]) => (page as Page<JournalEntry> | undefined)?.data ?? [])
            .find((e) => e.id === entryId);
        queryClient.removeQueries({ queryKey: entryKeys.detail(client, entryId), exact: true });
        const keys: { queryKey: QueryKey; exact?: boolean }[] = [{ queryKey: entryKeys.lists(client) }];
        const tradeId = cached ? cached.tradeId : undefined;
        if (tradeId) {
          queryClient.setQueryData([...trades.detail(client, tradeId), 'journal'], null);
          keys.push(
            { queryKey: trades.detail(client, tradeId), exact: true },
            { queryKey: trades.lists(client) },
          );
        } else if (!cached) {
          keys.push({ queryKey: trades.all(client) }); // not cached: which trade it belonged to is unknown
        }
        if (!cached || tradeId) keys.push({ queryKey: areaKeys('analytics').all(client) });
        return Promise.all(keys.map((filters) => queryClient.invalidateQueries(filters)));
      },
    },
    queryClient,
  );
}
