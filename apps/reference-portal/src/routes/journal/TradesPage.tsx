import { useAccounts, useTradesInfinite } from '@journalkit/sdk/react';
import { vars as t } from '@journalkit/theme';
import { Button, EmptyState, Select, TextField, TradeTable } from '@journalkit/ui';
import { useMemo, useRef } from 'react';
import styled from 'styled-components';
import { usePortalT } from '../../i18n/i18n';
import { Link, useRouter } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { JournalNav } from './JournalNav';
import {
  ALL,
  isFiltered,
  openedFromList,
  readTradesView,
  sortedByServer,
  tradesQuery,
  writeTradesView,
} from './tradesView';
import type { TradesView } from './tradesView';
import { rememberScroll, useScrollMemory } from './useScrollMemory';

const Filters = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  gap: ${t.space[3]};
`;

const Paging = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${t.space[3]};
  color: ${t.color.textMuted};
  & > p {
    margin: 0;
  }
`;

/**
 * Every trade, newest first, page by page as the table scrolls (or "Load more"), filtered by
 * account, status, symbol and tag; a row opens the trade. Filters and sort live in the address
 * (`tradesView.ts`), so Back from a trade, a reload or a shared link shows the same list — with
 * the pages already loaded (same query key) and, on Back, the same scroll.
 */
export function TradesPage() {
  const tr = usePortalT('journal');
  const { basePath } = useTenant();
  const { pathname, search, navigate } = useRouter();
  const view = useMemo(() => readTradesView(search), [search]);
  const { accountId, status, symbol, tag, sort } = view;
  const update = (change: Partial<TradesView>) =>
    navigate(pathname + writeTradesView(search, change), { replace: true });
  const accounts = useAccounts();

  const byServer = sortedByServer(sort);
  const query = useMemo(() => tradesQuery(view), [view]);
  const trades = useTradesInfinite(query);
  const rows = useMemo(() => trades.data?.pages.flatMap((p) => p.data) ?? [], [trades.data]);
  const table = useRef<HTMLDivElement>(null);
  useScrollMemory(table, rows.length > 0);
  const more = Boolean(trades.hasNextPage);
  const loadMore = () => {
    if (trades.hasNextPage && !trades.isFetchingNextPage) void trades.fetchNextPage();
  };
  const filtered = isFiltered(view);
  const openTrade = (id: string) => {
    rememberScroll(table);
    navigate(`${basePath}/journal/trades/${encodeURIComponent(id)}`, {
      state: openedFromList(pathname, search),
    });
  };

  return (
    <Page title={tr('tradesTitle')}>
      <JournalNav current="trades" />
      <Filters role="search" aria-label={tr('filters')}>
        <Select
          label={tr('account')}
          value={accountId}
          onValueChange={(value) => update({ accountId: value })}
          options={[
            { value: ALL, label: tr('allAccounts') },
            ...(accounts.data?.data ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <Select
          label={tr('status')}
          value={status}
          onValueChange={(value) => update({ status: value === 'open' || value === 'closed' ? value : ALL })}
          options={[
            { value: ALL, label: tr('allStatuses') },
            { value: 'open', label: tr('statusOpen') },
            { value: 'closed', label: tr('statusClosed') },
          ]}
        />
        <TextField label={tr('symbol')} value={symbol} onChange={(e) => update({ symbol: e.target.value })} />
        <TextField label={tr('tag')} value={tag} onChange={(e) => update({ tag: e.target.value })} />
      </Filters>
      {trades.isError && !rows.length ? (
        <EmptyState variant="card" titleAs="h2" tone="negative" title={tr('loadError')} />
      ) : (
        <>
          <TradeTable
            ref={table}
            trades={rows}
            loading={trades.isFetching}
            maxHeight="36rem"
            sort={sort}
            onSortChange={(next) => update({ sort: next })}
            manualSorting={byServer}
            onEndReached={loadMore}
            empty={
              <EmptyState
                titleAs="h2"
                title={filtered ? tr('noMatchesTitle') : tr('noTradesTitle')}
                {...(!filtered && {
                  description: tr('noTradesDescription'),
                  actions: (
                    <Button asChild>
                      <Link href={`${basePath}/journal/import`}>{tr('importLink')}</Link>
                    </Button>
                  ),
                })}
              />
            }
            onOpenTrade={openTrade}
          />
          {rows.length > 0 && (
            <Paging data-part="paging">
              <p role="status">
                {tr(more ? 'tradesLoadedMore' : 'tradesLoadedAll', { count: rows.length })}
                {more && !byServer ? ` ${tr('sortedLoaded')}` : ''}
              </p>
              {more && (
                <Button
                  variant="outline"
                  tone="neutral"
                  onClick={loadMore}
                  loading={trades.isFetchingNextPage}
                >
                  {tr('loadMore')}
                </Button>
              )}
            </Paging>
          )}
          {trades.isError && rows.length > 0 && (
            <EmptyState variant="card" titleAs="h2" tone="negative" title={tr('loadError')} />
          )}
        </>
      )}
    </Page>
  );
}
