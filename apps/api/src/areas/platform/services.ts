import { JobQueue } from '../../jobs';
import { EventBus } from '../../modules/events/eventBus';
import type { AreaContext } from '../types';

/** The platform's services: the event bus every area publishes on, and the job queue every area enqueues on. */
export const platformServices = ({ database, config }: AreaContext, _deps: object) => ({
  events: new EventBus(database, {
    retentionSeconds: config.eventsRetentionSeconds,
    pollSeconds: config.eventsHeartbeatSeconds,
  }),
  jobs: new JobQueue(database, { staleSeconds: config.importStaleSeconds }),
});
