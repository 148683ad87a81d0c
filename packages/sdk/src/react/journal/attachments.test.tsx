// @vitest-environment jsdom
import { File as NodeFile, resolveObjectURL } from 'node:buffer';
import { URL as NodeURL } from 'node:url';
import { act, cleanup, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createJournalkitClient } from '../../client';
import { isJournalkitError, isJournalkitNetworkError } from '../../errors';
import type { Attachment } from '../../journalModels';
import type { JournalkitClient } from '../../types';
import { startProxy, startTestApi, stopTestApi, type Loopback, type TestApi } from '../../test/loopback';
import { gate, recordingClient, renderWith, testQueryClient } from '../../test/react';
import { useObjectUrl } from '../useObjectUrl';
import { attachmentQueries, useAddAttachment, useAttachment, useDeleteAttachment } from './attachments';
import { useJournalEntries } from './entries';
import { useTradeJournal } from './trades';

// Screenshots of a trade's journal entry against the real API: uploaded (multipart), shown from
// the API's bytes, deleted optimistically; and what happens when an answer is lost on the way back.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
// jsdom brings its own FormData, URL, Uint8Array and ArrayBuffer: Node's fetch cannot read jsdom's
// FormData, jsdom has no object URLs, and the API (in this process) needs Node's typed arrays to
// store an image (PGlite's bytea) and to send it (Fastify). Use Node's: a browser has one of each,
// and the API runs in Node, so this is a test-environment matter.
const png = (name = 'chart.png') => new NodeFile([PNG], name, { type: 'image/png' }) as unknown as File;
let jsdomFormData: typeof FormData;
const jsdomTyped = { Uint8Array: globalThis.Uint8Array, ArrayBuffer: globalThis.ArrayBuffer };
const NodeUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
const jsdomObjectUrl = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

let api: TestApi;
let member: { userId: string; token: string };
let apiKey: string;
let accountId: string;
let tradeId: string;
let entryId: string;

beforeAll(async () => {
  jsdomFormData = globalThis.FormData;
  globalThis.FormData = (await new Response(new URLSearchParams('a=1')).formData())
    .constructor as typeof FormData;
  globalThis.Uint8Array = NodeUint8Array;
  globalThis.ArrayBuffer = new NodeUint8Array(0).buffer.constructor as ArrayBufferConstructor;
  URL.createObjectURL = NodeURL.createObjectURL as typeof URL.createObjectURL;
  URL.revokeObjectURL = NodeURL.revokeObjectURL;

  api = await startTestApi();
  const t = await api.createTenant();
  apiKey = t.apiKey;
  member = await api.createUser(t.apiKey, { roles: ['member'] });
  const client = createJournalkitClient({ baseUrl: api.url, token: member.token });
  accountId = (
    await client.POST('/v1/accounts', { body: { name: 'Shots', broker: 'ibkr', currency: 'USD' } })
  ).id;
  const fill = (id: string, side: 'buy' | 'sell', price: string, executedAt: string) => ({
    brokerExecutionId: id,
    executedAt,
    symbol: 'AAPL',
    assetClass: 'stock' as const,
    side,
    quantity: '10',
    price,
  });
  await client.POST('/v1/accounts/{accountId}/executions', {
    params: { path: { accountId } },
    body: {
      executions: [
        fill('S-1', 'buy', '100', '2024-03-15T14:00:00Z'),
        fill('S-2', 'sell', '101', '2024-03-15T15:00:00Z'),
      ],
    },
  });
  tradeId = (await client.GET('/v1/trades', { params: { query: { accountId } } })).data[0]!.id;
  entryId = (
    await client.PUT('/v1/trades/{tradeId}/journal', {
      params: { path: { tradeId } },
      body: { body: 'Chart attached.' },
    })
  ).id;
});
afterAll(async () => {
  globalThis.FormData = jsdomFormData;
  Object.assign(globalThis, jsdomTyped);
  URL.createObjectURL = jsdomObjectUrl.create;
  URL.revokeObjectURL = jsdomObjectUrl.revoke;
  await stopTestApi(api);
});
afterEach(cleanup);

