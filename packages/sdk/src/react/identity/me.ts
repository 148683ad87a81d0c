import { queryOptions, useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import type { Me } from '../models';
import type { JournalkitClient } from '../types';
import { useJournalkitContext } from './context';
import { journalkitKey } from './keys';
import { factoryDefaults, type JournalkitQueryOptions, type QueryHookOptions } from './options';

export const meKeys = {
  current: (client: JournalkitClient) => [...journalkitKey(client), 'me'] as const,
};

export const meQueries = {
  keys: meKeys,
  /** The caller: the end user (or API key), its tenant and permissions. */
  current: (client: JournalkitClient): JournalkitQueryOptions<Me> =>
    queryOptions({
      ...factoryDefaults,
      queryKey: meKeys.current(client) as QueryKey,
      queryFn: ({ signal }) => client.GET('/v1/me', { signal }),
    }),
};

/** The signed-in end user, their tenant and permissions. */
export function useMe(options?: QueryHookOptions): UseQueryResult<Me, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...meQueries.current(client), ...options }, queryClient);
}
