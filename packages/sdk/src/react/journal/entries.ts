import {
  useMutation,
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
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { areaQueries, useJournalkitQuery } from '../query';

const entries = areaQueries('entries');
export const entryKeys = entries.keys;

export const entryQueries = {
  keys: entryKeys,
  /** Journal entries (trades' and days'), newest first. */
  list: (
    client: JournalkitClient,
    params: ListJournalEntriesQuery = {},
  ): JournalkitQueryOptions<JournalEntryList> =>
    entries.list(client, '/v1/journal-entries', { query: params }),
  detail: (client: JournalkitClient, entryId: string): JournalkitQueryOptions<JournalEntry> =>
    entries.detail(client, '/v1/journal-entries/{entryId}', { path: { entryId } }),
};

export const useJournalEntries = (
  params?: ListJournalEntriesQuery,
  options?: QueryHookOptions,
): UseQueryResult<JournalEntryList, Error> =>
  useJournalkitQuery((c) => entryQueries.list(c, params), options);

export const useJournalEntry = (
  entryId: string,
  options?: QueryHookOptions,
): UseQueryResult<JournalEntry, Error> => useJournalkitQuery((c) => entryQueries.detail(c, entryId), options);

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