/** The entry's attachments as the API holds them now. */
const stored = async (): Promise<Attachment[]> =>
  (await api.call('GET', `/v1/journal-entries/${entryId}`, { token: member.token })).body.attachments;

type Mutations = {
  add: ReturnType<typeof useAddAttachment>['mutateAsync'];
  remove: ReturnType<typeof useDeleteAttachment>['mutateAsync'];
};

/** A trade page: its journal's screenshots (the first one shown), and the entry lists. */
function TradePage({ on }: { on: (m: Mutations) => void }) {
  const journal = useTradeJournal(tradeId);
  const entries = useJournalEntries({ accountId });
  const first = journal.data?.attachments[0];
  const image = useAttachment(entryId, first?.id ?? '', { enabled: !!first });
  const src = useObjectUrl(image.data);
  on({ add: useAddAttachment().mutateAsync, remove: useDeleteAttachment().mutateAsync });
  const listed = entries.data?.data.find((e) => e.id === entryId)?.attachments.length;
  if (!journal.data || listed === undefined) return <p>loading</p>;
  return <p>{`journal=${journal.data.attachments.length} list=${listed} src=${src ? 'blob' : 'none'}`}</p>;
}

function renderPage(client: JournalkitClient, queryClient = testQueryClient()) {
  const m = {} as Mutations;
  renderWith(client, <TradePage on={(next) => Object.assign(m, next)} />, queryClient);
  return m;
}

