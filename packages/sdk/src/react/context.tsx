import { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { JournalkitClient } from '../types';

export interface JournalkitContextValue {
  client: JournalkitClient;
  queryClient: QueryClient;
}

const JournalkitContext = createContext<JournalkitContextValue | null>(null);

export interface JournalkitProviderProps {
  /** The client of this subtree: one per tenant and user. Two providers can sit on one page. */
  client: JournalkitClient;
  /**
   * Share your app's QueryClient (then your own `useQuery` calls can use the query factories and
   * see the same cache). Without one, the provider makes a private one.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/** The QueryClient the provider makes when none is given: the client already retries. */
export function createJournalkitQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });
}

/**
 * Makes a client (and a QueryClient) available to the hooks below. The hooks pass the QueryClient
 * explicitly, so this provider never shadows a QueryClientProvider of the host app.
 */
export function JournalkitProvider({ client, queryClient, children }: JournalkitProviderProps) {
  const [own] = useState(createJournalkitQueryClient);
  const active = queryClient ?? own;
  useEffect(() => {
    // What QueryClientProvider does: refetch on window focus and reconnect.
    active.mount();
    return () => active.unmount();
  }, [active]);
  const value = useMemo(() => ({ client, queryClient: active }), [client, active]);
  return <JournalkitContext.Provider value={value}>{children}</JournalkitContext.Provider>;
}

/** The client and QueryClient of the nearest JournalkitProvider. */
export function useJournalkitContext(): JournalkitContextValue {
  const value = useContext(JournalkitContext);
  if (!value) throw new Error('Journalkit hooks must be used inside <JournalkitProvider client={…}>.');
  return value;
}

/** The nearest provider's client, for calls the hooks do not cover. */
export const useJournalkit = (): JournalkitClient => useJournalkitContext().client;

/** The nearest provider's QueryClient (for prefetching or invalidating with the factories). */
export const useJournalkitQueryClient = (): QueryClient => useJournalkitContext().queryClient;
