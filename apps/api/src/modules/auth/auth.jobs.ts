import { defineJob } from '../../jobs';

/** Sign-in throttle counters nobody touched for a day deleted, hourly. */
export const THROTTLE_PURGE_JOB = 'identity.sign-in-throttle.purge';

/** Identity's housekeeping as a scheduled job (one row for every API process). */
export const authJobs = {
  [THROTTLE_PURGE_JOB]: defineJob<Record<string, never>>({
    concurrency: 1,
    retry: { attempts: 3, backoffSeconds: 60 },
    timeoutSeconds: 600,
    run: (_job, { services }) => services.auth.throttle.purge(),
  }),
};
