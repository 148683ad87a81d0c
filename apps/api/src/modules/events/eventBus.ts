import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Topic } from '../../auth/access';
import type { SystemDatabase, Tx } from '../../db/database';
import type { Listener } from '../../db/listen';
import { Follower, PAGE, TenantFeed, type FollowerOptions, type LiveEvent } from './eventFeed';
import {
  EVENTS_CHANNEL,
  appendEvents,
  positionOf,
  purgeEvents,
  readAfter,
  sendNotices,
  type NewEvent,
} from './eventStore';

/** Every event type some area publishes (each area's manifest lists its own). */
export type EventType =
  | 'trades.changed'
  | 'import.progress'
  | 'import.finished'
  | 'account.changed'
  | 'entry.changed'
  /** A connector's run ended: `ids` holds the connector's id, `status` its `lastStatus`. */
  | 'connector.synced';

/** What changed in a user's journal, for clients to refetch: one event per change, small. */
export interface JournalEvent {
  type: EventType;
  accountId: string;
  /** The user whose journal changed: the event's topic is `user:<userId>` (API keys hear every user's). */
  userId: string;
  ids?: string[];
  importId?: string;
  progress?: number;
  status?: string;
}

/**
 * An event on a topic of its own — the tenant, or a resource (`space:<id>` for a space's members,
 * `course:<id>` for its learners: auth/access.ts canHearTopic says who hears which). Streams send
 * it as `{ type, topic, ...data }`.
 */
export interface TopicEvent {
  type: EventType;
  topic: Topic;
  data?: Record<string, unknown> & { type?: never; topic?: never };
}

export type BusEvent = JournalEvent | TopicEvent;

/**
 * Types sent live only: not stored, no `id:`, never replayed to a stream that resumes — what they
 * say is superseded by the next event (an import's `import.finished`) and by a GET.
 */
export const LIVE_ONLY: ReadonlySet<EventType> = new Set<EventType>(['import.progress']);

/** A notice's payload must stay under PostgreSQL's 8000 bytes. */
const MAX_NOTICE = 7_900;
/** Events waiting to be written beyond this are dropped (and logged) rather than exhaust memory. */
const MAX_QUEUE = 50_000;

type Log = { error(obj: object, msg: string): void; warn(obj: object, msg: string): void };
const consoleLog: Log = {
  error: (obj, msg) => console.error(msg, obj),
  warn: (obj, msg) => console.warn(msg, obj),
};

type Outgoing = { kind: 'event'; tenantId: string; event: NewEvent } | { kind: 'notice'; payload: string };

/** An event as stored and sent: its topic, and the JSON streams send (the journal's as it always was). */
export function toStored(event: BusEvent): NewEvent {
  if ('topic' in event) {
    return {
      topic: event.topic,
      type: event.type,
      data: JSON.stringify({ type: event.type, topic: event.topic, ...event.data }),
    };
  }
  const { userId, ...data } = event;
  return { topic: `user:${userId}`, type: event.type, data: JSON.stringify(data) };
}

/** The message that tells a stream's client to refetch everything, and where the stream now stands. */
export function resetMessage(lastId: number, reason: 'expired' | 'unknown'): string {
  return `id: ${lastId}\nevent: reset\ndata: ${JSON.stringify({ type: 'reset', reason })}\n\n`;
}

export interface EventBusOptions {
  /** Events are kept this long for streams that resume (JOURNALKIT_EVENTS_RETENTION_SECONDS). */
  retentionSeconds: number;
  /** Followed tenants are also re-read this often, in case a notice was lost. */
  pollSeconds: number;
}

/** A stream's subscription to its tenant's events (EventBus.follow). */
export interface EventFollow {
  /** What the stream sends first: its position (`id: n`), or an `event: reset`; empty when it resumes. */
  opening: string;
  /** Starts sending: what the stream missed (when it resumed), then what comes. */
  start(): void;
  /** The last id the stream has dealt with: every event up to it was sent or is not its to hear. */
  cursor(): number;
  close(): void;
}

/**
 * The events of every area, per tenant. `publish` returns at once: the event is written to the
 * event log (migration 0011) in the background, in order, with the next id of its tenant, and every
 * API process is told over PostgreSQL NOTIFY (one channel; payload: tenant and id) — on embedded
 * PGlite, one process, the same NOTIFY within it. Streams (`follow`) read the log: from the id a
 * reconnecting client last saw, then what comes, each event once, none skipped.
 *
 * When an event is written: `publish` after the change's transaction has committed — so an
 * event never announces a change that did not happen, but a process that dies in between loses it
 * (clients refetch on reconnect anyway) — or `publishIn` inside the transaction, so that the event
 * exists if and only if the change committed (it takes the tenant's event counter lock until the
 * commit: call it last).
 */
