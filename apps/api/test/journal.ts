import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestApi } from './harness';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'brokers');
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

/** Uploads a file to an account's imports as multipart/form-data, over real HTTP. */
export async function upload(
  api: TestApi,
  token: string,
  accountId: string,
  file: Buffer | string,
  fields: Record<string, string>,
  filename = 'file.csv',
): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([file]), filename);
  const res = await fetch(`${api.url}/v1/accounts/${accountId}/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined, text };
}

export async function createAccount(api: TestApi, token: string, body: Record<string, unknown> = {}) {
  const r = await api.call('POST', '/v1/accounts', {
    token,
    body: { name: 'Main', broker: 'test', currency: 'USD', timezone: 'UTC', ...body },
  });
  if (r.status !== 201) throw new Error(`createAccount: ${r.status} ${r.text}`);
  return r.body as { id: string; userId: string };
}

export async function allTrades(api: TestApi, token: string, query: string) {
  const out: any[] = [];
  let cursor: string | null = null;
  do {
    const r = await api.call('GET', `/v1/trades?${query}&limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
      token,
    });
    if (r.status !== 200) throw new Error(`trades: ${r.status} ${r.text}`);
    out.push(...r.body.data);
    cursor = r.body.nextCursor;
  } while (cursor);
  return out;
}
