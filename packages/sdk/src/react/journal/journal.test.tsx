// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createJournalkitClient } from '../../client';
import type { ImportReport, JournalEntry, Trade } from '../../journalModels';
import { startTestApi, stopTestApi, type TestApi } from '../../test/loopback';
import { gate, recordingClient, renderWith, testQueryClient } from '../../test/react';
import { useAnalyticsSummary } from './analytics';
import { useDeleteJournalEntry, useJournalEntries } from './entries';
import { useImportFile } from './imports';
import {
  tradeQueries,
  useSaveTradeJournal,
  useTrade,
  useTradeJournal,
  useTrades,
  useTradesInfinite,
} from './trades';

// The journal hooks against the real API: a real broker file imported through the hook, then
// journal writes with their optimistic updates, rollbacks and exact invalidations.
const FIXTURE = resolve(__dirname, '../../../../../apps/api/test/fixtures/brokers/generic-1.csv');
let api: TestApi;
let member: { userId: string; token: string };
let accountId: string;

beforeAll(async () => {
  api = await startTestApi();
  const t = await api.createTenant();
  member = await api.createUser(t.apiKey, { roles: ['member'] });
  const client = createJournalkitClient({ baseUrl: api.url, token: member.token });
  const account = await client.POST('/v1/accounts', {
    body: { name: 'Generic', broker: 'generic', currency: 'USD', timezone: 'America/New_York' },
  });
  accountId = account.id;
});
afterAll(() => stopTestApi(api));
afterEach(cleanup);

type Fn<A> = (a: A) => Promise<unknown>;
// jsdom replaces FormData and File with its own, which Node's fetch cannot read (a browser has
// one of each, so this is a test-environment matter): upload with Node's, taken from undici.
const file = () =>
  new NodeFile([readFileSync(FIXTURE, 'utf8')], 'generic-1.csv', { type: 'text/csv' }) as unknown as File;
let jsdomFormData: typeof FormData;
beforeAll(async () => {
  jsdomFormData = globalThis.FormData;
  globalThis.FormData = (await new Response(new URLSearchParams('a=1')).formData())
    .constructor as typeof FormData;
});
afterAll(() => {
  globalThis.FormData = jsdomFormData;
});

