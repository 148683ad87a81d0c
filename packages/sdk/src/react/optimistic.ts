import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Page } from '../models';

/** One optimistic change: every cached query under `queryKey` gets `update` applied. */
export interface OptimisticPatch {
  queryKey: QueryKey;
  update: (old: unknown) => unknown;
}

/** Types the updater at the call site: `patch<User>(key, (u) => ({ ...u, displayName }))`. */
export const patch = <T>(queryKey: QueryKey, update: (old: T) => T): OptimisticPatch => ({
  queryKey,
  update: update as (old: unknown) => unknown,
});

/**
 * Applies patches to the cache now (the server's answer, when it is known exactly). Nothing
 * cached, or a cached "none" (a trade's journal before its first entry, which sits under the
 * trade's key): nothing to patch.
 */
export function applyPatches(queryClient: QueryClient, patches: OptimisticPatch[]): void {
  for (const p of patches) {
    queryClient.setQueriesData({ queryKey: p.queryKey }, (old: unknown) =>
      old === undefined || old === null ? old : p.update(old),
    );
  }
}

export interface OptimisticSnapshot {
  snapshot: [QueryKey, unknown][];
}

/**
 * The optimistic half of a mutation: `onMutate` cancels the affected queries (so a refetch in
 * flight cannot overwrite the guess), snapshots and patches them; `onError` rolls every one back.
 * Spread it into `useMutation` and invalidate or set the server's answer in onSuccess/onSettled.
 * Journal notes, tags and reactions use this with their own patches.
 */
export function optimistic<TVariables>(
  queryClient: QueryClient,
  patches: (variables: TVariables) => OptimisticPatch[],
) {
  return {
    onMutate: async (variables: TVariables): Promise<OptimisticSnapshot> => {
      const list = patches(variables);
      await Promise.all(list.map((p) => queryClient.cancelQueries({ queryKey: p.queryKey })));
      const snapshot = list.flatMap((p) => queryClient.getQueriesData({ queryKey: p.queryKey }));
      applyPatches(queryClient, list);
      return { snapshot };
    },
    onError: (_error: Error, _variables: TVariables, result: OptimisticSnapshot | undefined) => {
      for (const [queryKey, data] of result?.snapshot ?? []) queryClient.setQueryData(queryKey, data);
    },
  };
}

/** Maps the items of a cached list, whether one page or an infinite list of pages. */
export function mapListItems<T>(
  old: Page<T> | { pages: Page<T>[]; pageParams: unknown[] },
  map: (item: T) => T,
) {
  const page = (p: Page<T>): Page<T> => ({ ...p, data: p.data.map(map) });
  return 'pages' in old ? { ...old, pages: old.pages.map(page) } : page(old);
}
