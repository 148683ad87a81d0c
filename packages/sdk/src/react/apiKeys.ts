import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { ApiKey, CreateApiKeyInput, ListApiKeysQuery, UpdateApiKeyInput } from '../models';
import type { JournalkitClient } from '../types';
import { useJournalkitContext } from './context';
import { areaKeys } from './keys';
import { factoryDefaults, type QueryHookOptions } from './options';

export const apiKeyKeys = areaKeys('apiKeys');

export const apiKeyQueries = {
  keys: apiKeyKeys,
  list: (client: JournalkitClient, params: ListApiKeysQuery = {}) =>
    queryOptions({
      ...factoryDefaults,
      queryKey: apiKeyKeys.list(client, params),
      queryFn: ({ signal }) => client.GET('/v1/api-keys', { params: { query: params }, signal }),
    }),
  detail: (client: JournalkitClient, keyId: string) =>
    queryOptions({
      ...factoryDefaults,
      queryKey: apiKeyKeys.detail(client, keyId),
      queryFn: ({ signal }) => client.GET('/v1/api-keys/{keyId}', { params: { path: { keyId } }, signal }),
    }),
};

export function useApiKeys(params?: ListApiKeysQuery, options?: QueryHookOptions) {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...apiKeyQueries.list(client, params), ...options }, queryClient);
}

export function useApiKey(keyId: string, options?: QueryHookOptions) {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...apiKeyQueries.detail(client, keyId), ...options }, queryClient);
}

/** Creates a key (its secret is in the result only); the key lists refetch. */
export function useCreateApiKey() {
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
function useKeyChange<V>(mutationFn: (client: JournalkitClient, variables: V) => Promise<ApiKey>) {
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

export const useUpdateApiKey = () =>
  useKeyChange((client, { keyId, body }: { keyId: string; body: UpdateApiKeyInput }) =>
    client.PATCH('/v1/api-keys/{keyId}', { params: { path: { keyId } }, body }),
  );

/** Revokes a key: it stops working at once and stays listed with `revokedAt`. */
export const useRevokeApiKey = () =>
  useKeyChange((client, keyId: string) =>
    client.DELETE('/v1/api-keys/{keyId}', { params: { path: { keyId } } }),
  );
