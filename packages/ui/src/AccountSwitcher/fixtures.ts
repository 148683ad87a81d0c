import type { AccountSummary } from './AccountSwitcher';

export const sampleAccounts: AccountSummary[] = [
  {
    id: '7f1c0c9e-0001-4000-8000-000000000001',
    name: 'Main',
    broker: 'Interactive Brokers',
    currency: 'USD',
    archivedAt: null,
  },
  {
    id: '7f1c0c9e-0001-4000-8000-000000000002',
    name: 'Futures',
    broker: 'Tradovate',
    currency: 'USD',
    archivedAt: null,
  },
  {
    id: '7f1c0c9e-0001-4000-8000-000000000003',
    name: 'Depot',
    broker: 'Trade Republic',
    currency: 'EUR',
    archivedAt: null,
  },
  {
    id: '7f1c0c9e-0001-4000-8000-000000000004',
    name: 'Old swing account',
    broker: 'TD Ameritrade',
    currency: 'USD',
    archivedAt: '2025-03-31T00:00:00.000Z',
  },
];
