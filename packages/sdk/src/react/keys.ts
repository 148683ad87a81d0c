/**
 * Query keys. Every key starts with `['journalkit', client.scope]`, so two clients (two tenants
 * on one page, or one sharing the host's QueryClient) never see each other's data. Then the area,
 * named like the resource in live-update events (`users`, `trades`), then `list`/`detail`:
 *
 *   ['journalkit', scope, 'users', 'list', params]              a page
 *   ['journalkit', scope, 'users', 'list', params, 'infinite']  every page (useInfiniteQuery)
 *   ['journalkit', scope, 'users', 'detail', id]                one object
 */
export const journalkitKey = (client: { readonly scope: string }) => ['journalkit', client.scope] as const;

type Scoped = { readonly scope: string };

/** The key builders of one area. New areas (trades, accounts, imports …) are made the same way. */
export function areaKeys<const Area extends string>(area: Area) {
  return {
    /** Everything of the area. */
    all: (client: Scoped) => [...journalkitKey(client), area] as const,
    /** Every list (pages and infinite lists): what a create or delete invalidates. */
    lists: (client: Scoped) => [...journalkitKey(client), area, 'list'] as const,
    list: <const P extends object>(client: Scoped, params: P) =>
      [...journalkitKey(client), area, 'list', params] as const,
    infinite: <const P extends object>(client: Scoped, params: P) =>
      [...journalkitKey(client), area, 'list', params, 'infinite'] as const,
    detail: (client: Scoped, id: string) => [...journalkitKey(client), area, 'detail', id] as const,
  };
}