describe('journal hooks against the real API', () => {
  test('useImportFile uploads a broker file; a dry run changes nothing, a real import refreshes trades and analytics', async () => {
    const { client, requests } = recordingClient({ baseUrl: api.url, token: member.token });
    let upload: Fn<Parameters<ReturnType<typeof useImportFile>['mutateAsync']>[0]> = async () => undefined;
    function Journal() {
      const trades = useTrades({ accountId, limit: 100 });
      const summary = useAnalyticsSummary({ accountId });
      upload = useImportFile().mutateAsync;
      return <p>{`trades=${trades.data?.data.length ?? '-'} closed=${summary.data?.tradeCount ?? '-'}`}</p>;
    }
    renderWith(client, <Journal />, testQueryClient());
    await screen.findByText('trades=0 closed=0');
    const before = requests.length;

    const dry = (await act(() =>
      upload({ accountId, form: { file: file(), format: 'generic', dryRun: true } }),
    )) as ImportReport;
    expect([dry.dryRun, dry.inserted, dry.rowsRead]).toEqual([true, 91, 91]);
    expect(requests.slice(before)).toEqual([`POST /v1/accounts/${accountId}/imports`]);

    const report = (await act(() =>
      upload({ accountId, form: { file: file(), format: 'generic' } }),
    )) as ImportReport;
    expect([report.status, report.inserted, report.tradesAffected > 0]).toEqual(['succeeded', 91, true]);
    expect(await screen.findByText('trades=25 closed=24')).toBeTruthy();
  });

  test('useSaveTradeJournal: tags show at once on the trade in every list, roll back on refusal', async () => {
    const hold = gate();
    hold.open();
    let current = hold;
    const { client, requests } = recordingClient({
      baseUrl: api.url,
      token: member.token,
      middleware: [
        { onRequest: async ({ request }) => void (request.method === 'PUT' && (await current.wait)) },
      ],
    });
    const queryClient = testQueryClient();
    let save: Fn<{ tradeId: string; body: { tags?: string[]; body?: string } }> = async () => undefined;
    let tradeId = '';
    function Trades() {
      const trades = useTrades({ accountId, limit: 100 });
      save = useSaveTradeJournal().mutateAsync;
      const first = trades.data?.data[0];
      tradeId = first?.id ?? '';
      return <p>{first ? `tags=${first.journal?.tags.join(',') ?? 'none'}` : 'loading'}</p>;
    }
    renderWith(client, <Trades />, queryClient);
    await screen.findByText('tags=none');

    current = gate();
    const saving = save({ tradeId, body: { tags: ['breakout'], body: 'Held the plan.' } });
    expect(await screen.findByText('tags=breakout')).toBeTruthy(); // before the API has answered
    const mark = requests.length;
    await act(async () => {
      current.open();
      await saving;
    });
    const entry = queryClient.getQueryData(tradeQueries.journal(client, tradeId).queryKey) as JournalEntry;
    expect([entry.tags, entry.body, entry.tradeId]).toEqual([['breakout'], 'Held the plan.', tradeId]);
    await waitFor(() => expect(requests.slice(mark)).toContain('GET /v1/trades'));
    expect(requests.slice(mark)).not.toContain(`GET /v1/trades/${tradeId}/journal`); // set from the answer

    current = gate();
    const refused = save({ tradeId, body: { tags: ['x'.repeat(61)] } }).catch((e: unknown) => e);
    expect(await screen.findByText(`tags=${'x'.repeat(61)}`)).toBeTruthy();
    await act(async () => {
      current.open();
      await refused;
    });
    expect(await screen.findByText('tags=breakout')).toBeTruthy();
    const trade = queryClient
      .getQueryData(tradeQueries.list(client, { accountId, limit: 100 }).queryKey)
      ?.data.find((t: Trade) => t.id === tradeId);
    expect(trade?.journal?.hasNotes).toBe(true);
  });

  test('useDeleteJournalEntry: gone from the lists at once; the trade loses its journal', async () => {
    const hold = gate();
    const { client } = recordingClient({
      baseUrl: api.url,
      token: member.token,
      middleware: [
        { onRequest: async ({ request }) => void (request.method === 'DELETE' && (await hold.wait)) },
      ],
    });
    let remove: Fn<string> = async () => undefined;
    function Entries() {
      const entries = useJournalEntries({ accountId });
      const trades = useTrades({ accountId, limit: 100 });
      remove = useDeleteJournalEntry().mutateAsync;
      const journaled = trades.data?.data.filter((t) => t.journal).length ?? 0;
      return (
        <p>{`entries=${entries.data?.data.map((e) => e.id).join(',') ?? '-'} journaled=${journaled}`}</p>
      );
    }
    renderWith(client, <Entries />, testQueryClient());
    const text = (await screen.findByText(/^entries=[0-9a-f-]{36} journaled=1$/)).textContent ?? '';
    const entryId = /entries=([0-9a-f-]{36})/.exec(text)?.[1] ?? '';
    const deleting = remove(entryId);
    expect(await screen.findByText('entries= journaled=1')).toBeTruthy();
    await act(async () => {
      hold.open();
      await deleting;
    });
    expect(await screen.findByText('entries= journaled=0')).toBeTruthy();
  });

  test('useSaveTradeJournal writes a trade’s first entry from its page (journal cached as none, list as pages)', async () => {
    const { client } = recordingClient({ baseUrl: api.url, token: member.token });
    const trades = await client.GET('/v1/trades', { params: { query: { accountId, limit: 100 } } });
    const tradeId = trades.data.find((t) => t.journal === null)!.id;
    let save: Fn<{ tradeId: string; body: { body: string } }> = async () => undefined;
    function TradePage() {
      const trade = useTrade(tradeId);
      const journal = useTradeJournal(tradeId);
      const list = useTradesInfinite({ accountId, limit: 10 });
      save = useSaveTradeJournal().mutateAsync;
      const listed = list.data?.pages.flatMap((p) => p.data).find((t) => t.id === tradeId);
      return (
        <p>
          {trade.data && journal.isSuccess && list.data
            ? `notes=${journal.data?.body ?? 'none'} listed=${listed?.journal?.hasNotes ?? '-'}`
            : 'loading'}
        </p>
      );
    }
    renderWith(client, <TradePage />, testQueryClient());
    await screen.findByText(/^notes=none/);
    const entry = (await act(() => save({ tradeId, body: { body: 'First note.' } }))) as JournalEntry;
    expect([entry.tradeId, entry.body]).toEqual([tradeId, 'First note.']);
    expect(await screen.findByText(/^notes=First note\./)).toBeTruthy();
  });
});
