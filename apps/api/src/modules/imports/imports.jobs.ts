import { defineJob } from '../../jobs';
import { IMPORT_JOB, type ImportJobPayload } from './backgroundImports';

/**
 * Background imports as jobs (files over JOURNALKIT_IMPORT_JOB_THRESHOLD). An import is one
 * transaction, fenced by its job's claim: an attempt killed mid-way left nothing, and is taken
 * again (on PGlite at the next start, on PostgreSQL by any process once its heartbeat is stale);
 * after three attempts it is failed for good.
 */
export const importJobs = {
  [IMPORT_JOB]: defineJob<ImportJobPayload>({
    // A large import holds a core and hundreds of MB while it runs: two at once per process.
    concurrency: 2,
    retry: { attempts: 3, backoffSeconds: 5, factor: 4 },
    timeoutSeconds: 3600,
    run: (job, { services }) => services.imports.runJob(job),
    failed: (job, { services }) => services.imports.jobFailed(job),
  }),
};