describe('attachment hooks against the real API', () => {
  test('useAddAttachment: the screenshot joins the trade’s journal and the entry lists from the answer, and shows without a download', async () => {
    const { client, requests } = recordingClient({ baseUrl: api.url, token: member.token });
    const m = renderPage(client);
    await screen.findByText('journal=0 list=0 src=none');
    const mark = requests.length;
    const attachment = await act(() => m.add({ entryId, file: png() }));
    expect([attachment.filename, attachment.contentType, attachment.size]).toEqual([
      'chart.png',
      'image/png',
      PNG.length,
    ]);
    expect(await screen.findByText('journal=1 list=1 src=blob')).toBeTruthy();
    // One upload and nothing else: the caches took the answer, the image is the file sent.
    expect(requests.slice(mark)).toEqual([`POST /v1/journal-entries/${entryId}/attachments`]);
    expect((await stored()).map((a) => a.id)).toEqual([attachment.id]);
  });

  test('useAttachment fetches the image with the client’s credentials; useObjectUrl revokes its URL on unmount', async () => {
    const { client, requests } = recordingClient({ baseUrl: api.url, token: member.token });
    const [attachment] = await stored();
    let src: string | undefined;
    function Screenshot() {
      src = useObjectUrl(useAttachment(entryId, attachment!.id).data);
      return <p>{src ? 'shown' : 'loading'}</p>;
    }
    renderWith(client, <Screenshot />, testQueryClient());
    await screen.findByText('shown');
    expect(requests).toEqual([`GET /v1/journal-entries/${entryId}/attachments/${attachment!.id}`]);
    const shown = resolveObjectURL(src!);
    expect(shown?.type).toBe('image/png');
    expect(Buffer.from(await shown!.arrayBuffer()).equals(PNG)).toBe(true);
    cleanup();
    expect(resolveObjectURL(src!)).toBeUndefined();

    // Without the credential the API refuses the image: the query fails with its problem.
    let error: unknown;
    function Anonymous() {
      const image = useAttachment(entryId, attachment!.id);
      error = image.error;
      return <p>{image.isError ? 'refused' : 'loading'}</p>;
    }
    renderWith(createJournalkitClient({ baseUrl: api.url }), <Anonymous />, testQueryClient());
    await screen.findByText('refused');
    expect(isJournalkitError(error) && error.status).toBe(401);
  });

  test('useDeleteAttachment: gone at once from the journal and the lists, back when the API refuses', async () => {
    // A key that may read the journal but not write it: the API refuses the delete (403).
    const readOnly = await api.call('POST', '/v1/api-keys', {
      token: apiKey,
      body: { name: 'read-only', scopes: ['journal:read'] },
    });
    let hold = gate();
    const held = {
      onRequest: async ({ request }: { request: Request }) =>
        void (request.method === 'DELETE' && (await hold.wait)),
    };
    const viewer = createJournalkitClient({
      baseUrl: api.url,
      token: readOnly.body.secret,
      dangerouslyAllowBrowser: true,
      middleware: [held],
    });
    const [attachment] = await stored();
    let m = renderPage(viewer);
    await screen.findByText('journal=1 list=1 src=blob');
    const refused = m.remove({ entryId, attachmentId: attachment!.id }).catch((e: unknown) => e);
    expect(await screen.findByText('journal=0 list=0 src=none')).toBeTruthy(); // before the answer
    await act(async () => {
      hold.open();
      await refused;
    });
    const error = await refused;
    expect(isJournalkitError(error) && [error.status, error.code]).toEqual([403, 'forbidden']);
    expect(await screen.findByText('journal=1 list=1 src=blob')).toBeTruthy();
    cleanup();

    hold = gate();
    const { client } = recordingClient({ baseUrl: api.url, token: member.token, middleware: [held] });
    const queryClient = testQueryClient();
    m = renderPage(client, queryClient);
    await screen.findByText('journal=1 list=1 src=blob');
    const removing = m.remove({ entryId, attachmentId: attachment!.id });
    expect(await screen.findByText('journal=0 list=0 src=none')).toBeTruthy();
    await act(async () => {
      hold.open();
      await removing;
    });
    expect(await screen.findByText('journal=0 list=0 src=none')).toBeTruthy();
    expect(
      queryClient.getQueryData(attachmentQueries.image(client, entryId, attachment!.id).queryKey),
    ).toBeUndefined();
    expect(await stored()).toEqual([]);
  });

  describe('answers lost on the way back (a proxy cuts the connection after the API answered)', () => {
    let proxy: Loopback;
    let dropped = 0;
    let dropWhat = '';
    beforeAll(async () => {
      proxy = await startProxy(api.url, (hit) =>
        `${hit.method} ${hit.url}` === dropWhat && dropped++ === 0 ? 'drop' : undefined,
      );
    });
    afterAll(() => proxy.close());

    test('an upload is sent once, never retried into a second copy; the entry refetches and shows it', async () => {
      dropped = 0;
      dropWhat = `POST /v1/journal-entries/${entryId}/attachments`;
      const before = (await stored()).length;
      const m = renderPage(createJournalkitClient({ baseUrl: proxy.url, token: member.token }));
      await screen.findByText(`journal=${before} list=${before} src=${before ? 'blob' : 'none'}`);
      const error = await act(() => m.add({ entryId, file: png('lost.png') }).catch((e: unknown) => e));
      expect(isJournalkitNetworkError(error)).toBe(true);
      expect(proxy.hits.filter((h) => `${h.method} ${h.url}` === dropWhat)).toHaveLength(1);
      expect((await stored()).map((a) => a.filename)).toEqual(['lost.png']);
      expect(await screen.findByText(`journal=${before + 1} list=${before + 1} src=blob`)).toBeTruthy();
    });

    test('a delete whose answer is lost is retried, and the retry’s 404 counts as removed', async () => {
      const [attachment] = await stored();
      dropped = 0;
      dropWhat = `DELETE /v1/journal-entries/${entryId}/attachments/${attachment!.id}`;
      const m = renderPage(createJournalkitClient({ baseUrl: proxy.url, token: member.token }));
      await screen.findByText('journal=1 list=1 src=blob');
      await act(() => m.remove({ entryId, attachmentId: attachment!.id }));
      expect(proxy.hits.filter((h) => `${h.method} ${h.url}` === dropWhat)).toHaveLength(2);
      expect(await screen.findByText('journal=0 list=0 src=none')).toBeTruthy();
      expect(await stored()).toEqual([]);
    });
  });
});
