import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './harness';
import { PROBLEMS, startJournalInputsApi } from './journalInputs';
import { createAccount } from './journal';
import { TINY_PNG } from './matrix.fixtures';

/**
 * Issue 9: the screenshot limit of a journal entry under concurrent uploads (exactly 20 stored,
 * the rest the limit problem), and uploads racing the entry's deletion (201 or 404, never 500,
 * nothing left). Real HTTP, real database — the concurrency needs PostgreSQL
 * (JOURNALKIT_TEST_DATABASE_URL) to bite.
 */
let api: TestApi;
let member: { token: string; userId: string };
beforeAll(async () => {
  ({ api, member } = await startJournalInputsApi());
});
afterAll(() => api.close());

describe('screenshots per entry', () => {
  async function attach(token: string, entryId: string) {
    const form = new FormData();
    form.append('file', new Blob([TINY_PNG]), 'shot.png');
    const r = await fetch(`${api.url}/v1/journal-entries/${entryId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: r.status, body: (await r.json()) as any };
  }

  it('25 concurrent uploads to one entry store exactly 20; the rest get the limit problem', async () => {
    const acc = await createAccount(api, member.token);
    const day = await api.call('PUT', `/v1/accounts/${acc.id}/days/2024-03-04/journal`, {
      token: member.token,
      body: { body: 'screens' },
    });
    expect(day.status, JSON.stringify(day.body)).toBe(200);
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all(Array.from({ length: 25 }, () => attach(member.token, day.body.id)));
      const statuses = results.map((r) => r.status).sort();
      if (round === 0) {
        expect(statuses.filter((s) => s === 201)).toHaveLength(20);
        expect(statuses.filter((s) => s === 409)).toHaveLength(5);
      } else expect(statuses.filter((s) => s === 409)).toHaveLength(25);
      for (const r of results.filter((x) => x.status === 409))
        expect(r.body.type).toBe(`${PROBLEMS}too-many-attachments`);
      const entry = await api.call('GET', `/v1/journal-entries/${day.body.id}`, { token: member.token });
      expect(entry.body.attachments).toHaveLength(20);
    }
  });

  it('uploads racing the entry’s deletion answer 201 or 404, never 500', async () => {
    const acc = await createAccount(api, member.token);
    for (let round = 0; round < 3; round++) {
      const day = await api.call('PUT', `/v1/accounts/${acc.id}/days/2024-04-0${round + 1}/journal`, {
        token: member.token,
        body: { body: 'gone soon' },
      });
      const uploads = Array.from({ length: 8 }, () => attach(member.token, day.body.id));
      const del = api.call('DELETE', `/v1/journal-entries/${day.body.id}`, { token: member.token });
      const results = await Promise.all(uploads);
      expect((await del).status).toBe(204);
      for (const r of results) expect([201, 404], JSON.stringify(r.body)).toContain(r.status);
      const left = await api.database.withSystem((trx) =>
        trx.selectFrom('attachments').select('id').where('entry_id', '=', day.body.id).execute(),
      );
      expect(left).toEqual([]);
    }
  });
});
