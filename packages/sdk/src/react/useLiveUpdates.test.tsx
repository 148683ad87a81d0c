// @vitest-environment jsdom
import type { ServerResponse } from 'node:http';
import { useQuery } from '@tanstack/react-query';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { JournalkitEvent } from '../events';
import { startProxy, startTestApi, stopTestApi, type Loopback, type TestApi } from '../test/loopback';
import { recordingClient, renderWith, testQueryClient } from '../test/react';
import { useJournalkit, useJournalkitQueryClient } from './context';
import { createJournalkitClient } from '../client';
import { areaKeys } from './keys';
import { eventQueryKeys, useLiveUpdates, type LiveUpdatesOptions } from './useLiveUpdates';
import { useUser, useUsers } from './identity/users';

// The API has no /v1/events yet: a real HTTP server on loopback serves the documented stream
// (text/event-stream of {type, resource, ids}) and passes every other request to the real API.
let api: TestApi;
let proxy: Loopback;
let owner: { userId: string; token: string };
let apiKey: string;
const streams = new Set<ServerResponse>();
const closed: number[] = [];

function push(event: Record<string, unknown>, id: string) {
  for (const res of streams) res.write(`id: ${id}\ndata: ${JSON.stringify(event)}\n\n`);
}

beforeAll(async () => {
  api = await startTestApi();
  const t = await api.createTenant();
  apiKey = t.apiKey;
  owner = await api.createUser(t.apiKey, { roles: ['owner'], externalId: 'live-owner' });
  proxy = await startProxy(api.url, undefined, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => {
      streams.delete(res);
      closed.push(Date.now());
    });
  });
});
afterAll(async () => {
  await proxy.close();
  await stopTestApi(api);
});
afterEach(cleanup);

function Live(props: LiveUpdatesOptions & { userId: string }) {
  const { userId, ...options } = props;
  const status = useLiveUpdates(options);
  const list = useUsers();
  const user = useUser(userId);
  const name = list.data?.data.find((u) => u.id === userId)?.displayName ?? '';
  return <p>{`${status} list=${name} detail=${user.data?.displayName ?? ''}`}</p>;
}

