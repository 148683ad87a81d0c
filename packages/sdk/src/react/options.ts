/** What the thin hooks let you tune; for anything else use the factory with `useQuery`. */
export interface QueryHookOptions {
  enabled?: boolean;
  staleTime?: number;
  refetchInterval?: number | false;
}

/**
 * Shared by every factory: the client already retries what is worth retrying (network errors,
 * 429, 503), so React Query does not retry on top of it. Spread your own `retry` after it.
 */
export const factoryDefaults = { retry: false } as const;
