import { useMutation, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type {
  ApiKey,
  ApiKeyList,
  ApiKeyWithSecret,
  CreateApiKeyInput,
  ListApiKeysQuery,
  UpdateApiKeyInput,
} from '../../models';
import type { JournalkitClient } from '../../types';
import { useJournalkitContext } from '../context';
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { areaQueries, useJournalkitQuery } from '../query';

const apiKeys = areaQueries('apiKeys');
export const apiKeyKeys = apiKeys.keys;

export const apiKeyQueries = {
  keys: apiKeyKeys,
  list: (client: JournalkitClient, params: ListApiKeysQuery = {}): JournalkitQueryOptions<ApiKeyList> =>
    apiKeys.list(client, '/v1/api-keys', { query: params }),
  detail: (client: JournalkitClient, keyId: string): JournalkitQueryOptions<ApiKey> =>
    apiKeys.detail(client, '/v1/api-keys/{keyId}', { path: { keyId } }),
};

export const useApiKeys = (
  params?: ListApiKeysQuery,
  options?: QueryHookOptions,
): UseQueryResult<ApiKeyList, Error> => useJournalkitQuery((c) => apiKeyQueries.list(c, params), options);

export const useApiKey = (keyId: string, options?: QueryHookOptions): UseQueryResult<ApiKey, Error> =>
  useJournalkitQuery((c) => apiKeyQueries.detail(c, keyId), options);

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
