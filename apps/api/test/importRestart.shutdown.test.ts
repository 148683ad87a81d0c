import { describe, expect, it } from 'vitest';
import { startTestApi } from './harness';
import { bigFile } from './importRestart';

/**
 * Issue 10: a background import running while its server shuts down (ImportsService.close, in
 * process) stops, rolls back (no execution written) and goes back to the queue for the next start,
 * the stopped attempt not counted; a closed server starts no new import (503 server-stopping).
 */
const P = 'https://journalkit.dev/problems/';

describe('an import running while its server shuts down', () => {
  it('stops, rolls back and goes back to the queue for the next start (close(), in process)', async () => {
    const api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(64 * 1024) });
    try {
      const t = await api.createTenant();
      const { token } = await api.createUser(t.apiKey, {});
      const acc = await api.call('POST', '/v1/accounts', {
        token,
        body: { name: 'closing', broker: 't', currency: 'USD', timezone: 'UTC' },
      });
      const form = new FormData();
      form.append('format', 'generic');
      form.append('file', new Blob([bigFile(60_000, 'C')]), 'big.csv');
      const res = await fetch(`${api.url}/v1/accounts/${acc.body.id}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      await api.app.services.imports.close();
      const row = await api.database.withSystem((trx) =>
        trx.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      );
      expect(row).toMatchObject({ status: 'running', failure_code: null, inserted: 0 });
      // Its job waits for the next process (the attempt the shutdown stopped is not counted).
      const queued = await api.database.withSystem((trx) =>
        trx.selectFrom('jobs').selectAll().where('key', '=', id).executeTakeFirstOrThrow(),
      );
      expect(queued).toMatchObject({ kind: 'journal.import', state: 'queued', attempts: 0, claim: null });
      const execs = await api.database.withSystem((trx) =>
        trx
          .selectFrom('executions')
          .select('broker_execution_id')
          .where('account_id', '=', acc.body.id)
          .execute(),
      );
      expect(execs).toEqual([]);
      // A closed service starts no new job.
      const late = await fetch(`${api.url}/v1/accounts/${acc.body.id}/imports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      expect(late.status).toBe(503);
      expect(((await late.json()) as { type: string }).type).toBe(P + 'server-stopping');
    } finally {
      await api.close();
    }
  }, 120_000);
});