describe('useLiveUpdates over a real event stream', () => {
  test('an event invalidates the lists and the details it names; unmount closes the stream', async () => {
    const { client, requests } = recordingClient({ baseUrl: proxy.url, token: owner.token });
    const seen: JournalkitEvent[] = [];
    const view = renderWith(
      client,
      <Live userId={owner.userId} onEvent={(e) => seen.push(e)} />,
      testQueryClient(),
    );
    await screen.findByText(/^open list=User \d+ detail=User \d+$/);
    const listFetches = requests.filter((r) => r === 'GET /v1/users').length;

    // Someone else renames the user; the API announces it.
    await api.call('PATCH', `/v1/users/${owner.userId}`, {
      token: apiKey,
      body: { displayName: 'Renamed Live' },
    });
    push({ type: 'user.updated', resource: 'users', ids: [owner.userId] }, 'ev-1');
    expect(await screen.findByText('open list=Renamed Live detail=Renamed Live')).toBeTruthy();
    expect(requests.filter((r) => r === 'GET /v1/users')).toHaveLength(listFetches + 1);
    expect(seen.map((e) => [e.type, e.resource, e.ids])).toEqual([['user.updated', 'users', [owner.userId]]]);

    // An event about another resource touches nothing here.
    const before = requests.length;
    push({ type: 'trade.created', resource: 'trades', ids: ['t1'] }, 'ev-2');
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(requests.length).toBe(before);

    const streamRequests = proxy.hits.filter((h) => h.url === '/v1/events');
    expect(streamRequests.at(-1)?.headers.authorization).toBe(`Bearer ${owner.token}`);
    const closes = closed.length;
    view.unmount();
    await waitFor(() => expect(closed.length).toBe(closes + 1));
  });

  test("keysFor maps an event onto an app's own derived queries; overlapping keys refetch once", async () => {
    const { client } = recordingClient({ baseUrl: proxy.url, token: owner.token });
    let runs = 0;
    function Analytics() {
      const jk = useJournalkit();
      useLiveUpdates({
        keysFor: (event, c) => [
          ...eventQueryKeys(event, c),
          ...(event.resource === 'trades'
            ? [areaKeys('leaderboard').all(c), areaKeys('leaderboard').lists(c)]
            : []),
        ],
      });
      const q = useQuery(
        { queryKey: [...areaKeys('leaderboard').lists(jk), 'weekly'], queryFn: () => ++runs },
        useJournalkitQueryClient(),
      );
      return <p>{`runs=${q.data ?? 0}`}</p>;
    }
    renderWith(client, <Analytics />, testQueryClient());
    await screen.findByText('runs=1');
    await waitFor(() => expect(streams.size).toBeGreaterThan(0));
    push({ type: 'trade.created', resource: 'trades', ids: ['t9'] }, 'ev-3');
    expect(await screen.findByText('runs=2')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText('runs=2')).toBeTruthy();
  });

  test("when the stream drops and reopens, the client's active queries refetch (missed events)", async () => {
    const { client, requests } = recordingClient({ baseUrl: proxy.url, token: owner.token });
    renderWith(client, <Live userId={owner.userId} />, testQueryClient());
    await screen.findByText(/^open list=.+ detail=.+$/);
    const fetches = requests.filter((r) => r === 'GET /v1/users').length;
    for (const res of streams) res.end();
    await waitFor(() => expect(requests.filter((r) => r === 'GET /v1/users').length).toBe(fetches + 1), {
      timeout: 5000,
    });
    expect(requests.filter((r) => r === 'GET /v1/events')).toHaveLength(2);
  });

  test('against the real API: pushing executions announces trades.changed; trades and analytics refetch', async () => {
    const client = createJournalkitClient({ baseUrl: api.url, token: owner.token });
    const account = await client.POST('/v1/accounts', {
      body: { name: 'Live', broker: 'ibkr', currency: 'USD' },
    });
    const counts = { trades: 0, analytics: 0 };
    function Journal() {
      const queryClient = useJournalkitQueryClient();
      const status = useLiveUpdates();
      const trades = useQuery(
        {
          queryKey: [...areaKeys('trades').lists(client), { accountId: account.id }],
          queryFn: ({ signal }) => (
            counts.trades++,
            client.GET('/v1/trades', { params: { query: { accountId: account.id } }, signal })
          ),
        },
        queryClient,
      );
      useQuery(
        {
          queryKey: [...areaKeys('analytics').all(client), 'summary'],
          queryFn: ({ signal }) => (counts.analytics++, client.GET('/v1/analytics/summary', { signal })),
        },
        queryClient,
      );
      return <p>{`${status} trades=${trades.data?.data.length ?? '-'}`}</p>;
    }
    renderWith(client, <Journal />, testQueryClient());
    await screen.findByText('open trades=0');
    const execution = (id: string, side: 'buy' | 'sell', price: string, at: string) => ({
      brokerExecutionId: id,
      executedAt: at,
      symbol: 'AAPL',
      assetClass: 'stock' as const,
      side,
      quantity: '10',
      price,
    });
    // The event and the refetches it causes update React state: let act() see them through.
    await act(async () => {
      await client.POST('/v1/accounts/{accountId}/executions', {
        params: { path: { accountId: account.id } },
        body: {
          executions: [
            execution('L-1', 'buy', '100', '2024-03-15T14:00:00Z'),
            execution('L-2', 'sell', '101', '2024-03-15T15:00:00Z'),
          ],
        },
      });
    });
    expect(await screen.findByText('open trades=1')).toBeTruthy();
    await waitFor(() => expect(counts.analytics).toBe(2));
    expect(counts.trades).toBe(2);
  });

  test('enabled: false opens no stream', async () => {
    const { client } = recordingClient({ baseUrl: proxy.url, token: owner.token });
    const opened = proxy.hits.filter((h) => h.url === '/v1/events').length;
    renderWith(client, <Live userId={owner.userId} enabled={false} />, testQueryClient());
    await screen.findByText(/^idle list=.+ detail=.+$/);
    expect(proxy.hits.filter((h) => h.url === '/v1/events')).toHaveLength(opened);
  });
});