export class EventBus {
  readonly #origin = randomUUID();
  readonly #emitter = new EventEmitter();
  #log: Log = consoleLog;
  #queue: Outgoing[] = [];
  #draining: Promise<void> | undefined;
  #stopped = false;
  #listener: Listener | undefined;
  readonly #feeds = new Map<string, { feed: TenantFeed; poll: NodeJS.Timeout }>();

  constructor(
    private readonly database: SystemDatabase,
    private readonly options: EventBusOptions,
  ) {
    this.#emitter.setMaxListeners(0);
  }

  /** Publishes an event after its change has committed; never waits and never throws. */
  publish(tenantId: string, event: BusEvent): void {
    if (!('topic' in event)) this.#emitter.emit(tenantId, event);
    const stored = toStored(event);
    if (LIVE_ONLY.has(event.type)) return this.#live(tenantId, stored);
    if (this.#queue.length >= MAX_QUEUE) {
      this.#log.error({ tenantId, type: event.type }, 'events: write queue full, event dropped');
      return;
    }
    this.#enqueue({ kind: 'event', tenantId, event: stored });
  }

  /** Writes the event inside `trx` (a withTenant transaction of the tenant): it exists iff `trx` commits. */
  async publishIn(trx: Tx, tenantId: string, event: BusEvent): Promise<void> {
    const stored = toStored(event);
    if (LIVE_ONLY.has(event.type)) return this.#live(tenantId, stored);
    await appendEvents(trx, tenantId, [stored]);
  }

  /** This process's journal events as `publish` is called (in-process consumers and tests; streams read the log). */
  subscribe(tenantId: string, listener: (e: JournalEvent) => void): () => void {
    this.#emitter.on(tenantId, listener);
    return () => this.#emitter.off(tenantId, listener);
  }

  /**
   * A credential of this tenant may have stopped working or lost permissions (a key revoked or
   * rescoped, a user disabled, demoted or given a new password, a session signed out, the tenant
   * suspended): open streams re-check theirs at once instead of at their next periodic check — in
   * every API process.
   */
  credentialsChanged(tenantId: string) {
    this.#emitter.emit(`credentials:${tenantId}`);
    if (this.database.kind === 'postgres')
      this.#enqueue({ kind: 'notice', payload: `c:${this.#origin}:${tenantId}` });
  }
  onCredentialsChanged(tenantId: string, listener: () => void): () => void {
    this.#emitter.on(`credentials:${tenantId}`, listener);
    return () => this.#emitter.off(`credentials:${tenantId}`, listener);
  }

  /**
   * Follows the tenant's events for one stream, from `lastEventId` (the `Last-Event-ID` its client
   * sent) or from now. An id the log no longer holds the events after (older than the retention
   * window), or that is not one of this tenant's, opens with a reset instead.
   */
  async follow(
    tenantId: string,
    lastEventId: string | undefined,
    options: Omit<FollowerOptions, 'gap'>,
  ): Promise<EventFollow> {
    const { last, oldest } = await positionOf(this.database, tenantId);

    let cursor = last;
    let opening = `id: ${last}\n\n`;
    if (lastEventId !== undefined) {
      const asked = /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : NaN;
      if (Number.isNaN(asked) || asked > last) opening = resetMessage(last, 'unknown');
      else if (asked < last && (oldest === null || oldest > asked + 1))
        opening = resetMessage(last, 'expired');
      else {
        cursor = asked;
        opening = '';
      }
    }
    const feed = this.#feedOf(tenantId, last);
    const follower = new Follower(
      feed,
      (after, limit) => readAfter(this.database, tenantId, after, limit),
      cursor,
      {
        ...options,
        gap: (id) => options.send(resetMessage(id, 'expired')),
      },
    );
    feed.followers.add(follower);
    return {
      opening,
      start: () => follower.start(),
      cursor: () => follower.cursor,
      close: () => {
        follower.close();
        feed.followers.delete(follower);
        const entry = this.#feeds.get(tenantId);
        if (entry?.feed === feed && !feed.followers.size) {
          feed.close();
          clearInterval(entry.poll);
          this.#feeds.delete(tenantId);
        }
      },
    };
  }

