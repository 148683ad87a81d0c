import type { ListTradesQuery } from '@journalkit/sdk';
import { useAccounts, useTradesInfinite } from '@journalkit/sdk/react';
import { vars as t } from '@journalkit/theme';
import { Button, EmptyState, Select, TextField, TradeTable } from '@journalkit/ui';
import type { TableSort } from '@journalkit/ui';
import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { usePortalT } from '../../i18n/i18n';
import { Link, useRouter } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { JournalNav } from './JournalNav';

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

const ALL = 'all';
/** Trades per request; the table asks for the next page as its scroll nears the end. */
export const TRADES_PAGE_SIZE = 100;
/** Columns the API sorts by (every trade, across pages); the others sort the loaded rows. */
const serverSort: Record<string, 'openedAt' | 'closedAt' | 'netPnl'> = {
  opened: 'openedAt',
  closed: 'closedAt',
  pnl: 'netPnl',
};

/**
 * Every trade, newest first, page by page as the table scrolls (or "Load more"), filtered by
 * account, status, symbol and tag; a row opens the trade.
 */
export function TradesPage() {
  const tr = usePortalT();
  const { basePath } = useTenant();
  const { navigate } = useRouter();
  const [accountId, setAccountId] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [symbol, setSymbol] = useState('');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<TableSort>({ columnId: 'opened', direction: 'descending' });
  const accounts = useAccounts();

  const byServer = !sort || sort.columnId in serverSort;
  const query = useMemo(() => {
    const q: Omit<ListTradesQuery, 'cursor'> = { limit: TRADES_PAGE_SIZE };
    if (sort && serverSort[sort.columnId])
      q.sort = `${sort.direction === 'descending' ? '-' : ''}${serverSort[sort.columnId]!}`;
    if (accountId !== ALL) q.accountId = accountId;
    if (status === 'open' || status === 'closed') q.status = status;
    if (symbol.trim()) q.symbol = symbol.trim().toUpperCase();
    if (tag.trim()) q.tag = tag.trim();
    return q;
  }, [sort, accountId, status, symbol, tag]);
  const trades = useTradesInfinite(query);
  const rows = useMemo(() => trades.data?.pages.flatMap((p) => p.data) ?? [], [trades.data]);
  const more = Boolean(trades.hasNextPage);
  const loadMore = () => {
    if (trades.hasNextPage && !trades.isFetchingNextPage) void trades.fetchNextPage();
  };
  const filtered = accountId !== ALL || status !== ALL || symbol.trim() !== '' || tag.trim() !== '';

  return (
    <Page title={tr('journal.tradesTitle')}>
      <JournalNav current="trades" />
      <Filters role="search" aria-label={tr('journal.filters')}>
        <Select
          label={tr('journal.account')}
          value={accountId}
          onValueChange={setAccountId}
          options={[
            { value: ALL, label: tr('journal.allAccounts') },
            ...(accounts.data?.data ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <Select
          label={tr('journal.status')}
          value={status}
          onValueChange={setStatus}
          options={[
            { value: ALL, label: tr('journal.allStatuses') },
            { value: 'open', label: tr('journal.statusOpen') },
            { value: 'closed', label: tr('journal.statusClosed') },
          ]}
        />
        <TextField label={tr('journal.symbol')} value={symbol} onChange={(e) => setSymbol(e.target.value)} />
        <TextField label={tr('journal.tag')} value={tag} onChange={(e) => setTag(e.target.value)} />
      </Filters>
      {trades.isError && !rows.length ? (
        <EmptyState variant="card" titleAs="h2" tone="negative" title={tr('journal.loadError')} />
      ) : (
        <>
          <TradeTable
            trades={rows}
            loading={trades.isFetching}
            maxHeight="36rem"
            sort={sort}
            onSortChange={setSort}
            manualSorting={byServer}
            onEndReached={loadMore}
            empty={
              <EmptyState
                titleAs="h2"
                title={filtered ? tr('journal.noMatchesTitle') : tr('journal.noTradesTitle')}
                {...(!filtered && {
                  description: tr('journal.noTradesDescription'),
                  actions: (
                    <Button asChild>
                      <Link href={`${basePath}/journal/import`}>{tr('journal.importLink')}</Link>
                    </Button>
                  ),
                })}
              />
            }
            onOpenTrade={(id) => navigate(`${basePath}/journal/trades/${encodeURIComponent(id)}`)}
          />
          {rows.length > 0 && (
            <Paging data-part="paging">
              <p role="status">
                {tr(more ? 'journal.tradesLoadedMore' : 'journal.tradesLoadedAll', { count: rows.length })}
                {more && !byServer ? ` ${tr('journal.sortedLoaded')}` : ''}
              </p>
              {more && (
                <Button
                  variant="outline"
                  tone="neutral"
                  onClick={loadMore}
                  loading={trades.isFetchingNextPage}
                >
                  {tr('journal.loadMore')}
                </Button>
              )}
            </Paging>
          )}
          {trades.isError && rows.length > 0 && (
            <EmptyState variant="card" titleAs="h2" tone="negative" title={tr('journal.loadError')} />
          )}
        </>
      )}
    </Page>
  );
}
