import { expect } from 'vitest';
import { startTestApi, type TestApi } from './harness';
import { allTrades, createAccount, upload } from './journal';

/**
 * What the journalInputs.* tests share: one API (PGlite, or PostgreSQL with
 * JOURNALKIT_TEST_DATABASE_URL), a tenant and a member; accounts with closed trades; and the
 * check that an answer is the 400 validation problem naming a field.
 */
export interface JournalInputsApi {
  api: TestApi;
  tenant: { apiKey: string; tenantId: string };
  member: { token: string; userId: string };
}

export async function startJournalInputsApi(): Promise<JournalInputsApi> {
  const api = await startTestApi();
  const tenant = await api.createTenant();
  const member = await api.createUser(tenant.apiKey, {});
  return { api, tenant, member };
}

export const PROBLEMS = 'https://journalkit.dev/problems/';
const H = 'executed_at,symbol,asset_class,side,quantity,price,fees,execution_id';

/** An account of `token`'s user with `n` closed AAPL trades (net P&L 198, 398, 598, …). */
export async function accountWithTrades(api: TestApi, token: string, n: number) {
  const acc = await createAccount(api, token);
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(i + 1).padStart(2, '0');
    rows.push(`2024-03-${day}T14:30:00Z,AAPL,stock,buy,100,170,1,B${i}`);
    rows.push(`2024-03-${day}T15:30:00Z,AAPL,stock,sell,100,${172 + 2 * i},1,S${i}`);
  }
  const r = await upload(api, token, acc.id, `${H}\n${rows.join('\n')}\n`, { format: 'generic' });
  if (r.status !== 201) throw new Error(`upload: ${r.status} ${r.text}`);
  const trades = await allTrades(api, token, `accountId=${acc.id}&sort=openedAt`);
  expect(trades).toHaveLength(n);
  return { accountId: acc.id, trades };
}

export type Answer = Awaited<ReturnType<TestApi['call']>>;

export function expectValidationError(r: Answer, field: string) {
  expect(r.status, r.text).toBe(400);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.body.type).toBe(`${PROBLEMS}validation-error`);
  expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}
