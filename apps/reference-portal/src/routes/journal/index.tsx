import { useLiveUpdates } from '@journalkit/sdk/react';
import { EmptyState } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { Page } from '../Page';
import type { SectionProps } from '../sections';
import { AccountsPage } from './accounts/AccountsPage';
import { DashboardPage } from './DashboardPage';
import { ImportPage } from './ImportPage';
import { TradeDetailPage } from './TradeDetailPage';
import { TradesPage } from './TradesPage';

/**
 * The journal: `/` dashboard, `/trades` list, `/trades/:id` one trade, `/import`, `/accounts`.
 * Live updates refresh them.
 */
export default function JournalSection({ subPath }: SectionProps) {
  const t = usePortalT();
  useLiveUpdates();
  if (subPath === '/' || subPath === '') return <DashboardPage />;
  if (subPath === '/trades') return <TradesPage />;
  if (subPath === '/import') return <ImportPage />;
  if (subPath === '/accounts') return <AccountsPage />;
  const detail = /^\/trades\/([^/]+)$/.exec(subPath);
  if (detail) return <TradeDetailPage tradeId={decodeURIComponent(detail[1]!)} />;
  return (
    <Page title={t('app.notFoundTitle')}>
      <EmptyState variant="card" titleAs="h2" title={t('app.notFoundTitle')} />
    </Page>
  );
}
