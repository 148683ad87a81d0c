import type { UseQueryResult } from '@tanstack/react-query';
import type { Me } from '../../models';
import type { JournalkitClient } from '../../types';
import { journalkitKey } from '../keys';
import type { JournalkitQueryOptions, QueryHookOptions } from '../options';
import { getQuery, useJournalkitQuery } from '../query';

export const meKeys = {
  current: (client: JournalkitClient) => [...journalkitKey(client), 'me'] as const,
};

export const meQueries = {
  keys: meKeys,
  /** The caller: the end user (or API key), its tenant and permissions. */
  current: (client: JournalkitClient): JournalkitQueryOptions<Me> =>
    getQuery(client, meKeys.current(client), '/v1/me'),
};

/** The signed-in end user, their tenant and permissions. */
export const useMe = (options?: QueryHookOptions): UseQueryResult<Me, Error> =>
  useJournalkitQuery(meQueries.current, options);
