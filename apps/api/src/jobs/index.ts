/** Background work as jobs in the database, for every area (README.md in this folder). */
export { JobQueue, type EnqueueSpec, type QueueOptions } from './queue';
export {
  ClaimLost,
  defineJob,
  type FailedJob,
  type JobContext,
  type JobKind,
  type JobKinds,
  type JobRun,
  type JobSnapshot,
  type RetryPolicy,
  type StopReason,
} from './types';
