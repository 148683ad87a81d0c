import {
  useMutation,
  type QueryKey,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type {
  Account,
  AccountList,
  CreateAccountInput,
  ListAccountsQuery,
  UpdateAccountInput,
} from '../../journalModels';
import type { JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import { areaKeys } from '../keys';
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { areaQueries, useJournalkitQuery } from '../query';

const accounts = areaQueries('accounts');
export const accountKeys = accounts.keys;

export const accountQueries = {
  keys: accountKeys,
  /** The caller's broker accounts (`includeArchived` to see archived ones). */
  list: (client: JournalkitClient, params: ListAccountsQuery = {}): JournalkitQueryOptions<AccountList> =>
    accounts.list(client, '/v1/accounts', { query: params }),
  detail: (client: JournalkitClient, accountId: string): JournalkitQueryOptions<Account> =>
    accounts.detail(client, '/v1/accounts/{accountId}', { path: { accountId } }),
};

export const useAccounts = (
  params?: ListAccountsQuery,
  options?: QueryHookOptions,
): UseQueryResult<AccountList, Error> => useJournalkitQuery((c) => accountQueries.list(c, params), options);

export const useAccount = (accountId: string, options?: QueryHookOptions): UseQueryResult<Account, Error> =>
  useJournalkitQuery((c) => accountQueries.detail(c, accountId), options);

/** Stores the answer as the account's detail and refetches the account lists. */
function useAccountChange<V>(
  mutationFn: (client: JournalkitClient, variables: V) => Promise<Account>,
  alsoInvalidates: (client: JournalkitClient) => QueryKey[] = () => [],
): UseMutationResult<Account, Error, V> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: (variables: V) => mutationFn(client, variables),
      onSuccess: (account) => {
        queryClient.setQueryData(accountKeys.detail(client, account.id), account);
        const keys = [accountKeys.lists(client), ...alsoInvalidates(client)];
        return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      },
    },
    queryClient,
  );
}

export const useCreateAccount = (): UseMutationResult<Account, Error, CreateAccountInput> =>
  useAccountChange((client, body: CreateAccountInput) => client.POST('/v1/accounts', { body }));

export const useUpdateAccount = (): UseMutationResult<
  Account,
  Error,
  { accountId: string; body: UpdateAccountInput }
> =>
  useAccountChange((client, { accountId, body }: { accountId: string; body: UpdateAccountInput }) =>
    client.PATCH('/v1/accounts/{accountId}', { params: { path: { accountId } }, body }),
  );

/** Archived accounts leave the lists and the analytics: both refetch. */
const archiveEffects = (client: JournalkitClient): QueryKey[] => [
  areaKeys('trades').lists(client),
  areaKeys('analytics').all(client),
];

export const useArchiveAccount = (): UseMutationResult<Account, Error, string> =>
  useAccountChange(
    (client, accountId: string) =>
      client.POST('/v1/accounts/{accountId}/archive', { params: { path: { accountId } } }),
    archiveEffects,
  );

export const useUnarchiveAccount = (): UseMutationResult<Account, Error, string> =>
  useAccountChange(
    (client, accountId: string) =>
      client.POST('/v1/accounts/{accountId}/unarchive', { params: { path: { accountId } } }),
    archiveEffects,
  );
