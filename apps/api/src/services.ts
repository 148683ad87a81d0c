import type { Config } from './config';
import type { Database } from './db/database';
import { AccountsService } from './modules/accounts/accounts.service';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { SegmentMaintenance } from './modules/analytics/segmentStore';
import { ApiKeysService } from './modules/apiKeys/apiKeys.service';
import { ConnectorsService } from './modules/connectors/connectors.service';
import { ibkrFlexConnector } from './modules/connectors/ibkrFlex';
import { EntriesService } from './modules/entries/entries.service';
import { EventBus } from './modules/events/eventBus';
import { ImportsService } from './modules/imports/imports.service';
import { TradesService } from './modules/trades/trades.service';
import { AuthService } from './modules/auth/auth.service';
import { TenantsService } from './modules/tenants/tenants.service';
import { UsersService } from './modules/users/users.service';

/** Every service, made once per app. Routes get this; services get the database and config. */
export interface Services {
  tenants: TenantsService;
  apiKeys: ApiKeysService;
  users: UsersService;
  auth: AuthService;
  events: EventBus;
  accounts: AccountsService;
  imports: ImportsService;
  trades: TradesService;
  entries: EntriesService;
  analytics: AnalyticsService;
  /** Keeps analytics summary segments up to date in the background. */
  segments: SegmentMaintenance;
  connectors: ConnectorsService;
}

export function createServices(database: Database, config: Config): Services {
  const events = new EventBus();
  const imports = new ImportsService(database, events, config.importJobThresholdBytes, {
    staleSeconds: config.importStaleSeconds,
  });
  return {
    events,
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
    segments: new SegmentMaintenance(database),
    tenants: new TenantsService(database, config.uploadLimit, events),
    apiKeys: new ApiKeysService(database, events),
    users: new UsersService(database, config, events),
    auth: new AuthService(database, config, events),
  };
}
