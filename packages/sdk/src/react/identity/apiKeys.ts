import {
  queryOptions,
  useMutation,
  useQuery,
  type QueryKey,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type {
  ApiKey,
  ApiKeyList,
  ApiKeyWithSecret,
  CreateApiKeyInput,
  ListApiKeysQuery,
  UpdateApiKeyInput,
} from '../models';
import type { JournalkitClient } from '../types';
import { useJournalkitContext } from './context';
import { areaKeys } from './keys';
import { factoryDefaults, type JournalkitQueryOptions, type QueryHookOptions } from './options';

export const apiKeyKeys = areaKeys('apiKeys');

export const apiKeyQueries = {
  keys: apiKeyKeys,
  list: (client: JournalkitClient, params: ListApiKeysQuery = {}): JournalkitQueryOptions<ApiKeyList> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: apiKeyKeys.list(client, params) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/api-keys', { params: { query: params }, signal }),
    }),
  detail: (client: JournalkitClient, keyId: string): JournalkitQueryOptions<ApiKey> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: apiKeyKeys.detail(client, keyId) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/api-keys/{keyId}', { params: { path: { keyId } }, signal }),
    }),
};

export function useApiKeys(
  params?: ListApiKeysQuery,
  options?: QueryHookOptions,
): UseQueryResult<ApiKeyList, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...apiKeyQueries.list(client, params), ...options }, queryClient);
}

export function useApiKey(keyId: string, options?: QueryHookOptions): UseQueryResult<ApiKey, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...apiKeyQueries.detail(client, keyId), ...options }, queryClient);
}

/** Creates a key (its secret is in the result only); the key lists refetch. */
export function useCreateApiKey(): UseMutationResult<ApiKeyWithSecret, Error, CreateApiKeyInput> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: (body: CreateApiKeyInput) => client.POST('/v1/api-keys', { body }),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists(client) }),
    },
    queryClient,
  );
}

/** The answer replaces the cached key; the lists refetch. */
function useKeyChange<V>(
  mutationFn: (client: JournalkitClient, variables: V) => Promise<ApiKey>,
): UseMutationResult<ApiKey, Error, V> {
  const { client, queryClient } = useJournalkitContext();
  return useMutation(
    {
      mutationFn: (variables: V) => mutationFn(client, variables),
      onSuccess: (key: ApiKey) => {
        queryClient.setQueryData(apiKeyKeys.detail(client, key.id), key);
        return queryClient.invalidateQueries({ queryKey: apiKeyKeys.lists(client) });
      },
    },
    queryClient,
  );
}

export const useUpdateApiKey = (): UseMutationResult<
  ApiKey,
  Error,
  { keyId: string; body: UpdateApiKeyInput }
> =>
  useKeyChange((client, { keyId, body }: { keyId: string; body: UpdateApiKeyInput }) =>
    client.PATCH('/v1/api-keys/{keyId}', { params: { path: { keyId } }, body }),
  );

/** Revokes a key: it stops working at once and stays listed with `revokedAt`. */
export const useRevokeApiKey = (): UseMutationResult<ApiKey, Error, string> =>
  useKeyChange((client, keyId: string) =>
    client.DELETE('/v1/api-keys/{keyId}', { params: { path: { keyId } } }),
  );
