import type { ListTradesQuery } from '@journalkit/sdk';
import { tradeTableColumnIds } from '@journalkit/ui';
import type { TableSort } from '@journalkit/ui';

/**
 * What the trades page shows — filters and sort — kept in the address's search params
 * (`?account=…&status=closed&symbol=ES&tag=…&sort=-pnl`): links can be shared, a reload keeps it,
 * and Back from a trade returns to the same list (the same query key, so the pages already loaded).
 * Defaults are left out of the address; other params (`lang`) are kept.
 */
export interface TradesView {
  /** An account id, or `all`. */
  accountId: string;
  status: 'all' | 'open' | 'closed';
  /** As typed (trimmed and upper-cased only for the request). */
  symbol: string;
  tag: string;
  sort: TableSort;
}

export const ALL = 'all';
/** Trades per request; the table asks for the next page as its scroll nears the end. */
export const TRADES_PAGE_SIZE = 100;
export const defaultTradesSort: TableSort = { columnId: 'opened', direction: 'descending' };
/** Columns the API sorts by (every trade, across pages); the others sort the loaded rows. */
const serverSort: Record<string, 'openedAt' | 'closedAt' | 'netPnl'> = {
  opened: 'openedAt',
  closed: 'closedAt',
  pnl: 'netPnl',
};
/** `sort=none`: the user switched sorting off (the header's third click). */
const UNSORTED = 'none';
const columnIds: readonly string[] = tradeTableColumnIds;

/** `-pnl` → P&L descending, `symbol` → symbol ascending; anything unknown → the default. */
function readSort(value: string | null): TableSort {
  if (value === null) return defaultTradesSort;
  if (value === UNSORTED) return null;
  const descending = value.startsWith('-');
  const columnId = descending ? value.slice(1) : value;
  if (!columnIds.includes(columnId)) return defaultTradesSort;
  return { columnId, direction: descending ? 'descending' : 'ascending' };
}

function writeSort(sort: TableSort): string | null {
  if (!sort) return UNSORTED;
  if (sort.columnId === defaultTradesSort?.columnId && sort.direction === defaultTradesSort.direction)
    return null;
  return `${sort.direction === 'descending' ? '-' : ''}${sort.columnId}`;
}

export function readTradesView(search: string): TradesView {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  return {
    accountId: params.get('account') || ALL,
    status: status === 'open' || status === 'closed' ? status : ALL,
    symbol: params.get('symbol') ?? '',
    tag: params.get('tag') ?? '',
    sort: readSort(params.get('sort')),
  };
}

/** `search` with `change` applied (`?…`, or `''` when nothing is left). */
export function writeTradesView(search: string, change: Partial<TradesView>): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null) =>
    value === null || value === '' ? params.delete(key) : params.set(key, value);
  if ('accountId' in change) set('account', change.accountId === ALL ? null : (change.accountId ?? null));
  if ('status' in change) set('status', change.status === ALL ? null : (change.status ?? null));
  if ('symbol' in change) set('symbol', change.symbol ?? null);
  if ('tag' in change) set('tag', change.tag ?? null);
  if ('sort' in change) set('sort', writeSort(change.sort ?? null));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a filter narrows the list (the empty state then says "no matches"). */
export const isFiltered = (view: TradesView) =>
  view.accountId !== ALL || view.status !== ALL || view.symbol.trim() !== '' || view.tag.trim() !== '';

/** Whether the API sorts (across every trade) rather than the table (the loaded ones). */
export const sortedByServer = (sort: TableSort) => !sort || sort.columnId in serverSort;

/** The list request for a view: the same view gives the same query key (and its cached pages). */
export function tradesQuery(view: TradesView): Omit<ListTradesQuery, 'cursor'> {
  const q: Omit<ListTradesQuery, 'cursor'> = { limit: TRADES_PAGE_SIZE };
  const { sort } = view;
  if (sort && serverSort[sort.columnId])
    q.sort = `${sort.direction === 'descending' ? '-' : ''}${serverSort[sort.columnId]!}`;
  if (view.accountId !== ALL) q.accountId = view.accountId;
  if (view.status !== ALL) q.status = view.status;
  if (view.symbol.trim()) q.symbol = view.symbol.trim().toUpperCase();
  if (view.tag.trim()) q.tag = view.tag.trim();
  return q;
}

/** The history state a trade opened from the list carries: the list's address, for "Back to trades". */
export const openedFromList = (pathname: string, search: string) => ({ tradesList: pathname + search });

/**
 * Where "Back to trades" leads: the list the trade was opened from (its filters and sort) when the
 * history entry says so, else the plain list. Only this portal's trades list, never another path.
 */
export function tradesListHref(state: unknown, basePath: string): { href: string; fromList: boolean } {
  const list = `${basePath}/journal/trades`;
  const from = state && typeof state === 'object' ? (state as { tradesList?: unknown }).tradesList : null;
  if (typeof from === 'string' && (from === list || from.startsWith(`${list}?`)))
    return { href: from, fromList: true };
  return { href: list, fromList: false };
}
