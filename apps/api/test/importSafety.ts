import { expect } from 'vitest';
import { startTestApi, type TestApi } from './harness';
import { allTrades, createAccount, upload } from './journal';

/**
 * What the importSafety.* tests share: one API whose background-job threshold is 3 MB (so a file
 * over it is a job), a tenant and a user's token; rows of the generic format; and the check that
 * an upload is refused — 422 problem of the given type, dry run or not — with nothing written.
 */
export const THRESHOLD = 3 * 1024 * 1024;

export interface ImportSafetyApi {
  api: TestApi;
  tenant: { apiKey: string; tenantId: string };
  token: string;
}

export async function startImportSafetyApi(): Promise<ImportSafetyApi> {
  const api = await startTestApi({ JOURNALKIT_IMPORT_JOB_THRESHOLD: String(THRESHOLD) });
  const tenant = await api.createTenant();
  const token = (await api.createUser(tenant.apiKey, {})).token;
  return { api, tenant, token };
}

export const P = 'https://journalkit.dev/problems/';
export const HEADER = 'executed_at,symbol,asset_class,side,quantity,price,fees,execution_id';
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
export const row = (
  symbol: string,
  id: string,
  opts: { assetClass?: string; price?: string; at?: string } = {},
) =>
  [
    opts.at ?? '2024-03-15T13:30:00Z',
    csvCell(symbol),
    opts.assetClass ?? 'stock',
    'buy',
    '10',
    opts.price ?? '100.50',
    '1.00',
    csvCell(id),
  ].join(',');

/** Nothing of the account changed: no execution, no trade, no import record. */
export async function expectNothingWritten(api: TestApi, token: string, accountId: string) {
  const execs = await api.database.withSystem((trx) =>
    trx.selectFrom('executions').select('broker_execution_id').where('account_id', '=', accountId).execute(),
  );
  expect(execs).toEqual([]);
  expect(await allTrades(api, token, `accountId=${accountId}`)).toEqual([]);
  const imports = await api.call('GET', `/v1/accounts/${accountId}/imports`, { token });
  expect(imports.body.data).toEqual([]);
}

/** Uploads `file` to a new account, dry run then not: both refused (422 `type`), nothing written; the problem. */
export async function refused(
  api: TestApi,
  token: string,
  file: string | Buffer,
  fields: Record<string, string>,
  type: string,
) {
  const acc = await createAccount(api, token, { name: `refused ${type}` });
  for (const dryRun of ['true', 'false']) {
    const r = await upload(api, token, acc.id, file, { ...fields, dryRun });
    expect(r.status, r.text.slice(0, 2000)).toBe(422);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body.type).toBe(P + type);
    if (dryRun === 'false') {
      await expectNothingWritten(api, token, acc.id);
      return r.body;
    }
  }
  throw new Error('unreachable');
}
