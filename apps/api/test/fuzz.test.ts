import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness';
import type { Case, FuzzContext } from './fuzz/case';
import { casesFor, checklist, locationCount } from './fuzz/cases';
import {
  describeRequest,
  describeResponse,
  report,
  toWire,
  violations,
  type Failure,
  type Tokens,
} from './fuzz/check';
import { loadOperations, type FuzzOperation } from './fuzz/contract';
import { changed, createVictim, heal, snapshot, startFlexRefuser, type Victim } from './fuzz/victim';
import { NoResponse, send, type WireResponse } from './fuzz/wire';

/**
 * Property-based fuzzing of every operation in the committed contract (apps/api/openapi.json):
 * each is called with credentials that hold its permission and the victim tenant's real resource
 * ids, then with inputs derived from its schemas made bad in one place, in every place, in the
 * body's shape, or in the HTTP around it. The property, for every request: no 5xx; every error is
 * `application/problem+json` with an absolute-URI `type` and the HTTP status as `status`; and a
 * write operation that fails leaves the victim's rows as they were.
 *
 * Deterministic: FUZZ_SEED (default below) and FUZZ_RUNS (requests per operation, on top of the
 * fixed checklist) override. FUZZ_REPORT=<file> writes every failure as JSON.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_202;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
const operations = loadOperations();

/** Random requests per operation: more for operations with more places to be wrong, bounded. */
const runsFor = (op: FuzzOperation, ctx: FuzzContext) =>
  RUNS ?? Math.min(60, 16 + 2 * locationCount(op, ctx));

/** A stable per-operation seed: adding an operation does not change what the others get. */
function seedOf(op: FuzzOperation): number {
  let h = 0x811c9dc5;
  for (const ch of op.operationId) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (SEED ^ h) >>> 0;
}

let api: TestApi;
let flex: { server: Server; url: string; origin: string };
let victim: Victim;
let tokens: Tokens;
const all: Failure[] = [];
const serverErrors: string[] = [];
/** Answers by operation and status (with the problem type), for FUZZ_REPORT: what the fuzz reached. */
const statuses: Record<string, Record<string, number>> = {};

async function mintDisposable(): Promise<string> {
  const r = await api.call('POST', `/v1/users/${victim.ownerId}/tokens`, { token: victim.apiKey, body: {} });
  if (r.status !== 201) throw new Error(`mint: ${r.status} ${r.text}`);
  return r.body.token;
}

beforeAll(async () => {
  flex = await startFlexRefuser();
  api = await startTestApi({
    JOURNALKIT_IBKR_FLEX_URL: flex.url,
    JOURNALKIT_IBKR_FLEX_ALLOWED_ORIGINS: flex.origin,
  });
  // With `logger: false` every request logs through this one no-op logger: keep what the error
  // handler logs, so a failure shows the server's own error next to the request.
  const log = api.app.log as unknown as Record<string, (...a: unknown[]) => void>;
  for (const level of ['error', 'fatal'])
    log[level] = (obj: unknown, msg?: unknown) => {
      const err = (obj as { err?: Error } | undefined)?.err;
      serverErrors.push(
        err ? `${err.name}: ${err.message} ${err.stack?.split('\n')[1]?.trim() ?? ''}` : String(msg ?? obj),
      );
    };
  victim = await createVictim(api);
  tokens = { apiKey: victim.apiKey, owner: victim.ownerToken, disposable: await mintDisposable() };
});

afterAll(async () => {
  if (process.env.FUZZ_REPORT)
    writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ failures: all, statuses }, null, 2));
  await api?.close();
  flex?.server.close();
});

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function exercise(op: FuzzOperation, c: Case, failures: Failure[]) {
  const req = toWire(op, c, victim, tokens);
  serverErrors.length = 0;
  const u = new URL(api.url);
  const before = WRITES.has(req.method.toUpperCase()) ? await snapshot(api, victim.tenantId) : undefined;
  let res: WireResponse | NoResponse;
  try {
    res = await send({ host: u.hostname, port: Number(u.port) }, req);
  } catch (e) {
    if (!(e instanceof NoResponse)) throw e;
    res = e;
  }
  const problems = violations(res, req.method);
  const answer =
    res instanceof NoResponse
      ? 'none'
      : `${res.status} ${/"type":"https:\/\/journalkit\.dev\/problems\/([^"]+)"/.exec(res.text)?.[1] ?? ''}`.trim();
  const seen = (statuses[op.operationId] ??= {});
  seen[answer] = (seen[answer] ?? 0) + 1;
  const failed = res instanceof NoResponse || res.status >= 400;
  if (before && failed) {
    const diff = changed(before, await snapshot(api, victim.tenantId));
    if (diff.length) problems.push(`a failed request wrote: ${diff.join('; ')}`);
  }
  // A successful sign-out ended the token it carried.
  if (c.principal === 'disposable' && !failed) tokens.disposable = await mintDisposable();
  if (problems.length) {
    const f: Failure = {
      operation: `${op.operationId} (${op.method} ${op.path})`,
      strategy: c.strategy,
      label: c.label,
      problems,
      request: describeRequest(req),
      status: res instanceof NoResponse ? 'none' : res.status,
      response: describeResponse(res),
      serverError: serverErrors.join(' | ').slice(0, 600) || undefined,
    };
    failures.push(f);
    all.push(f);
  }
}

describe('fuzz: every operation of openapi.json with bad inputs', () => {
  it('reaches every operation with real fixtures', () => {
    expect(operations.length).toBeGreaterThan(15);
    const missing = operations.flatMap((op) =>
      op.pathParams.filter((p) => !victim.params[p.name]).map((p) => `${op.operationId}: {${p.name}}`),
    );
    expect(missing, 'add a fixture for these path parameters to test/fuzz/victim.ts').toEqual([]);
  });

  it.each(operations)('$operationId ($method $path)', { timeout: 60_000 }, async (op) => {
    const ctx: FuzzContext = {
      params: victim.params,
      ids: Object.entries(victim.params)
        .filter(([k]) => k !== 'slug' && k !== 'day')
        .map(([, v]) => v),
    };
    const failures: Failure[] = [];
    try {
      for (const c of checklist(op, ctx)) await exercise(op, c, failures);
      await fc.assert(
        fc.asyncProperty(casesFor(op, ctx), async (c) => {
          await exercise(op, c, failures);
        }),
        { seed: seedOf(op), numRuns: runsFor(op, ctx) },
      );
    } finally {
      await heal(api, victim);
      tokens.owner = victim.ownerToken;
    }
    expect(failures, report(failures, SEED, RUNS ? ` FUZZ_RUNS=${RUNS}` : '')).toEqual([]);
  });
});
