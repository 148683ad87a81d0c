import { eventsRoutes } from '../../modules/events/events.routes';
import { Problem } from '../../lib/schemas';
import { Status, systemRoutes } from '../../modules/system/system.routes';
import { purgeIdempotencyKeys } from '../../plugins/idempotency';
import { defineArea, every } from '../types';
import { platformServices } from './services';

/**
 * The platform under every area: health and readiness, the event bus, its log and its stream, the job
 * queue and its runner (src/jobs/), infrastructure tables (idempotency records, sign-in throttle
 * counters) with no tenant rows.
 */
export const platformArea = defineArea({
  name: 'platform',
  dependsOn: [],
  tags: [
    { name: 'Events', description: 'Server-sent events for live updates.' },
    { name: 'System', description: 'Health and readiness.' },
  ],
  permissions: {},
  schemas: [Problem, Status],
  tables: ['idempotency_keys', 'auth_throttle', 'jobs', 'events', 'event_counters'],
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
    // Runs every area's jobs (registered from the manifests by app.ts) on this process, with
    // every other API process on the same database; started first, stopped last.
    services.jobs.start({ services, database, config, log });
    const purge = every(
      3_600_000,
      () => purgeIdempotencyKeys(database),
      (err) => log.error({ err }, 'idempotency purge failed'),
    );
    return {
      async stop() {
        await purge.stop();
        await eventPurge.stop();
        await services.jobs.stop();
        // Last: what the areas published while stopping is written first.
        await services.events.stop();
      },
    };
  },
});
