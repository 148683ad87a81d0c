import { partialMatchKey, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { subscribeToEvents, type JournalkitEvent } from '../events';
import type { JournalkitClient } from '../types';
import { useJournalkitContext } from './context';
import { areaKeys, journalkitKey } from './keys';

/**
 * Areas whose data derive from another's, refreshed whole when it changes: analytics follow trades;
 * a journal entry changes its trade's journal (and note/tag badges in trade lists).
 */
export const relatedAreas: Readonly<Record<string, readonly string[]>> = {
  trades: ['analytics'],
  entries: ['trades'],
};

/**
 * The queries an event affects, by the key convention: every list of the event's area and the
 * detail of each changed id (the whole area when the event names no ids; details only for
 * `*.progress` events, which come often), then every related area (see {@link relatedAreas}).
 */
export function eventQueryKeys(event: JournalkitEvent, client: JournalkitClient): QueryKey[] {
  const keys = areaKeys(event.resource);
  const details = event.ids.map((id) => keys.detail(client, id));
  const own =
    event.ids.length === 0
      ? [keys.all(client)]
      : /\.progress$/.test(event.type)
        ? details
        : [keys.lists(client), ...details];
  return [...own, ...(relatedAreas[event.resource] ?? []).map((area) => areaKeys(area).all(client))];
}

export interface LiveUpdatesOptions {
  /** Default true. */
  enabled?: boolean;
  /** The stream's path; `/v1/events` by default. */
  path?: string;
  /** Which queries to invalidate for an event; {@link eventQueryKeys} by default. */
  keysFor?: (event: JournalkitEvent, client: JournalkitClient) => QueryKey[];
  /** Called after the invalidation, e.g. to show a toast. */
  onEvent?: (event: JournalkitEvent) => void;
}

export type LiveUpdatesStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/**
 * Follows the API's server-sent events while mounted and invalidates the queries each event
 * affects, so every open list and detail refreshes itself. The API does not replay events missed
 * while disconnected, so when the stream reopens after a drop every active query of this client
 * refetches. Returns the connection status.
 */
export function useLiveUpdates(options: LiveUpdatesOptions = {}): LiveUpdatesStatus {
  const { client, queryClient } = useJournalkitContext();
  const { enabled = true, path } = options;
  const [status, setStatus] = useState<LiveUpdatesStatus>('idle');
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let opened = false;
    setStatus('connecting');
    void subscribeToEvents(client, {
      signal: controller.signal,
      ...(path ? { path } : {}),
      onOpen: () => {
        if (opened) void queryClient.invalidateQueries({ queryKey: journalkitKey(client) });
        opened = true;
        setStatus('open');
      },
      onError: () => setStatus('reconnecting'),
      onEvent: (event) => {
        // The server could not replay what this stream missed (too old, or an unknown id):
        // everything may have changed.
        if (event.type === 'reset') {
          void queryClient.invalidateQueries({ queryKey: journalkitKey(client) });
          latest.current.onEvent?.(event);
          return;
        }
        const keys = (latest.current.keysFor ?? eventQueryKeys)(event, client);
        // One invalidation for all keys: overlapping keys must not refetch a query twice.
        void queryClient.invalidateQueries({
          predicate: (q) => keys.some((k) => partialMatchKey(q.queryKey, k)),
        });
        latest.current.onEvent?.(event);
      },
    }).then(() => {
      if (!controller.signal.aborted) setStatus('closed');
    });
    return () => {
      controller.abort();
      setStatus('idle');
    };
  }, [client, queryClient, enabled, path]);

  return status;
}
