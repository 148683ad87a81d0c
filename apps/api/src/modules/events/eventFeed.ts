import type { StoredEvent } from './eventStore';

/** Rows a feed keeps in memory for its followers (a follower further behind reads the store). */
const RECENT = 1_000;
/** A follower whose read failed tries again after this. */
const RETRY_MS = 1_000;
/** Rows read from the store at once. */
export const PAGE = 500;

export type ReadAfter = (after: number, limit: number) => Promise<StoredEvent[]>;

/** An event sent live only (not stored, no id: e.g. progress that the next event supersedes). */
export interface LiveEvent {
  topic: string;
  type: string;
  data: string;
}

/**
 * One tenant's stored events as this process follows them, for all of this process's streams of
 * the tenant: a change (a notice from any process, a write of this one, the periodic poll) is read
 * from the store once, here, and handed to every follower.
 */
export class TenantFeed {
  readonly followers = new Set<Follower>();
  /** The last rows read, ids contiguous, oldest first. */
  #recent: StoredEvent[] = [];
  #head: number;
  #reading = false;
  #again = false;
  #closed = false;

  constructor(
    private readonly read: ReadAfter,
    head: number,
    private readonly onError: (err: unknown) => void,
  ) {
    this.#head = head;
  }

  /**
   * The stored events after `cursor` when this feed holds every one of them ([] when the feed has
   * nothing newer), or undefined when the follower must read the store itself.
   */
  after(cursor: number): StoredEvent[] | undefined {
    if (cursor >= this.#head) return [];
    const i = this.#recent.findIndex((e) => e.id > cursor);
    return i >= 0 && this.#recent[i]!.id === cursor + 1 ? this.#recent.slice(i) : undefined;
  }

  /** Events up to `id` are stored: reads them unless already read. */
  advanceTo(id: number): void {
    if (!(id <= this.#head)) this.advance();
  }

  /** Reads what was stored since the last read (once at a time: calls meanwhile read again after). */
  advance(): void {
    if (this.#closed) return;
    if (this.#reading) {
      this.#again = true;
      return;
    }
    this.#reading = true;
    void this.#advance().finally(() => (this.#reading = false));
  }

  async #advance() {
    do {
      this.#again = false;
      try {
        for (;;) {
          const rows = await this.read(this.#head, PAGE);
          if (!rows.length) break;
          const last = this.#recent.at(-1);
          // A feed that fell behind a purge starts its window again.
          if (last && rows[0]!.id !== last.id + 1) this.#recent = [];
          this.#recent.push(...rows);
          if (this.#recent.length > RECENT) this.#recent = this.#recent.slice(-RECENT);
          this.#head = rows.at(-1)!.id;
          for (const f of this.followers) f.wake();
          if (rows.length < PAGE) break;
        }
      } catch (err) {
        // The database briefly away: read again shortly.
        this.onError(err);
        setTimeout(() => this.advance(), RETRY_MS).unref();
        return;
      }
    } while (this.#again);
  }

  live(event: LiveEvent): void {
    for (const f of this.followers) f.live(event);
  }

  /** No stream follows it any more: it reads no more. */
  close(): void {
    this.#closed = true;
  }
}

export interface FollowerOptions {
  /** Whether the stream may hear `topic` (streams remember the answer until a recheck). */
  canHear(topic: string): boolean | Promise<boolean>;
  /** Writes to the stream; resolves when it may take more (back-pressure). */
  send(chunk: string): void | Promise<void>;
  /**
   * Events after the cursor are gone (purged while this stream was behind): the stream must tell
   * its client to start over. `lastId` is the id just before the next event still kept.
   */
  gap(lastId: number): void | Promise<void>;
  onError(err: unknown): void;
}

/**
 * One stream's place in its tenant's log: `cursor` is the last id it has dealt with (sent, or not
 * its to hear). It sends every stored event after the cursor in id order exactly once — from its
 * feed when the feed holds them, from the store when it is further behind (a resume) — and live
 * events as they come.
 */
export class Follower {
  #busy = false;
  #again = false;
  #started = false;
  #closed = false;
  #live: LiveEvent[] = [];

  constructor(
    private readonly feed: TenantFeed,
    private readonly read: ReadAfter,
    public cursor: number,
    private readonly options: FollowerOptions,
  ) {}

  /** Starts sending (what it missed first, then live). */
  start(): void {
    this.#started = true;
    this.wake();
  }

  close(): void {
    this.#closed = true;
    this.#live = [];
  }

  live(event: LiveEvent): void {
    if (this.#closed) return;
    this.#live.push(event);
    this.wake();
  }

  wake(): void {
    if (!this.#started || this.#closed) return;
    if (this.#busy) {
      this.#again = true;
      return;
    }
    this.#busy = true;
    void this.#run().finally(() => (this.#busy = false));
  }

  async #run() {
    do {
      this.#again = false;
      try {
        await this.#sendLive();
        await this.#catchUp();
      } catch (err) {
        // The database briefly away: this stream tries again shortly, from where it stood.
        this.options.onError(err);
        setTimeout(() => this.wake(), RETRY_MS).unref();
        return;
      }
    } while (this.#again && !this.#closed);
  }

  async #sendLive() {
    while (this.#live.length && !this.#closed) {
      const e = this.#live.shift()!;
      if (await this.options.canHear(e.topic))
        await this.options.send(`event: ${e.type}\ndata: ${e.data}\n\n`);
    }
  }

  async #catchUp() {
    while (!this.#closed) {
      const rows = this.feed.after(this.cursor) ?? (await this.read(this.cursor, PAGE));
      const next = rows.filter((e) => e.id > this.cursor);
      if (!next.length) return;
      if (next[0]!.id !== this.cursor + 1) {
        this.cursor = next[0]!.id - 1;
        await this.options.gap(this.cursor);
      }
      for (const e of next) {
        if (this.#closed) return;
        if (await this.options.canHear(e.topic))
          await this.options.send(`id: ${e.id}\nevent: ${e.type}\ndata: ${e.data}\n\n`);
        this.cursor = e.id;
      }
    }
  }
}
