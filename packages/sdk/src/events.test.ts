import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { createJournalkitClient } from './client';
import { isJournalkitError } from './errors';
import {
  parseEvent,
  readEventStream,
  subscribeToEvents,
  type EventStreamMessage,
  type JournalkitEvent,
} from './events';
import { json, startLoopback, type Loopback } from './test/loopback';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<EventStreamMessage[]> {
  const out: EventStreamMessage[] = [];
  for await (const m of readEventStream(streamOf(chunks))) out.push(m);
  return out;
}

describe('readEventStream', () => {
  test('fields, multi-line data, comments, sticky ids and retry', async () => {
    const messages = await collect([
      ': hello\n\n',
      'id: 1\nevent: change\ndata: {"a":\ndata: 1}\n\n',
      'data:no-space\n\n',
      'retry: 2500\nid: 3\ndata: x\n\n',
      'data: unterminated',
    ]);
    expect(messages).toEqual([
      { event: 'change', data: '{"a":\n1}', id: '1', retry: undefined },
      { event: 'message', data: 'no-space', id: '1', retry: undefined },
      { event: 'message', data: 'x', id: '3', retry: 2500 },
    ]);
  });

  test('a bare id line (the server’s position, no data) still sets the last event id', async () => {
    const ids: (string | undefined)[] = [];
    const out: EventStreamMessage[] = [];
    for await (const m of readEventStream(streamOf(['id: 41\n\n', ': keep-alive\n\n', 'id: 42\n\n']), (id) =>
      ids.push(id),
    ))
      out.push(m);
    expect(out).toEqual([]); // nothing dispatched to the caller…
    expect(ids.at(-1)).toBe('42'); // …but a reconnect resumes from 42
  });

  test('CRLF, CR and LF line ends, split anywhere across chunks (even inside a character)', async () => {
    const text = 'data: a\r\n\r\ndata: b\r\rdata: c\n\ndata: é\r\n\r\n';
    const bytes = new TextEncoder().encode(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, cut));
          controller.enqueue(bytes.slice(cut));
          controller.close();
        },
      });
      const data: string[] = [];
      for await (const m of readEventStream(stream)) data.push(m.data);
      expect(data, `cut at ${cut}`).toEqual(['a', 'b', 'c', 'é']);
    }
  });
});

describe('parseEvent', () => {
  test("the API's journal events map onto query-key areas and ids", () => {
    const parse = (e: Record<string, unknown>) => {
      const parsed = parseEvent(JSON.stringify(e));
      return (
        parsed && {
          type: parsed.type,
          resource: parsed.resource,
          ids: parsed.ids,
          accountId: parsed.accountId,
        }
      );
    };
    expect(parse({ type: 'trades.changed', accountId: 'a1', ids: ['t1', 't2'] })).toEqual({
      type: 'trades.changed',
      resource: 'trades',
      ids: ['t1', 't2'],
      accountId: 'a1',
    });
    expect(parse({ type: 'import.progress', accountId: 'a1', importId: 'i1', progress: 0.4 })).toMatchObject({
      resource: 'imports',
      ids: ['i1'],
    });
    expect(parse({ type: 'account.changed', accountId: 'a1' })).toMatchObject({
      resource: 'accounts',
      ids: ['a1'],
    });
    expect(parse({ type: 'entry.changed', accountId: 'a1', ids: ['e1', 't1'] })).toMatchObject({
      resource: 'entries',
    });
    expect(parse({ type: 'x.y', resource: 'custom', ids: [1] })).toMatchObject({
      resource: 'custom',
      ids: ['1'],
    });
    expect(
      parseEvent(JSON.stringify({ type: 'import.progress', importId: 'i1', progress: 0.5 }))?.data.progress,
    ).toBe(0.5);
    expect(parseEvent('not json')).toBeUndefined();
    expect(parseEvent('{"no":"type"}')).toBeUndefined();
    expect(parseEvent('null')).toBeUndefined();
  });
});

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const sse = (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
const change = (id: string, e: Record<string, unknown>) => `id: ${id}\ndata: ${JSON.stringify(e)}\n\n`;

describe('subscribeToEvents over HTTP', () => {
  test('authenticates, delivers events, ignores heartbeats, reconnects with Last-Event-ID', async () => {
    server = await startLoopback((_req, res, _hit, i) => {
      sse(res);
      if (i === 0) {
        res.write('retry: 20\n\n');
        res.write(change('e1', { type: 'trade.created', resource: 'trades', ids: ['t1'] }));
        res.write(': heartbeat\n\ndata: not json\n\n');
        res.end(); // the server drops the stream: the client must resume after e1
      } else {
        res.write(change('e2', { type: 'trade.deleted', resource: 'trades', ids: ['t1', 't2'] }));
      }
    });
    const jk = createJournalkitClient({ baseUrl: server.url, token: 'jk_ut_abc' });
    const controller = new AbortController();
    const events: JournalkitEvent[] = [];
    let opens = 0;
    const done = subscribeToEvents(jk, {
      signal: controller.signal,
      onOpen: () => void opens++,
      onEvent: (e) => {
        events.push(e);
        if (events.length === 2) controller.abort();
      },
    });
    await done;
    expect(events.map(({ type, resource, ids }) => ({ type, resource, ids }))).toEqual([
      { type: 'trade.created', resource: 'trades', ids: ['t1'] },
      { type: 'trade.deleted', resource: 'trades', ids: ['t1', 't2'] },
    ]);
    expect(opens).toBe(2);
    expect(server.hits.map((h) => [h.url, h.headers.authorization, h.headers['last-event-id']])).toEqual([
      ['/v1/events', 'Bearer jk_ut_abc', undefined],
      ['/v1/events', 'Bearer jk_ut_abc', 'e1'],
    ]);
    expect(server.hits[0]!.headers.accept).toBe('text/event-stream');
  });

  test('retries a 503 and stops for good on a 403', async () => {
    server = await startLoopback((_req, res, _hit, i) =>
      i === 0
        ? json(
            res,
            503,
            { type: 'x/unavailable', title: 'u', status: 503, detail: 'd' },
            { 'retry-after': '0' },
          )
        : json(res, 403, { type: 'x/forbidden', title: 'f', status: 403, detail: 'no' }),
    );
    const errors: unknown[] = [];
    await subscribeToEvents(createJournalkitClient({ baseUrl: server.url }), {
      onEvent: () => undefined,
      onError: (e) => errors.push(e),
    });
    expect(errors.map((e) => isJournalkitError(e) && e.status)).toEqual([503, 403]);
    expect(server.hits).toHaveLength(2);
  });
});
