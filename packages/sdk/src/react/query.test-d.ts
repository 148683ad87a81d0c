import { QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { describe, expectTypeOf, test } from 'vitest';
import { createJournalkitClient, type DataOf, type JournalkitClient, type paths } from '../index';
import type { JournalkitQueryOptions, QueryHookOptions } from './options';
import { areaQueries, fileQuery, getQuery, useJournalkitQuery } from './query';

const client = createJournalkitClient({ baseUrl: 'http://localhost' });
const queryClient = new QueryClient();

describe('the query helper is typed from the generated paths', () => {
  const trades = areaQueries('trades');

  test('list, infinite and detail: data from the path, params from its operation', () => {
    const list = trades.list(client, '/v1/trades', { query: { accountId: 'a', limit: 5 } });
    expectTypeOf(queryClient.getQueryData(list.queryKey)).toEqualTypeOf<
      DataOf<paths, '/v1/trades'> | undefined
    >();
    const detail = trades.detail(client, '/v1/trades/{tradeId}', { path: { tradeId: 't' } });
    expectTypeOf(queryClient.getQueryData(detail.queryKey)).toEqualTypeOf<
      DataOf<paths, '/v1/trades/{tradeId}'> | undefined
    >();
    trades.infinite(client, '/v1/trades', { query: { limit: 50 } });
    expectTypeOf(trades.keys.lists(client)).toEqualTypeOf<
      readonly ['journalkit', string, 'trades', 'list']
    >();

    // @ts-expect-error an unknown query parameter
    trades.list(client, '/v1/trades', { query: { sort: 'pnl', nope: 1 } });
    // @ts-expect-error a misspelt path parameter
    trades.detail(client, '/v1/trades/{tradeId}', { path: { id: 't' } });
    // @ts-expect-error a detail path ends with the object's id
    trades.detail(client, '/v1/trades/{tradeId}/journal', { path: { tradeId: 't' } });
    // @ts-expect-error only `{data, nextCursor}` lists page
    trades.infinite(client, '/v1/me');
    // @ts-expect-error no GET on this path
    trades.list(client, '/v1/journal-entries/{entryId}/attachments', { path: { entryId: 'e' } });
  });

  test('getQuery for singletons and reports; fileQuery answers a Blob', () => {
    const me = getQuery(client, ['journalkit', client.scope, 'me'], '/v1/me');
    expectTypeOf(me).toEqualTypeOf<JournalkitQueryOptions<DataOf<paths, '/v1/me'>>>();
    const image = fileQuery(client, ['k'], '/v1/journal-entries/{entryId}/attachments/{attachmentId}', {
      path: { entryId: 'e', attachmentId: 'a' },
    });
    expectTypeOf(image).toEqualTypeOf<JournalkitQueryOptions<Blob>>();
    const imagePath = '/v1/journal-entries/{entryId}/attachments/{attachmentId}';
    // @ts-expect-error the path parameters are required
    fileQuery(client, ['k'], imagePath, { path: { entryId: 'e' } });
  });

  test('a new resource is a line per factory and per hook (the README example compiles)', () => {
    type ConnectorList = DataOf<paths, '/v1/accounts/{accountId}/connectors'>;
    type Connector = DataOf<paths, '/v1/accounts/{accountId}/connectors/{connectorId}'>;

    const connectors = areaQueries('connectors');
    const connectorQueries = {
      keys: connectors.keys,
      list: (c: JournalkitClient, accountId: string): JournalkitQueryOptions<ConnectorList> =>
        connectors.list(c, '/v1/accounts/{accountId}/connectors', { path: { accountId } }),
      detail: (
        c: JournalkitClient,
        accountId: string,
        connectorId: string,
      ): JournalkitQueryOptions<Connector> =>
        connectors.detail(c, '/v1/accounts/{accountId}/connectors/{connectorId}', {
          path: { accountId, connectorId },
        }),
    };
    const useConnectors = (
      accountId: string,
      options?: QueryHookOptions,
    ): UseQueryResult<ConnectorList, Error> =>
      useJournalkitQuery((c) => connectorQueries.list(c, accountId), options);
    const useConnector = (
      accountId: string,
      connectorId: string,
      options?: QueryHookOptions,
    ): UseQueryResult<Connector, Error> =>
      useJournalkitQuery((c) => connectorQueries.detail(c, accountId, connectorId), options);

    expectTypeOf(useConnectors).returns.toHaveProperty('data').toEqualTypeOf<ConnectorList | undefined>();
    expectTypeOf(useConnector).returns.toHaveProperty('data').toEqualTypeOf<Connector | undefined>();
    expectTypeOf(connectorQueries.keys.detail(client, 'c')).toEqualTypeOf<
      readonly ['journalkit', string, 'connectors', 'detail', string]
    >();
  });
});
