import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness';
import { THROTTLE_PURGE_JOB } from '../modules/auth/auth.jobs';
import { EVENTS_PURGE_JOB, IDEMPOTENCY_PURGE_JOB } from './platform/jobs';

// The platform's and identity's housekeeping are scheduled jobs (one row for every API process):
// each is scheduled at start, and its run deletes what is past retention and keeps the rest.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const DAY = 86_400_000;

async function waitDone(id: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const job = await api.app.services.jobs.get(id);
    if (job && (job.state === 'succeeded' || job.state === 'failed')) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job?.state}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function run(kind: string) {
  const { job } = await api.app.services.jobs.enqueue({ kind, tenantId: null });
  api.app.services.jobs.wake();
  return waitDone(job!.id);
}

describe('housekeeping jobs', () => {
  it('are each scheduled once at start', async () => {
    const rows = await api.database.withSystem((trx) =>
      trx
        .selectFrom('jobs')
        .select(['kind', 'repeat_seconds'])
        .where('key', '=', 'schedule')
        .where('kind', 'in', [IDEMPOTENCY_PURGE_JOB, EVENTS_PURGE_JOB, THROTTLE_PURGE_JOB])
        .execute(),
    );
    expect(rows.map((r) => r.kind).sort()).toEqual(
      [EVENTS_PURGE_JOB, THROTTLE_PURGE_JOB, IDEMPOTENCY_PURGE_JOB].sort(),
    );
    expect(rows.every((r) => (r.repeat_seconds ?? 0) > 0 && (r.repeat_seconds ?? 0) <= 3600)).toBe(true);
  });

  it('purge idempotency records past 24 hours and keep the recent ones', async () => {
    const record = (key: string, created: Date) => ({
      scope: 'test',
      key,
      tenant_id: null,
      fingerprint: 'f',
      state: 'complete' as const,
      response_status: 200,
      response_headers: null,
      response_body: '{}',
      created_at: created,
      locked_until: null,
    });
    await api.database.withSystem((trx) =>
      trx
        .insertInto('idempotency_keys')
        .values([record('old', new Date(Date.now() - 2 * DAY)), record('recent', new Date())])
        .execute(),
    );
    expect((await run(IDEMPOTENCY_PURGE_JOB)).state).toBe('succeeded');
    const left = await api.database.withSystem((trx) =>
      trx.selectFrom('idempotency_keys').select('key').where('scope', '=', 'test').execute(),
    );
    expect(left.map((r) => r.key)).toEqual(['recent']);
  });

  it('purge sign-in counters untouched for a day, keeping blocks still in force', async () => {
    const now = Date.now();
    await api.database.withSystem((trx) =>
      trx
        .insertInto('auth_throttle')
        .values([
          { key: 'test:stale', failures: 3, last_failure_at: new Date(now - 2 * DAY), blocked_until: null },
          {
            key: 'test:blocked',
            failures: 9,
            last_failure_at: new Date(now - 2 * DAY),
            blocked_until: new Date(now + DAY),
          },
          { key: 'test:fresh', failures: 1, last_failure_at: new Date(now), blocked_until: null },
        ])
        .execute(),
    );
    expect((await run(THROTTLE_PURGE_JOB)).state).toBe('succeeded');
    const left = await api.database.withSystem((trx) =>
      trx.selectFrom('auth_throttle').select('key').where('key', 'like', 'test:%').orderBy('key').execute(),
    );
    expect(left.map((r) => r.key)).toEqual(['test:blocked', 'test:fresh']);
  });

  it('run the events purge as a job (what it deletes and keeps: modules/events/eventLog.test.ts)', async () => {
    expect((await run(EVENTS_PURGE_JOB)).state).toBe('succeeded');
  });
});
