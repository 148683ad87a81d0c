import { defineJob } from '../../jobs';
import { purgeIdempotencyKeys } from '../../plugins/idempotency';

/** Idempotency records past their retention (24 h) deleted, hourly. */
export const IDEMPOTENCY_PURGE_JOB = 'platform.idempotency.purge';
/** Events past the retention window deleted, every quarter of the window (at most hourly). */
export const EVENTS_PURGE_JOB = 'platform.events.purge';

/**
 * The platform's housekeeping as scheduled jobs: one row each for every API process, so a purge
 * runs once per interval across the deployment (not once per process), and a purge a shutdown
 * stopped goes back to the queue.
 */
export const platformJobs = {
  [IDEMPOTENCY_PURGE_JOB]: defineJob<Record<string, never>>({
    concurrency: 1,
    retry: { attempts: 3, backoffSeconds: 60 },
    timeoutSeconds: 600,
    run: (_job, { database }) => purgeIdempotencyKeys(database),
  }),
  [EVENTS_PURGE_JOB]: defineJob<Record<string, never>>({
    concurrency: 1,
    retry: { attempts: 3, backoffSeconds: 60 },
    timeoutSeconds: 600,
    async run(_job, { services }) {
      await services.events.purge();
    },
  }),
};
