import {
  useMutation,
  type QueryKey,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ImportList, ImportReport, ListImportsQuery } from '../../journalModels';
import type { paths } from '../../generated/schema';
import type { FormBody, JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import { areaKeys } from '../keys';
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { areaQueries, useJournalkitQuery } from '../query';
import { accountKeys } from './accounts';

const imports = areaQueries('imports');
export const importKeys = imports.keys;

export const importQueries = {
  keys: importKeys,
  /** An account's import history, newest first. */
  list: (
    client: JournalkitClient,
    accountId: string,
    params: ListImportsQuery = {},
  ): JournalkitQueryOptions<ImportList> =>
    imports.list(client, '/v1/accounts/{accountId}/imports', { path: { accountId }, query: params }),
  /** An import and its progress (poll with `refetchInterval`, or follow `useLiveUpdates`). */
  detail: (
    client: JournalkitClient,
    accountId: string,
    importId: string,
  ): JournalkitQueryOptions<ImportReport> =>
    imports.detail(client, '/v1/accounts/{accountId}/imports/{importId}', { path: { accountId, importId } }),
};

export const useImports = (
  accountId: string,
  params?: ListImportsQuery,
  options?: QueryHookOptions,
): UseQueryResult<ImportList, Error> =>
  useJournalkitQuery((c) => importQueries.list(c, accountId, params), options);

export const useImport = (
  accountId: string,
  importId: string,
  options?: QueryHookOptions,
): UseQueryResult<ImportReport, Error> =>
  useJournalkitQuery((c) => importQueries.detail(c, accountId, importId), options);

type ImportFields =
  paths['/v1/accounts/{accountId}/imports']['post']['requestBody']['content']['multipart/form-data'];

export interface ImportFileVariables {
  accountId: string;
  /** `file` (a File or Blob), `format`, and optionally `dryRun` and `mapping`; or a FormData. */
  form: FormBody<ImportFields>;
}

/**
 * Uploads a broker file. A dry run changes nothing. Otherwise the import is stored and the import
 * lists refetch; a finished import also refetches the account, its trades and the analytics. A
 * large file answers with a running job: follow it with `useImport` or `useLiveUpdates`.
 */
export function useImportFile(): UseMutationResult<ImportReport, Error, ImportFileVariables> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: ({ accountId, form }: ImportFileVariables) =>
        client.POST('/v1/accounts/{accountId}/imports', { params: { path: { accountId } }, body: form }),
      onSuccess: (report) => {
        if (report.dryRun || report.id === null) return; // a dry run stores nothing (and has no id)
        queryClient.setQueryData(importKeys.detail(client, report.id), report);
        const keys: QueryKey[] = [importKeys.lists(client)];
        if (report.status === 'succeeded' && report.tradesAffected > 0) {
          keys.push(
            accountKeys.detail(client, report.accountId),
            areaKeys('trades').all(client),
            areaKeys('analytics').all(client),
          );
        }
        return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      },
    },
    queryClient,
  );
}
