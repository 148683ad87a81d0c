import pg from 'pg';

/** What a LISTEN delivers; see Database.listen. */
export interface ListenHandlers {
  /** A notification's payload, on the channel listened to. */
  onNotify(payload: string): void;
  /**
   * The listening connection came back after it was lost: whatever was notified meanwhile was
   * missed (re-read what the notifications point at).
   */
  onReconnect?(): void;
  /** The listening connection failed or could not connect (it keeps trying). */
  onError?(err: Error): void;
}

export interface Listener {
  close(): Promise<void>;
}

const CHANNEL = /^[a-z_][a-z0-9_]*$/;
const MAX_BACKOFF_MS = 5_000;

/**
 * LISTEN on a PostgreSQL connection of its own (not one of the pool's: a pooled connection is
 * shared by transactions and would drop the LISTEN when returned), reconnected with backoff
 * whenever it is lost (a server restart, an administrator's pg_terminate_backend). Resolves once
 * the first attempt has listened or failed: a server that is away at start is retried in the
 * background rather than failing the caller.
 */
export async function listenPostgres(
  url: string,
  channel: string,
  handlers: ListenHandlers,
): Promise<Listener> {
  if (!CHANNEL.test(channel)) throw new Error(`listen: bad channel name ${channel}`);
  let closed = false;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let backoff = 100;
  // Lost (or never connected) since the last LISTEN: notifications may have been missed.
  let missed = false;

  const lost = (client: pg.Client) => {
    if (current !== client) return;
    current = undefined;
    missed = true;
    client.removeAllListeners('notification');
    void client.end().catch(() => {});
    schedule();
  };
  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, backoff);
    retry.unref();
    backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
  };
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    current = client;
    client.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) handlers.onNotify(n.payload);
    });
    client.on('error', (err) => {
      handlers.onError?.(err);
      lost(client);
    });
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`listen ${channel}`);
    } catch (err) {
      handlers.onError?.(err as Error);
      lost(client);
      return;
    }
    if (closed || current !== client) {
      await client.end().catch(() => {});
      return;
    }
    backoff = 100;
    if (missed) handlers.onReconnect?.();
    missed = false;
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = current;
      current = undefined;
      if (client) {
        client.removeAllListeners('notification');
        await client.end().catch(() => {});
      }
    },
  };
}
