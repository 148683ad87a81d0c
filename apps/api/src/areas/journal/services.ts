import { AccountsService } from '../../modules/accounts/accounts.service';
import { AnalyticsService } from '../../modules/analytics/analytics.service';
import type { JobQueue } from '../../jobs';
import { SegmentMaintenance, keepSegments } from '../../modules/analytics/segmentStore';
import { ConnectorsService } from '../../modules/connectors/connectors.service';
import { ibkrFlexConnector } from '../../modules/connectors/ibkrFlex';
import { EntriesService } from '../../modules/entries/entries.service';
import type { EventBus } from '../../modules/events/eventBus';
import type { TenantsService } from '../../modules/tenants/tenants.service';
import { ImportsService } from '../../modules/imports/imports.service';
import { Ingest } from '../../modules/journal/ingest';
import { TradesService } from '../../modules/trades/trades.service';
import type { AreaContext } from '../types';

/** The journal's services. */
export const journalServices = (
  { database, config }: AreaContext,
  { events, jobs, tenants }: { events: EventBus; jobs: JobQueue; tenants: TenantsService },
) => {
  // Executions in, trades rebuilt; analytics keeps its summary segments from what each ingest
  // tells it changed (in the ingest's transaction), so the journal does not import analytics.
  const ingest = new Ingest(database);
  ingest.onTradesChanged(keepSegments);
  const imports = new ImportsService(database, {
    events,
    jobs,
    ingest,
    jobThresholdBytes: config.importJobThresholdBytes,
  });
  // A new breakeven band makes the tenant's summary segments stale: the maintenance job rebuilds
  // them (identity tells of the change; it never calls into the journal).
  const segments = new SegmentMaintenance(jobs);
  tenants.onSettingsChanged(({ keys }) => {
    if (keys.includes('journal')) segments.kick();
  });
  return {
    accounts: new AccountsService(database),
    imports,
    connectors: new ConnectorsService(database, imports, {
      connectors: [
        ibkrFlexConnector({ baseUrl: config.ibkrFlexUrl, allowedOrigins: config.ibkrFlexAllowedOrigins }),
      ],
      events,
      staleSeconds: config.connectorStaleSeconds,
      maxBytes: config.uploadLimit,
    }),
    trades: new TradesService(database),
    entries: new EntriesService(database, events),
    analytics: new AnalyticsService(database),
    /** Keeps analytics summary segments up to date in the background (a job). */
    segments,
  };
};
