import type { InfiniteData, QueryKey, infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

/** What the thin hooks let you tune; for anything else use the factory with `useQuery`. */
export interface QueryHookOptions {
  enabled?: boolean;
  staleTime?: number;
  refetchInterval?: number | false;
}

/**
 * Shared by every factory: the client already retries what is worth retrying (network errors,
 * 429, 503), so React Query does not retry on top of it. Spread your own `retry` after it.
 */
export const factoryDefaults = { retry: false } as const;

/**
 * What a query factory returns: `queryOptions` for useQuery, prefetchQuery, ensureQueryData …, its
 * `queryKey` branded with the data type (so `queryClient.getQueryData(o.queryKey)` is typed).
 */
export type JournalkitQueryOptions<TData> = ReturnType<typeof queryOptions<TData, Error, TData, QueryKey>>;

/** A page list's data in useInfiniteQuery: the pages and their cursors. */
export type CursorPages<TPage> = InfiniteData<TPage, string | undefined>;

/** What an infinite-list factory returns (`infiniteQueryOptions` paged by `nextCursor`). */
export type JournalkitInfiniteQueryOptions<TPage> = ReturnType<
  typeof infiniteQueryOptions<TPage, Error, CursorPages<TPage>, QueryKey, string | undefined>
>;
