import {
  useMutation,
  type QueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { isJournalkitError, isJournalkitNetworkError } from '../../errors';
import type { Attachment, JournalEntry } from '../../journalModels';
import type { JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import { areaKeys } from '../keys';
import { applyPatches, mapListItems, optimistic, patch, type OptimisticSnapshot } from '../optimistic';
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { fileQuery, useJournalkitQuery } from '../query';
import { entryKeys } from './entries';
import { tradeKeys } from './trades';

// An entry's screenshots are listed in the entry (`entry.attachments`): no list query of their
// own. Their images sit under `['journalkit', scope, 'attachments', 'detail', attachmentId]`.
export const attachmentKeys = areaKeys('attachments');

const IMAGE = '/v1/journal-entries/{entryId}/attachments/{attachmentId}';

export const attachmentQueries = {
  keys: attachmentKeys,
  /** A screenshot's image, as a Blob (show it with `useObjectUrl`). An image never changes. */
  image: (client: JournalkitClient, entryId: string, attachmentId: string): JournalkitQueryOptions<Blob> => ({
    ...fileQuery(client, attachmentKeys.detail(client, attachmentId), IMAGE, {
      path: { entryId, attachmentId },
    }),
    staleTime: Infinity,
  }),
};

/** A screenshot's image (a Blob): `useObjectUrl(useAttachment(entryId, id).data)` for an `<img>`. */
export const useAttachment = (
  entryId: string,
  attachmentId: string,
  options?: QueryHookOptions,
): UseQueryResult<Blob, Error> =>
  useJournalkitQuery((c) => attachmentQueries.image(c, entryId, attachmentId), options);

type EntryLists = Parameters<typeof mapListItems<JournalEntry>>[0];

/**
 * Changes one entry wherever it is cached: its detail, the entry lists, and the journal of the
 * trade it belongs to (`useTradeJournal`, which is how a trade page shows it).
 */
function entryPatches(
  queryClient: QueryClient,
  client: JournalkitClient,
  entryId: string,
  change: (entry: JournalEntry) => JournalEntry,
) {
  const each = (e: JournalEntry) => (e.id === entryId ? change(e) : e);
  const tradeJournals = queryClient
    .getQueriesData<JournalEntry | null>({ queryKey: tradeKeys.all(client) })
    .filter(([key, data]) => key.at(-1) === 'journal' && data?.id === entryId);
  return [
    patch<JournalEntry>(entryKeys.detail(client, entryId), each),
    patch<EntryLists>(entryKeys.lists(client), (old) => mapListItems(old, each)),
    ...tradeJournals.map(([key]) => patch<JournalEntry>(key, each)),
  ];
}

/**
 * After a lost answer (no response: the change may or may not have happened), every cached copy
 * of the entry refetches, so it shows what the server holds.
 */
function refetchEntryAfterLostAnswer(
  queryClient: QueryClient,
  client: JournalkitClient,
  error: unknown,
  entryId: string,
) {
  if (!isJournalkitNetworkError(error)) return;
  return Promise.all(
    entryPatches(queryClient, client, entryId, (e) => e).map(({ queryKey }) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  );
}

export interface AddAttachmentVariables {
  entryId: string;
  /** A PNG, JPEG, WebP or GIF image (a File from an input or a drop, or any Blob), up to 10 MB. */
  file: Blob;
}

/**
 * Attaches a screenshot to an entry. When the API answers, the attachment joins the entry wherever
 * it is cached (its detail, the entry lists, its trade's journal) and the uploaded file becomes
 * the attachment's image, so it shows without a download. An upload is never retried: the API
 * does not replay uploads, and a retry after a lost answer would attach the image twice; after a
 * lost answer the entry refetches instead, so an upload that did happen still shows.
 */
export function useAddAttachment(): UseMutationResult<Attachment, Error, AddAttachmentVariables> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: ({ entryId, file }: AddAttachmentVariables) =>
        client.POST('/v1/journal-entries/{entryId}/attachments', {
          params: { path: { entryId } },
          body: { file },
          idempotencyKey: false,
        }),
      onSuccess: (attachment, { entryId, file }) => {
        queryClient.setQueryData(attachmentKeys.detail(client, attachment.id), file);
        applyPatches(
          queryClient,
          entryPatches(queryClient, client, entryId, (e) => ({
            ...e,
            attachments: [...e.attachments, attachment],
          })),
        );
      },
      onError: (error, { entryId }) => refetchEntryAfterLostAnswer(queryClient, client, error, entryId),
    },
    queryClient,
  );
}

export interface DeleteAttachmentVariables {
  entryId: string;
  attachmentId: string;
}

/**
 * Removes a screenshot, optimistically gone from the entry wherever it is cached (back if the API
 * refuses), and drops its cached image. A 404 counts as removed: the attachment is not there
 * either way (the client retries a DELETE whose answer was lost, and the retry finds it gone).
 */
export function useDeleteAttachment(): UseMutationResult<
  undefined,
  Error,
  DeleteAttachmentVariables,
  OptimisticSnapshot
> {
  const { client, queryClient } = useJournalkitContext();
  const rollback = optimistic(queryClient, ({ entryId, attachmentId }: DeleteAttachmentVariables) =>
    entryPatches(queryClient, client, entryId, (e) => ({
      ...e,
      attachments: e.attachments.filter((a) => a.id !== attachmentId),
    })),
  );
  return useMutation(
    {
      mutationFn: ({ entryId, attachmentId }: DeleteAttachmentVariables) =>
        client
          .DELETE('/v1/journal-entries/{entryId}/attachments/{attachmentId}', {
            params: { path: { entryId, attachmentId } },
          })
          .catch((error: unknown) => {
            if (isJournalkitError(error) && error.status === 404) return undefined;
            throw error;
          }),
      onMutate: rollback.onMutate,
      onError: (error, variables, result) => {
        rollback.onError(error, variables, result);
        return refetchEntryAfterLostAnswer(queryClient, client, error, variables.entryId);
      },
      onSuccess: (_nothing, { attachmentId }) =>
        queryClient.removeQueries({ queryKey: attachmentKeys.detail(client, attachmentId), exact: true }),
    },
    queryClient,
  );
}
