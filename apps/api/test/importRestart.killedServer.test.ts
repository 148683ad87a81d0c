import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bigFile,
  call,
  newAccount,
  onCleanup,
  pollImport,
  progressPast,
  setUp,
  startImport,
  startServer,
  stopAll,
  tradesOf,
} from './importRestart';
import { canStartPostgres, startPostgres, type PostgresServer } from './postgresServer';

/**
 * Issue 9, item 9, then issue 10: a background import whose API process is SIGKILLed mid-import
 * stayed `running` forever. Its data is all or none (one transaction) — kept so — and it is a job
 * now (src/jobs/): its file is stored with it, so the restarted process (embedded PGlite on disk:
 * one process alone opens it) or any other API process on the same PostgreSQL (once the dead
 * one's heartbeat is older than JOURNALKIT_IMPORT_STALE_SECONDS) runs it again, from the start,
 * and it succeeds with every execution once; a live import of another process is never taken.
 * Only after its last attempt was interrupted does it end `failed` (importRestart.recoverySweep).
 * Real servers (`src/server.ts`), each in its own process group, killed with SIGKILL.
 */
afterAll(stopAll);

const succeeded = (inserted: number) => ({
  status: 'succeeded',
  progress: 1,
  inserted,
  duplicates: 0,
  errorCount: 0,
  failure: null,
  finishedAt: expect.any(String),
});

describe('an import whose server is SIGKILLed mid-import', () => {
  it('runs again when the server comes back (PGlite on disk) and imports every execution once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jk-import-restart-'));
    onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { JOURNALKIT_DATA_DIR: dataDir };
    const a = await startServer(env);
    const { token } = await setUp(a, 'restart-pglite');
    const accountId = await newAccount(a, token, 'killed');
    const file = bigFile(60_000, 'K');
    const importId = await startImport(a, token, accountId, file);
    // Killed while it writes (its transaction open): the database must hold none of it.
    const reached = await progressPast(a, token, importId, 0.45);
    expect(reached).toBeLessThan(1);
    await a.kill();

    const b = await startServer(env);
    const job = await pollImport(b, token, accountId, importId, 120_000);
    expect(job).toMatchObject({ id: importId, ...succeeded(60_000) });
    expect((await tradesOf(b, token, accountId)).length).toBeGreaterThan(0);
    // The list says the same, and importing the file again adds nothing: it was imported once.
    const list = await call(b, 'GET', `/v1/accounts/${accountId}/imports`, token);
    expect(list.body.data[0]).toMatchObject({ id: importId, status: 'succeeded', failure: null });
    const again = await startImport(b, token, accountId, file);
    expect(await pollImport(b, token, accountId, again, 120_000)).toMatchObject({
      status: 'succeeded',
      inserted: 0,
      duplicates: 60_000,
      failure: null,
    });
    await b.kill();
  }, 300_000);

  describe.skipIf(!canStartPostgres)('on PostgreSQL with two API processes', () => {
    it('the other process runs the dead one’s import once its heartbeat is stale, never a live one', async () => {
      const pg: PostgresServer = await startPostgres();
      onCleanup(() => pg.destroy());
      const env = { DATABASE_URL: pg.url, JOURNALKIT_IMPORT_STALE_SECONDS: '3' };
      const a = await startServer(env);
      const b = await startServer(env);
      const { token } = await setUp(a, 'restart-pg');

      // A live import on A that runs longer than the stale timeout: B leaves it alone, and shows
      // its progress (stored with A's heartbeats) while it runs.
      const live = await newAccount(a, token, 'live');
      const started = Date.now();
      const liveId = await startImport(a, token, live, bigFile(400_000, 'L'));
      const seen: number[] = [];
      const done = await pollImport(b, token, live, liveId, 120_000, seen);
      expect(done, `took ${Date.now() - started} ms`).toMatchObject(succeeded(400_000));
      expect(Date.now() - started).toBeGreaterThan(3_000);
      expect(
        seen.some((p) => p > 0 && p < 1),
        `progress seen from B: ${seen.join(', ')}`,
      ).toBe(true);

      // A dies mid-import: B, still running, takes the import over after the stale timeout.
      const killed = await newAccount(a, token, 'killed');
      const importId = await startImport(a, token, killed, bigFile(200_000, 'K'));
      await progressPast(a, token, importId, 0.45);
      await a.kill();
      const killedAt = Date.now();
      const job = await pollImport(b, token, killed, importId, 120_000);
      expect(job).toMatchObject({ id: importId, ...succeeded(200_000) });
      // Not before the dead process's heartbeat went stale (3 s, renewed every 0.75 s).
      expect(Date.now() - killedAt).toBeGreaterThan(1_500);
      expect((await tradesOf(b, token, killed)).length).toBeGreaterThan(0);
      const other = await call(b, 'GET', `/v1/accounts/${live}/imports/${liveId}`, token);
      expect(other.body).toMatchObject(succeeded(400_000));
      await b.kill();
    }, 300_000);
  });
});