  /** Listens for other processes' notices (and, on PGlite, the log's own). */
  async start(log: Log): Promise<void> {
    this.#log = log;
    this.#listener = await this.database.listen(EVENTS_CHANNEL, {
      onNotify: (payload) => this.#onNotice(payload),
      // Notices may have been missed while the connection was away: every followed tenant re-reads.
      onReconnect: () => {
        for (const { feed } of this.#feeds.values()) feed.advance();
      },
      onError: (err) => log.warn({ err }, 'event listener connection lost; reconnecting'),
    });
  }

  /** Deletes events older than the retention window. */
  purge(): Promise<number> {
    return purgeEvents(this.database, this.options.retentionSeconds);
  }

  /** Waits until every event published so far is written (or given up on). */
  async idle(): Promise<void> {
    while (this.#draining) await this.#draining;
  }

  /** Writes what is queued, then stops listening. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.idle();
    await this.#listener?.close();
    this.#listener = undefined;
    for (const { feed, poll } of this.#feeds.values()) {
      feed.close();
      clearInterval(poll);
    }
  }

  #feedOf(tenantId: string, head: number): TenantFeed {
    const existing = this.#feeds.get(tenantId);
    if (existing) return existing.feed;
    const feed = new TenantFeed(
      (after, limit) => readAfter(this.database, tenantId, after, limit),
      head,
      (err) => this.#log.error({ err, tenantId }, 'events: reading the log failed'),
    );
    const poll = setInterval(() => feed.advance(), this.options.pollSeconds * 1000);
    poll.unref();
    this.#feeds.set(tenantId, { feed, poll });
    // Anything committed since `head` was read, before this feed heard notices.
    feed.advance();
    return feed;
  }

  #live(tenantId: string, event: LiveEvent) {
    this.#feeds.get(tenantId)?.feed.live(event);
    if (this.database.kind !== 'postgres') return;
    const payload = `l:${this.#origin}:${tenantId}:${JSON.stringify(event)}`;
    if (Buffer.byteLength(payload) > MAX_NOTICE) {
      this.#log.warn({ tenantId, type: event.type }, 'events: live event too large for other processes');
      return;
    }
    this.#enqueue({ kind: 'notice', payload });
  }

  /** Notices: `e:<tenant>:<last id>` (events stored), `l:<origin>:<tenant>:<event>` (a live event), `c:<origin>:<tenant>` (credentials changed). */
  #onNotice(payload: string) {
    const [kind, a = '', b = ''] = payload.split(':', 3);
    if (kind === 'e') this.#feeds.get(a)?.feed.advanceTo(Number(b));
    else if (a === this.#origin) return;
    else if (kind === 'c') this.#emitter.emit(`credentials:${b}`);
    else if (kind === 'l') {
      try {
        const event = JSON.parse(payload.slice(kind.length + a.length + b.length + 3)) as LiveEvent;
        this.#feeds.get(b)?.feed.live(event);
      } catch (err) {
        this.#log.warn({ err }, 'events: unreadable live notice');
      }
    }
  }

  #enqueue(item: Outgoing) {
    this.#queue.push(item);
    this.#draining ??= this.#drain().finally(() => (this.#draining = undefined));
  }

  async #drain() {
    while (this.#queue.length) {
      const batch = this.#queue.splice(0, PAGE);
      // Runs of one kind, in order: a tenant's events and notices keep the order they were published in.
      for (let i = 0; i < batch.length;) {
        let j = i;
        while (j < batch.length && batch[j]!.kind === batch[i]!.kind) j++;
        const run = batch.slice(i, j);
        i = j;
        if (run[0]!.kind === 'notice') {
          const payloads = run.map((o) => (o as Extract<Outgoing, { kind: 'notice' }>).payload);
          await this.#attempt(`${payloads.length} notices`, () => sendNotices(this.database, payloads));
          continue;
        }
        const byTenant = new Map<string, NewEvent[]>();
        for (const o of run as Extract<Outgoing, { kind: 'event' }>[]) {
          const list = byTenant.get(o.tenantId) ?? [];
          list.push(o.event);
          byTenant.set(o.tenantId, list);
        }
        for (const [tenantId, events] of byTenant) {
          const last = await this.#attempt(`${events.length} events of tenant ${tenantId}`, () =>
            this.database.withTenant(tenantId, (trx) => appendEvents(trx, tenantId, events)),
          );
          if (last !== undefined) this.#feeds.get(tenantId)?.feed.advanceTo(last);
        }
      }
    }
  }

  /** Tries a write three times (the database briefly away), then logs it as lost. */
  async #attempt<T>(what: string, write: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (err) {
        if (attempt >= 3 || this.#stopped) {
          this.#log.error({ err }, `events: writing ${what} failed; dropped`);
          return undefined;
        }
        await new Promise((r) => setTimeout(r, 100 * 5 ** attempt));
      }
    }
  }
}
