import type { QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { subscribeToEvents, type JournalkitEvent } from '../events';
import type { JournalkitClient } from '../types';
import { useJournalkitContext } from './context';
import { areaKeys } from './keys';

/**
 * The queries an event affects, by the key convention: every list of the event's resource, and
 * the detail of each changed id (the whole area when the event names no ids). Areas whose data
 * derive from another (analytics from trades) add their keys through `keysFor`.
 */
export function eventQueryKeys(event: JournalkitEvent, client: JournalkitClient): QueryKey[] {
  const keys = areaKeys(event.resource);
  if (event.ids.length === 0) return [keys.all(client)];
  return [keys.lists(client), ...event.ids.map((id) => keys.detail(client, id))];
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
 * affects, so every open list and detail refreshes itself. Returns the connection status.
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
    setStatus('connecting');
    void subscribeToEvents(client, {
      signal: controller.signal,
      ...(path ? { path } : {}),
      onOpen: () => setStatus('open'),
      onError: () => setStatus('reconnecting'),
      onEvent: (event) => {
        const keysFor = latest.current.keysFor ?? eventQueryKeys;
        for (const queryKey of keysFor(event, client)) void queryClient.invalidateQueries({ queryKey });
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
