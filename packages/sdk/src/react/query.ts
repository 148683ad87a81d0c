import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
  type QueryKey,
  type UseInfiniteQueryResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { paths } from '../generated/schema';
import type { DataOf, JournalkitClient, OperationOf, PaginatedPath, PathsFor } from '../types';
import { useJournalkitContext } from './context';
import { areaKeys } from './keys';
import {
  factoryDefaults,
  type CursorPages,
  type JournalkitInfiniteQueryOptions,
  type JournalkitQueryOptions,
  type QueryHookOptions,
} from './options';

// The one query helper of the React bindings (internal; the openapi-react-query shape with our
// keys): given a GET path of the typed client and its `params`, it makes the query options, typed
// from the generated `paths`, under the key convention of keys.ts. Each area's factories are then
// a line each, and its hooks a line around them (see the README, "Adding an area").

/** A GET path of the API. */
export type GetPath = PathsFor<paths, 'GET'>;
/** A GET path that names one object: it ends with its id parameter (`/v1/users/{userId}`). */
export type DetailPath = Extract<GetPath, `${string}}`>;
/** The `params` (`path`, `query`) of `GET path`, as `client.GET(path, { params })` takes them. */
export type GetParams<P extends GetPath> =
  OperationOf<paths, P, 'GET'> extends { parameters: infer Params } ? Params : never;

type Params = { path?: object; query?: object };
type UntypedGet = (path: string, init: { params?: Params; signal: AbortSignal }) => Promise<unknown>;

/** The query options of `GET path` under `queryKey`: for singletons (`me`) and reports. */
export function getQuery<P extends GetPath>(
  client: JournalkitClient,
  queryKey: QueryKey,
  path: P,
  params?: GetParams<P>,
): JournalkitQueryOptions<DataOf<paths, P>> {
  const options = queryOptions({
    ...factoryDefaults,
    queryKey,
    queryFn: ({ signal }) => (client.GET as UntypedGet)(path, { params: params as Params, signal }),
  });
  // Typed here, once: TypeScript cannot choose queryOptions' overload for a type still generic.
  return options as unknown as JournalkitQueryOptions<DataOf<paths, P>>;
}

/**
 * The query options of a GET that answers a file (a screenshot, soon a certificate or an export):
 * its body as a Blob, through the client's auth, retries and errors.
 */
export function fileQuery<P extends GetPath>(
  client: JournalkitClient,
  queryKey: QueryKey,
  path: P,
  params: GetParams<P>,
): JournalkitQueryOptions<Blob> {
  const values = ((params as Params).path ?? {}) as Record<string, string>;
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
  return queryOptions({
    ...factoryDefaults,
    queryKey,
    queryFn: ({ signal }) => client.fetch(url, { signal }).then((response) => response.blob()),
  });
}

/** A list's key holds its path and query parameters in one object: `{ accountId, limit }`. */
const listParams = (params: Params | undefined) => ({ ...params?.path, ...params?.query });

/**
 * The query factories of one area (`users`, `trades` …), keyed `['journalkit', scope, area, …]`:
 * - `list(client, path, params)`: one page (or a whole small list), keyed by its parameters;
 * - `infinite(client, path, params)`: every page of a `{data, nextCursor}` list, for
 *   `useInfiniteQuery`, paged with `cursor`;
 * - `detail(client, path, params)`: one object, keyed by the path's last parameter (its own id,
 *   `importId` in `/v1/accounts/{accountId}/imports/{importId}`), so an event naming that id
 *   finds it.
 */
export function areaQueries<const Area extends string>(area: Area) {
  const keys = areaKeys(area);
  return {
    keys,
    list: <P extends GetPath>(
      client: JournalkitClient,
      path: P,
      params?: GetParams<P>,
    ): JournalkitQueryOptions<DataOf<paths, P>> =>
      getQuery(client, keys.list(client, listParams(params as Params)), path, params),

    infinite: <P extends PaginatedPath<paths>>(
      client: JournalkitClient,
      path: P,
      params?: GetParams<P>,
    ): JournalkitInfiniteQueryOptions<DataOf<paths, P>> => {
      const { path: pathParams, query } = (params ?? {}) as Params;
      const options = infiniteQueryOptions({
        ...factoryDefaults,
        queryKey: keys.infinite(client, listParams(params as Params)) as QueryKey,
        queryFn: ({ signal, pageParam }) =>
          (client.GET as UntypedGet)(path, {
            params: { path: pathParams, query: { ...query, cursor: pageParam } },
            signal,
          }) as Promise<{ nextCursor: string | null }>,
        initialPageParam: undefined as string | undefined,
        getNextPageParam: (last) => last.nextCursor ?? undefined,
      });
      return options as unknown as JournalkitInfiniteQueryOptions<DataOf<paths, P>>;
    },

    detail: <P extends DetailPath>(
      client: JournalkitClient,
      path: P,
      params: GetParams<P>,
    ): JournalkitQueryOptions<DataOf<paths, P>> => {
      const id = /\{(\w+)\}$/.exec(path)![1]!;
      const values = (params as { path: Record<string, string> }).path;
      return getQuery(client, keys.detail(client, values[id]!), path, params);
    },
  };
}

/** The hook around a query factory: the provider's client and QueryClient, and the hook options. */
export function useJournalkitQuery<T>(
  factory: (client: JournalkitClient) => JournalkitQueryOptions<T>,
  options?: QueryHookOptions,
): UseQueryResult<T, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useQuery({ ...factory(client), ...options }, queryClient);
}

/** The hook around an infinite-list factory. */
export function useJournalkitInfiniteQuery<T>(
  factory: (client: JournalkitClient) => JournalkitInfiniteQueryOptions<T>,
  options?: QueryHookOptions,
): UseInfiniteQueryResult<CursorPages<T>, Error> {
  const { client, queryClient } = useJournalkitContext();
  return useInfiniteQuery({ ...factory(client), ...options }, queryClient);
}
