import { defineSection } from '../routeTable';

/** The journal's pages (`./index.tsx` renders them; `JournalNav` links the first four). */
export const journal = defineSection({
  id: 'journal',
  path: '/journal',
  label: 'nav.journal',
  start: 'dashboard',
  routes: {
    dashboard: { path: '/journal', permission: 'journal:read', title: 'journal:nav.dashboard' },
    trades: { path: '/journal/trades', permission: 'journal:read', title: 'journal:nav.trades' },
    trade: { path: '/journal/trades/:tradeId', permission: 'journal:read', title: 'journal:tradeTitle' },
    import: { path: '/journal/import', permission: 'journal:write', title: 'journal:nav.import' },
    accounts: { path: '/journal/accounts', permission: 'journal:read', title: 'journal:nav.accounts' },
  },
});
