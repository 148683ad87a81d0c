import { accountsRoutes } from '../../modules/accounts/accounts.routes';
import { analyticsRoutes } from '../../modules/analytics/analytics.routes';
import { connectorsRoutes } from '../../modules/connectors/connectors.routes';
import { entriesRoutes } from '../../modules/entries/entries.routes';
import { importsRoutes } from '../../modules/imports/imports.routes';
import { tradesRoutes } from '../../modules/trades/trades.routes';
import { defineArea, every, type AreaRuntime } from '../types';
import { journalPermissions } from './permissions';
import { journalServices } from './services';

/**
 * The journal: broker accounts, imports and live executions, trades built from them, journal
 * entries with screenshots, analytics, and broker connectors.
 */
export const journalArea = defineArea({
  name: 'journal',
  dependsOn: ['platform'],
  tags: [
    { name: 'Accounts', description: 'Broker accounts of end users.' },
    { name: 'Imports', description: 'Broker files and live executions into an account.' },
    { name: 'Trades', description: 'Round-trip trades built from executions.' },
    {
      name: 'Journal entries',
      description: 'Notes, tags, setups, mistakes and screenshots on trades and days.',
    },
    { name: 'Analytics', description: 'Metrics, equity, calendar and breakdowns, computed in the database.' },
    { name: 'Connectors', description: 'Scheduled sync from broker APIs (IBKR Flex Web Service).' },
  ],
  permissions: journalPermissions,
  tables: [
    'accounts',
    'executions',
    'trades',
    'journal_entries',
    'attachments',
    'imports',
    'connectors',
    'trade_segments',
  ],
  events: [
    'trades.changed',
    'import.progress',
    'import.finished',
    'account.changed',
    'entry.changed',
    'connector.synced',
  ],
  services: journalServices,
  routes: [accountsRoutes, importsRoutes, tradesRoutes, entriesRoutes, analyticsRoutes, connectorsRoutes],
  async start({ config, services, log }) {
    // Imports left unfinished by a process that is gone are failed at start and while running;
    // this process's own jobs stop (rolled back, recorded interrupted) when it closes.
    await services.imports.startRecovery((err) => log.error({ err }, 'import recovery failed'));
    // The connector scheduler: one pass at a time, every JOURNALKIT_CONNECTOR_POLL_SECONDS.
    const scheduler: AreaRuntime | undefined =
      config.connectorPollSeconds > 0
        ? every(
            config.connectorPollSeconds * 1000,
            () => services.connectors.tick(),
            (err) => log.error({ err }, 'connector scheduler failed'),
          )
        : undefined;
    // Summary segments left stale by a breakeven-band change or from before they existed: brought
    // up to date at start and right after a band change (tenants routes).
    services.segments.onError = (err) => log.error({ err }, 'summary segment maintenance failed');
    services.segments.kick();
    return {
      async stop() {
        await scheduler?.stop();
        await services.imports.close();
        await services.segments.idle();
      },
    };
  },
});
