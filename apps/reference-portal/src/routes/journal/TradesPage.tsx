import type { ListTradesQuery } from '@journalkit/sdk';
import { useAccounts, useTrades } from '@journalkit/sdk/react';
import { vars as t } from '@journalkit/theme';
import { EmptyState, Select, TextField, TradeTable } from '@journalkit/ui';
import { useState } from 'react';
import styled from 'styled-components';
import { usePortalT } from '../../i18n/i18n';
import { useRouter } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { JournalNav } from './JournalNav';

const Filters = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  gap: ${t.space[3]};
`;

const ALL = 'all';

/** Every trade, newest first, filtered by account, status, symbol and tag; a row opens the trade. */
export function TradesPage() {
  const tr = usePortalT();
  const { basePath } = useTenant();
  const { navigate } = useRouter();
  const [accountId, setAccountId] = useState(ALL);
  const [status, setStatus] = useState(ALL);
  const [symbol, setSymbol] = useState('');
  const [tag, setTag] = useState('');
  const accounts = useAccounts();
  const query: ListTradesQuery = { limit: 500 };
  if (accountId !== ALL) query.accountId = accountId;
  if (status === 'open' || status === 'closed') query.status = status;
  if (symbol.trim()) query.symbol = symbol.trim().toUpperCase();
  if (tag.trim()) query.tag = tag.trim();
  const trades = useTrades(query);

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
      {trades.isError ? (
        <EmptyState variant="card" titleAs="h2" title={tr('journal.loadError')} />
      ) : (
        <TradeTable
          trades={trades.data?.data ?? []}
          loading={trades.isFetching}
          maxHeight="36rem"
          onOpenTrade={(id) => navigate(`${basePath}/journal/trades/${encodeURIComponent(id)}`)}
        />
      )}
    </Page>
  );
}
