import { describe, expect, it } from 'vitest';
import { startTestApi } from './harness';
import { bigFile } from './importRestart';

/**
 * Issue 9, item 9, then issue 10: in a live process, the recovery sweep at start fails only the
 * imports no job will ever run (rows left `running` by a version before jobs), never one whose job
 * runs; and an import whose every attempt was interrupted (its last attempt's process died) ends
 * `failed` with `import-interrupted`, its stored file removed.
 */
const interrupted = {
  status: 'failed',
  progress: 1,
  inserted: 0,
  tradesAffected: 0,
  errorCount: 1,
  errors: [{ line: 0, reason: expect.stringContaining('interrupted') }],
  failure: {
    code: 'import-interrupted',
    message:
      'The import was interrupted before it finished (the server stopped or restarted); nothing was imported. ' +
      'Upload the file again.',
  },
  finishedAt: expect.any(String),
};

describe('the recovery sweep in a live process', () => {
  it('fails an import no job will run (from before jobs), never one a job runs', async () => {
    const api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024) });
    try {
      const t = await api.createTenant();
      const { token } = await api.createUser(t.apiKey, {});
      const acc = await api.call('POST', '/v1/accounts', {
        token,
        body: { name: 'swept', broker: 't', currency: 'USD', timezone: 'UTC' },
      });
      // A row left running by a version before jobs (0010): no job will ever run it.
      const orphan = '01890000-0000-7000-8000-000000000001';
      await api.database.withSystem((trx) =>
        trx
          .insertInto('imports')
          .values({
            tenant_id: t.tenantId,
            id: orphan,
            account_id: acc.body.id,
            format: 'generic',
            status: 'running',
            warnings: '[]',
            errors: '[]',
          })
          .execute(),
      );
      const form = new FormData();
      form.append('format', 'generic');
      form.append('file', new Blob([bigFile(20_000, 'S')]), 'big.csv');
      const res = await fetch(`${api.url}/v1/accounts/${acc.body.id}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      expect(await api.app.services.imports.recoverInterrupted()).toBe(
        1, // the orphan only: the live import has its job
      );
      let job: { status: string; inserted: number; failure: unknown };
      for (;;) {
        job = (await api.call('GET', `/v1/accounts/${acc.body.id}/imports/${id}`, { token })).body;
        if (job.status !== 'running') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(job).toMatchObject({ status: 'succeeded', inserted: 20_000, failure: null });
      const swept = await api.call('GET', `/v1/accounts/${acc.body.id}/imports/${orphan}`, { token });
      expect(swept.body).toMatchObject({ status: 'failed', failure: { code: 'import-interrupted' } });
    } finally {
      await api.close();
    }
  }, 120_000);

  it('an import whose every attempt was interrupted ends failed with import-interrupted', async () => {
    const api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024) });
    try {
      const t = await api.createTenant();
      const { token } = await api.createUser(t.apiKey, {});
      const acc = await api.call('POST', '/v1/accounts', {
        token,
        body: { name: 'thrice', broker: 't', currency: 'USD', timezone: 'UTC' },
      });
      // Its third and last attempt's process died an hour ago (dead on either database).
      const id = '01890000-0000-7000-8000-000000000002';
      await api.database.withSystem(async (trx) => {
        await trx
          .insertInto('imports')
          .values({
            tenant_id: t.tenantId,
            id,
            account_id: acc.body.id,
            format: 'generic',
            status: 'running',
            warnings: '[]',
            errors: '[]',
          })
          .execute();
        await trx
          .insertInto('import_uploads')
          .values({
            tenant_id: t.tenantId,
            import_id: id,
            format: 'generic',
            data: Buffer.from(bigFile(10, 'T')),
          })
          .execute();
        await trx
          .insertInto('jobs')
          .values({
            id: '01890000-0000-7000-8000-000000000003',
            tenant_id: t.tenantId,
            kind: 'journal.import',
            key: id,
            payload: JSON.stringify({ importId: id }),
            state: 'running',
            attempts: 3,
            max_attempts: 3,
            claim: '01890000-0000-7000-8000-000000000004',
            claimed_by: 'gone:1:00000000',
            heartbeat_at: new Date(Date.now() - 3_600_000),
          })
          .execute();
      });
      api.app.services.jobs.wake();
      let job: Record<string, unknown>;
      for (let i = 0; ; i++) {
        job = (await api.call('GET', `/v1/accounts/${acc.body.id}/imports/${id}`, { token })).body;
        if (job.status !== 'running' || i > 200) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(job).toMatchObject({ id, ...interrupted });
      const left = await api.database.withSystem((trx) =>
        trx.selectFrom('import_uploads').select('import_id').where('import_id', '=', id).execute(),
      );
      expect(left).toEqual([]);
    } finally {
      await api.close();
    }
  }, 120_000);
});
