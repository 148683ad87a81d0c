import { defineJob } from '../../jobs';

/** The connector scheduler's pass, a platform job on a schedule (JOURNALKIT_CONNECTOR_POLL_SECONDS). */
export const CONNECTOR_POLL_JOB = 'journal.connectors.poll';

/**
 * One pass of the scheduler at a time across every API process (one scheduled row); each due
 * connector is still claimed on its own (connectors.running_since), so a "Sync now" and a pass
 * never run one connector twice. A pass stopped by a shutdown goes back to the queue.
 */
export const connectorJobs = {
  [CONNECTOR_POLL_JOB]: defineJob<Record<string, never>>({
    concurrency: 1,
    retry: { attempts: 2, backoffSeconds: 30 },
    // 50 connectors a pass, each run bounded at 120 s.
    timeoutSeconds: 7200,
    async run(job, { services }) {
      await services.connectors.tick(job.signal);
      job.signal.throwIfAborted();
    },
  }),
};
