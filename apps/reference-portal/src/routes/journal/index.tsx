import { useLiveUpdates } from '@journalkit/sdk/react';
import { renderPage } from '../routeTable';
import type { SectionPageProps, SectionPages } from '../routeTable';
import { AccountsPage } from './accounts/AccountsPage';
import { DashboardPage } from './DashboardPage';
import { ImportPage } from './ImportPage';
import type { journal } from './routes';
import { TradeDetailPage } from './TradeDetailPage';
import { TradesPage } from './TradesPage';

/** A page for each route of the journal's table (`./routes.ts`), each taking its route's parameters. */
const pages: SectionPages<typeof journal> = {
  dashboard: DashboardPage,
  trades: TradesPage,
  trade: TradeDetailPage,
  import: ImportPage,
  accounts: AccountsPage,
};

/** The journal. Live updates (`/v1/events`) refresh its pages. */
export default function JournalSection(props: SectionPageProps<typeof journal>) {
  useLiveUpdates();
  return renderPage(pages, props);
}
