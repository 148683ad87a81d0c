// @vitest-environment jsdom
import type { ServerResponse } from 'node:http';
import { useQuery } from '@tanstack/react-query';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { JournalkitEvent } from '../events';
import { startProxy, startTestApi, type Loopback, type TestApi } from '../test/loopback';
import { recordingClient, renderWith, testQueryClient } from '../test/react';
import { useJournalkit, useJournalkitQueryClient } from './context';
import { areaKeys } from './keys';
import { eventQueryKeys, useLiveUpdates, type LiveUpdatesOptions } from './useLiveUpdates';
import { useUser, useUsers } from './users';

// The API has no /v1/events yet: a real HTTP server on loopback serves the documented stream
// (text/event-stream of {type, resource, ids}) and passes every other request to the real API.
let api: TestApi;
let proxy: Loopback;
let owner: { userId: string; token: string };
let apiKey: string;
const streams = new Set<ServerResponse>();
const closed: number[] = [];

function push(event: JournalkitEvent, id: string) {
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
  await api.close();
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
    expect(seen).toEqual([{ type: 'user.updated', resource: 'users', ids: [owner.userId] }]);

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

  test('keysFor maps an event onto derived queries (how journal analytics follow trades)', async () => {
    const { client } = recordingClient({ baseUrl: proxy.url, token: owner.token });
    let runs = 0;
    function Analytics() {
      const jk = useJournalkit();
      useLiveUpdates({
        keysFor: (event, c) => [
          ...eventQueryKeys(event, c),
          ...(event.resource === 'trades' ? [areaKeys('analytics').all(c)] : []),
        ],
      });
      const q = useQuery(
        { queryKey: [...areaKeys('analytics').all(jk), 'summary'], queryFn: () => ++runs },
        useJournalkitQueryClient(),
      );
      return <p>{`runs=${q.data ?? 0}`}</p>;
    }
    renderWith(client, <Analytics />, testQueryClient());
    await screen.findByText('runs=1');
    await waitFor(() => expect(streams.size).toBeGreaterThan(0));
    push({ type: 'trade.created', resource: 'trades', ids: ['t9'] }, 'ev-3');
    expect(await screen.findByText('runs=2')).toBeTruthy();
  });

  test('enabled: false opens no stream', async () => {
    const { client } = recordingClient({ baseUrl: proxy.url, token: owner.token });
    const opened = proxy.hits.filter((h) => h.url === '/v1/events').length;
    renderWith(client, <Live userId={owner.userId} enabled={false} />, testQueryClient());
    await screen.findByText(/^idle list=.+ detail=.+$/);
    expect(proxy.hits.filter((h) => h.url === '/v1/events')).toHaveLength(opened);
  });
});
