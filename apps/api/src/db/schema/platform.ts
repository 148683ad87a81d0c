import type { Generated } from 'kysely';
import type { Json, Timestamp } from './columns';

// The platform (infrastructure: no tenant rows for the app role): Kysely's view of the area's tables (see migrations/).

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  tenant_id: string | null;
  fingerprint: string;
  state: 'processing' | 'complete';
  response_status: number | null;
  response_headers: Json<Record<string, string>> | null;
  response_body: string | null;
  /** The response carried a secret: the body is stored with the secret removed, never replayed. */
  secret_withheld: Generated<boolean>;
  created_at: Timestamp;
  locked_until: Date | null;
}

/** Sign-in failure counters (no tenant: keyed by address, account or device). */
export interface AuthThrottleTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  blocked_until: Date | null;
}

/** Background work of every area (0010; src/jobs/): tenant work carries its tenant, platform work none. */
export interface JobsTable {
  id: string;
  tenant_id: string | null;
  kind: string;
  key: string | null;
  payload: Json<unknown>;
  state: Generated<JobState>;
  progress: Generated<number>;
  attempts: Generated<number>;
  max_attempts: number;
  run_at: Generated<Date>;
  repeat_seconds: number | null;
  claim: string | null;
  claimed_by: string | null;
  heartbeat_at: Date | null;
  last_error: string | null;
  created_at: Timestamp;
  started_at: Date | null;
  finished_at: Date | null;
}

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface PlatformTables {
  idempotency_keys: IdempotencyKeysTable;
  auth_throttle: AuthThrottleTable;
  jobs: JobsTable;
}
