import { eventsRoutes } from '../../modules/events/events.routes';
import { systemRoutes } from '../../modules/system/system.routes';
import { purgeIdempotencyKeys } from '../../plugins/idempotency';
import { defineArea, every } from '../types';
import { platformServices } from './services';

/**
 * The platform under every area: health and readiness, the event bus, its log and its stream,
 * infrastructure tables (idempotency records, sign-in throttle counters) with no tenant rows.
 */
export const platformArea = defineArea({
  name: 'platform',
  dependsOn: [],
  tags: [
    { name: 'Events', description: 'Server-sent events for live updates.' },
    { name: 'System', description: 'Health and readiness.' },
  ],
  permissions: {},
  tables: ['idempotency_keys', 'auth_throttle', 'events', 'event_counters'],
  events: [],
  services: platformServices,
  routes: [systemRoutes, eventsRoutes],
  async start({ database, config, services, log }) {
    // The event log: other API processes' events heard (LISTEN), events past the retention
    // window purged now and every quarter of it (at most hourly).
    await services.events.start(log);
    const purgeFailed = (err: unknown) => log.error({ err }, 'event purge failed');
    void services.events.purge().catch(purgeFailed);
    const eventPurge = every(
      Math.min(3600, Math.max(1, config.eventsRetentionSeconds / 4)) * 1000,
      () => services.events.purge(),
      purgeFailed,
    );
    const purge = every(
      3_600_000,
      () => purgeIdempotencyKeys(database),
      (err) => log.error({ err }, 'idempotency purge failed'),
    );
    return {
      async stop() {
        await purge.stop();
        await eventPurge.stop();
        // Last: what the areas published while stopping is written first.
        await services.events.stop();
      },
    };
  },
});
