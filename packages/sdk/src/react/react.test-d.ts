import {
  QueryClient,
  queryOptions,
  useQuery,
  type QueryKey,
  type UseQueryResult,
} from '@tanstack/react-query';
import { describe, expectTypeOf, test } from 'vitest';
import { createJournalkitClient, type DataOf, type JournalkitClient, type paths, type User } from '../index';
import {
  areaKeys,
  factoryDefaults,
  meQueries,
  useJournalkitContext,
  useUpdateUser,
  useUsers,
  userQueries,
  type JournalkitQueryOptions,
} from './index';

const client = createJournalkitClient({ baseUrl: 'http://localhost' });

describe('query factories', () => {
  test('keys are branded with the data type', () => {
    const queryClient = new QueryClient();
    expectTypeOf(queryClient.getQueryData(userQueries.detail(client, 'u').queryKey)).toEqualTypeOf<
      User | undefined
    >();
    expectTypeOf(queryClient.getQueryData(meQueries.current(client).queryKey)).toEqualTypeOf<
      DataOf<paths, '/v1/me'> | undefined
    >();
  });

  test('hooks return typed results; mutation variables are checked', () => {
    expectTypeOf(useUsers).returns.toEqualTypeOf<UseQueryResult<DataOf<paths, '/v1/users'>, Error>>();
    const update = useUpdateUser();
    update.mutate({ userId: 'u', body: { displayName: 'x' } });
    // @ts-expect-error an unknown field
    update.mutate({ userId: 'u', body: { nickname: 'x' } });
    // @ts-expect-error the user id is required
    update.mutate({ body: { displayName: 'x' } });
    // @ts-expect-error list params are the operation's query parameters
    useUsers({ sort: 'name' });
  });

  test('a new area is written the same way (the README example compiles)', () => {
    type TradeList = DataOf<paths, '/v1/trades'>;
    type ListTradesQuery = NonNullable<paths['/v1/trades']['get']['parameters']['query']>;
    const tradeKeys = areaKeys('trades');
    const tradeQueries = {
      keys: tradeKeys,
      list: (c: JournalkitClient, params: ListTradesQuery = {}): JournalkitQueryOptions<TradeList> =>
        queryOptions({
          ...factoryDefaults,
          queryKey: tradeKeys.list(c, params) as QueryKey,
          queryFn: ({ signal }) => c.GET('/v1/trades', { params: { query: params }, signal }),
        }),
    };
    function useTrades(params?: ListTradesQuery): UseQueryResult<TradeList, Error> {
      const { client: c, queryClient } = useJournalkitContext();
      return useQuery(tradeQueries.list(c, params), queryClient);
    }
    expectTypeOf(useTrades).returns.toHaveProperty('data').toEqualTypeOf<TradeList | undefined>();
    expectTypeOf(tradeKeys.lists(client)).toEqualTypeOf<readonly ['journalkit', string, 'trades', 'list']>();
  });
});
