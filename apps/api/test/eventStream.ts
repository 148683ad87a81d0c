import { expect } from 'vitest';

/** One message of a text/event-stream, as the server wrote it (comments left out). */
export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
}

export interface EventStream {
  /** Everything received so far. */
  text(): string;
  /** Every complete message so far (comment-only blocks left out). */
  messages(): SseMessage[];
  /** The messages that are events (those with data), in order. */
  events(): (SseMessage & { event: string; data: string })[];
  /** The last `id:` received, as EventSource keeps it (an id line without data counts too). */
  lastId(): string | undefined;
  /** Waits until `count` events have arrived; returns them all. */
  waitForEvents(count: number, ms?: number): Promise<(SseMessage & { event: string; data: string })[]>;
  /** Resolves with everything sent once the server ends the stream. */
  ended(ms?: number): Promise<string>;
  close(): void;
}

/** Opens `/v1/events` over real HTTP, as a client that resumes would (`Last-Event-ID`). */
export async function openEventStream(
  baseUrl: string,
  token: string,
  lastEventId?: string,
): Promise<EventStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
  const res = await fetch(`${baseUrl}/v1/events`, { headers, signal: controller.signal });
  expect(res.status, await (res.ok ? '' : res.text())).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const done = (async () => {
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) return text;
      text += decoder.decode(value, { stream: true });
    }
  })();
  done.catch(() => {});
  const messages = () => {
    const out: SseMessage[] = [];
    const blocks = text.split('\n\n');
    blocks.pop(); // incomplete
    for (const block of blocks) {
      const m: SseMessage = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(': ');
        const field = line.slice(0, colon);
        const value = line.slice(colon + 2);
        if (field === 'id' || field === 'event' || field === 'data') m[field] = value;
      }
      if (Object.keys(m).length) out.push(m);
    }
    return out;
  };
  const events = () => messages().filter((m): m is SseMessage & { event: string; data: string } => !!m.data);
  await expect.poll(() => text, { timeout: 5000 }).toContain(': connected');
  return {
    text: () => text,
    messages,
    events,
    lastId: () => messages().findLast((m) => m.id !== undefined)?.id,
    async waitForEvents(count, ms = 5000) {
      await expect
        .poll(() => events().length, { timeout: ms, message: `waiting for ${count} events:\n${text}` })
        .toBeGreaterThanOrEqual(count);
      return events();
    },
    ended: (ms = 5000) =>
      Promise.race([
        done,
        new Promise<string>((_, reject) =>
          setTimeout(() => reject(new Error(`the stream was still open after ${ms} ms:\n${text}`)), ms),
        ),
      ]),
    close: () => controller.abort(),
  };
}
