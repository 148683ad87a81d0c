import { isJournalkitError } from './errors';
import { sleep } from './retry';
import type { JournalkitClient } from './types';

/** One change announced on the live-updates stream (`GET /v1/events`, text/event-stream). */
export interface JournalkitEvent {
  /** What happened: `trades.changed`, `import.progress`, `import.finished`, `account.changed`, `entry.changed` … */
  type: string;
  /**
   * The area that changed, as named in query keys: the event's `resource` when the server sends one,
   * otherwise the plural of the type's first word (`trades.changed` → `trades`, `import.finished` →
   * `imports`, `entry.changed` → `entries`).
   */
  resource: string;
  /** The changed objects' ids: the event's `ids`, or its `<word>Id` (`importId`, `accountId`). */
  ids: string[];
  /** The journal account concerned, when the event names one. */
  accountId?: string;
  /** The event as sent (e.g. `progress` and `status` of an import). */
  data: Record<string, unknown>;
}

/** One dispatched server-sent event. `id` is the last event id seen (ids are sticky). */
export interface EventStreamMessage {
  event: string;
  data: string;
  id: string | undefined;
  /** The reconnection time the server asked for with `retry:`, if any so far. */
  retry: number | undefined;
}

/**
 * Reads a text/event-stream body per the WHATWG algorithm: lines end in CR, LF or CRLF (also split
 * across chunks); `data:` lines join with LF; a blank line dispatches; `:` lines are comments; a
 * trailing event without its blank line is dropped. Cancels the body when the caller stops early.
 */
export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
  /**
   * The last event id, also when it arrives without data (a bare `id:` line the server sends as
   * the stream's position): per WHATWG, dispatching sets it before an empty event is dropped.
   */
  onLastEventId?: (id: string | undefined) => void,
): AsyncGenerator<EventStreamMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id: string | undefined;
  let retry: number | undefined;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (let end = buffer.search(/[\r\n]/); end >= 0; end = buffer.search(/[\r\n]/)) {
        // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
        if (buffer[end] === '\r' && end === buffer.length - 1 && !done) break;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(buffer.startsWith('\r\n', end) ? end + 2 : end + 1);
        if (line === '') {
          onLastEventId?.(id);
          if (data.length > 0) yield { event: event || 'message', data: data.join('\n'), id, retry };
          data = [];
          event = '';
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
        if (field === 'data') data.push(text);
        else if (field === 'event') event = text;
        else if (field === 'id' && !text.includes('\0')) id = text;
        else if (field === 'retry' && /^\d+$/.test(text)) retry = Number(text);
      }
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

export interface SubscribeOptions {
  /** Called for every change event. */
  onEvent(event: JournalkitEvent): void;
  /** Called whenever the stream (re)opens. */
  onOpen?(): void;
  /** Called on connection problems; the subscription reconnects unless the error is permanent. */
  onError?(error: unknown): void;
  /** Stops the subscription. */
  signal?: AbortSignal;
  /** The stream's path; `/v1/events` by default. */
  path?: string;
  /** Wait before reconnecting, in ms, unless the server sent `retry:`; doubled after failures. Default 1000. */
  reconnectDelay?: number;
}

/**
 * Follows the live-updates stream until `signal` aborts: authenticated like every call (fetch,
 * not EventSource, so the token travels in the Authorization header), resuming with
 * `Last-Event-ID` after a drop. Resolves when aborted, or after a permanent error (a 4XX other than
 * 408/429, once the token refresh has been tried), which is passed to `onError`.
 */
export async function subscribeToEvents(
  client: Pick<JournalkitClient<object>, 'fetch'>,
  options: SubscribeOptions,
): Promise<void> {
  const { signal, path = '/v1/events' } = options;
  let lastId: string | undefined;
  let delay = options.reconnectDelay ?? 1000;
  let failures = 0;
  while (!signal?.aborted) {
    let wait: number | undefined;
    try {
      const headers: Record<string, string> = { accept: 'text/event-stream' };
      if (lastId) headers['last-event-id'] = lastId;
      const response = await client.fetch(path, {
        headers,
        signal: signal ?? null,
        retry: false,
        cache: 'no-store',
      });
      if (!response.body) throw new TypeError('The event stream has no body.');
      failures = 0;
      options.onOpen?.();
      for await (const message of readEventStream(response.body, (id) => (lastId = id))) {
        if (message.retry !== undefined) delay = message.retry;
        const parsed = parseEvent(message.data);
        if (parsed) options.onEvent(parsed);
      }
    } catch (error) {
      if (signal?.aborted) return;
      options.onError?.(error);
      if (isJournalkitError(error)) {
        if (error.status < 500 && error.status !== 408 && error.status !== 429) return;
        if (error.retryAfter !== undefined) wait = error.retryAfter * 1000;
      }
      failures++;
    }
    const backoff = delay * 2 ** Math.min(failures, 5);
    await sleep(wait ?? backoff / 2 + (Math.random() * backoff) / 2, signal).catch(() => {});
  }
}

/** Reads one event's JSON data; undefined for anything that is not a change event. */
export function parseEvent(data: string): JournalkitEvent | undefined {
  let value: Record<string, unknown> | null;
  try {
    value = JSON.parse(data) as Record<string, unknown> | null;
  } catch {
    return undefined; // not JSON: a message this version does not know
  }
  const { type, resource, ids, accountId } = value ?? {};
  if (!value || typeof type !== 'string') return undefined;
  const word = type.split('.')[0] ?? type;
  const own = value[`${word}Id`];
  return {
    type,
    resource:
      typeof resource === 'string' ? resource : /s$/.test(word) ? word : `${word.replace(/y$/, 'ie')}s`,
    ids: Array.isArray(ids) ? ids.map(String) : typeof own === 'string' ? [own] : [],
    ...(typeof accountId === 'string' ? { accountId } : {}),
    data: value,
  };
}
