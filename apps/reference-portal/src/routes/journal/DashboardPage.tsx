import { useAnalyticsSummary } from '@journalkit/sdk/react';
import { EmptyState, StatsGrid } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { Page } from '../Page';
import { JournalNav } from './JournalNav';

/** The journal's overview: the performance summary over all accounts. */
export function DashboardPage() {
  const tr = usePortalT();
  const summary = useAnalyticsSummary();
  return (
    <Page title={tr('journal.title')} description={tr('journal.dashboardDescription')}>
      <JournalNav current="dashboard" />
      {summary.isError ? (
        <EmptyState variant="card" titleAs="h2" title={tr('journal.loadError')} />
      ) : (
        <StatsGrid summary={summary.data ?? null} loading={summary.isPending} />
      )}
    </Page>
  );
}
