import { eventsRoutes } from '../../modules/events/events.routes';
import { Problem } from '../../lib/schemas';
import { Status, systemRoutes } from '../../modules/system/system.routes';
import { defineArea } from '../types';
import { EVENTS_PURGE_JOB, IDEMPOTENCY_PURGE_JOB, platformJobs } from './jobs';
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
  jobs: { ...platformJobs },
  routes: [systemRoutes, eventsRoutes],
  async start({ database, config, services, log }) {
    // The event log: other API processes' events heard (LISTEN); events past the retention
    // window purged now and, as a scheduled job, every quarter of it (at most hourly).
    await services.events.start(log);
    void services.events.purge().catch((err: unknown) => log.error({ err }, 'event purge failed'));
    // Runs every area's jobs (registered from the manifests by app.ts) on this process, with
    // every other API process on the same database; started first, stopped last.
    services.jobs.start({ services, database, config, log });
    await services.jobs.schedule(
      EVENTS_PURGE_JOB,
      Math.min(3600, Math.max(1, Math.floor(config.eventsRetentionSeconds / 4))),
    );
    await services.jobs.schedule(IDEMPOTENCY_PURGE_JOB, 3600);
    return {
      async stop() {
        await services.jobs.stop();
        // Last: what the areas published while stopping is written first.
        await services.events.stop();
      },
    };
  },
});
