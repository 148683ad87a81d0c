import { eventsRoutes } from '../../modules/events/events.routes';
import { systemRoutes } from '../../modules/system/system.routes';
import { purgeIdempotencyKeys } from '../../plugins/idempotency';
import { defineArea, every } from '../types';
import { platformServices } from './services';

/**
 * The platform under every area: health and readiness, the event bus and its stream,
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
  tables: ['idempotency_keys', 'auth_throttle'],
  events: [],
  services: platformServices,
  routes: [systemRoutes, eventsRoutes],
  start: ({ database, log }) =>
    every(
      3_600_000,
      () => purgeIdempotencyKeys(database),
      (err) => log.error({ err }, 'idempotency purge failed'),
    ),
});
