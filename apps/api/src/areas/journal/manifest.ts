import { accountsRoutes } from '../../modules/accounts/accounts.routes';
import { Account, CreateAccountBody, UpdateAccountBody } from '../../modules/accounts/accounts.schemas';
import { analyticsRoutes } from '../../modules/analytics/analytics.routes';
import {
  Breakdown,
  BreakdownBy,
  BreakdownRow,
  CurrencySummary,
  Daily,
  DailyResult,
  Equity,
  EquityPoint,
  Summary,
} from '../../modules/analytics/analytics.schemas';
import { segmentJobs } from '../../modules/analytics/segmentStore';
import { CONNECTOR_POLL_JOB, connectorJobs } from '../../modules/connectors/connectors.jobs';
import { connectorsRoutes } from '../../modules/connectors/connectors.routes';
import { Connector, CreateConnectorBody } from '../../modules/connectors/connectors.schemas';
import { entriesRoutes } from '../../modules/entries/entries.routes';
import {
  Attachment,
  AttachmentForm,
  Emotion,
  JournalEntry,
  PutEntryBody,
} from '../../modules/entries/entries.schemas';
import { importJobs } from '../../modules/imports/imports.jobs';
import { importsRoutes } from '../../modules/imports/imports.routes';
import {
  Execution,
  FormatId,
  ImportFormFields,
  ImportReport,
  PushExecutionsBody,
  PushResult,
} from '../../modules/imports/imports.schemas';
import { tradesRoutes } from '../../modules/trades/trades.routes';
import {
  AssetClass,
  Direction,
  Side,
  Trade,
  TradeDetail,
  TradeExecution,
  TradeJournalSummary,
  TradeStatus,
} from '../../modules/trades/trades.schemas';
import { defineArea } from '../types';
import { journalPermissions } from './permissions';
import { journalServices } from './services';

/**
 * The journal: broker accounts, imports and live executions, trades built from them, journal
 * entries with screenshots, analytics, and broker connectors.
 */
export const journalArea = defineArea({
  name: 'journal',
  dependsOn: ['platform', 'identity'],
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
  schemas: [
    // accounts
    Account,
    CreateAccountBody,
    UpdateAccountBody,
    // imports and executions
    AssetClass,
    Side,
    FormatId,
    ImportReport,
    ImportFormFields,
    Execution,
    PushExecutionsBody,
    PushResult,
    // trades
    Direction,
    TradeStatus,
    TradeJournalSummary,
    Trade,
    TradeExecution,
    TradeDetail,
    // journal entries
    Emotion,
    Attachment,
    JournalEntry,
    PutEntryBody,
    AttachmentForm,
    // analytics
    CurrencySummary,
    Summary,
    EquityPoint,
    Equity,
    DailyResult,
    Daily,
    BreakdownBy,
    BreakdownRow,
    Breakdown,
    // connectors
    Connector,
    CreateConnectorBody,
  ],
  tables: [
    'accounts',
    'executions',
    'trades',
    'journal_entries',
    'attachments',
    'imports',
    'import_uploads',
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
  jobs: { ...importJobs, ...connectorJobs, ...segmentJobs },
  routes: [accountsRoutes, importsRoutes, tradesRoutes, entriesRoutes, analyticsRoutes, connectorsRoutes],
  async start({ config, services, log }) {
    // Imports that no job will run (left unfinished by a version before jobs) are failed at once;
    // background imports are jobs, run and retried by the platform's runner.
    await services.imports.recoverInterrupted();
    // The connector scheduler: one pass at a time across processes, every
    // JOURNALKIT_CONNECTOR_POLL_SECONDS (0: this process schedules none and stops the schedule).
    await services.jobs.schedule(CONNECTOR_POLL_JOB, config.connectorPollSeconds);
    // Summary segments left stale by a breakeven-band change or from before they existed: brought
    // up to date at start and right after a band change (services.ts subscribes to it).
    services.segments.onError = (err) => log.error({ err }, 'summary segment maintenance failed');
    services.segments.kick();
    return {
      async stop() {
        await services.imports.close();
        await services.segments.settled();
      },
    };
  },
});
