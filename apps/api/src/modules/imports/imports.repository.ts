import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Tx } from '../../db/database';
import type { ImportsTable } from '../../db/schema';
import { INTERRUPTED_MESSAGE, type FailureCode } from './importFailures';

/** The imports' SQL: import records and the files of background imports (import_uploads). */

export type ImportRow = Selectable<ImportsTable>;

export function insertImport(trx: Tx, values: Insertable<ImportsTable>): Promise<ImportRow> {
  return trx.insertInto('imports').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Records a background import's end: only while it is still running (false when it is not). */
export async function finishRunning(
  trx: Tx,
  tenantId: string,
  id: string,
  values: Updateable<ImportsTable>,
): Promise<boolean> {
  const r = await trx
    .updateTable('imports')
    .set(values)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export function findImport(trx: Tx, tenantId: string, id: string): Promise<ImportRow | undefined> {
  return trx
    .selectFrom('imports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findAccountImport(trx: Tx, tenantId: string, accountId: string, id: string) {
  return trx
    .selectFrom('imports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** An account's imports, newest first, after the cursor's id; one more than `limit` (toPage). */
export function listAccountImports(
  trx: Tx,
  tenantId: string,
  accountId: string,
  after: string | null | undefined,
  limit: number,
): Promise<ImportRow[]> {
  let q = trx
    .selectFrom('imports')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (after) q = q.where('id', '<', after);
  return q.execute();
}

export async function insertUpload(
  trx: Tx,
  upload: { tenantId: string; importId: string; format: string; mapping: unknown; data: Buffer },
): Promise<void> {
  await trx
    .insertInto('import_uploads')
    .values({
      tenant_id: upload.tenantId,
      import_id: upload.importId,
      format: upload.format,
      mapping: upload.mapping === undefined ? null : JSON.stringify(upload.mapping),
      data: upload.data,
    })
    .execute();
}

export function findUpload(trx: Tx, tenantId: string, importId: string) {
  return trx
    .selectFrom('import_uploads')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('import_id', '=', importId)
    .executeTakeFirst();
}

export async function deleteUpload(trx: Tx, tenantId: string, importId: string): Promise<void> {
  await trx
    .deleteFrom('import_uploads')
    .where('tenant_id', '=', tenantId)
    .where('import_id', '=', importId)
    .execute();
}

export interface Orphan {
  tenantId: string;
  id: string;
  accountId: string;
  userId: string;
}

/**
 * Across tenants: fails the unfinished imports that no unfinished job of `kind` will run (left
 * by a version before jobs, or whose job ended without recording them), with `import-interrupted`,
 * and drops their files.
 */
export async function failOrphans(trx: Tx, kind: string): Promise<Orphan[]> {
  const failed = await trx
    .updateTable('imports')
    .set({
      status: 'failed',
      failure_code: 'import-interrupted' satisfies FailureCode,
      errors: JSON.stringify([{ line: 0, reason: INTERRUPTED_MESSAGE }]),
      error_count: 1,
      finished_at: sql<Date>`now()`,
    })
    .where('status', 'in', ['queued', 'running'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('jobs as j')
            .select('j.id')
            .whereRef('j.tenant_id', '=', 'imports.tenant_id')
            .where('j.kind', '=', kind)
            .where('j.key', '=', sql<string>`imports.id::text`)
            .where('j.state', 'in', ['queued', 'running']),
        ),
      ),
    )
    .returning(['tenant_id', 'id', 'account_id'])
    .execute();
  if (failed.length === 0) return [];
  await trx
    .deleteFrom('import_uploads')
    .where(
      sql<boolean>`(tenant_id, import_id) in (select * from unnest(${failed.map((f) => f.tenant_id)}::uuid[], ${failed.map((f) => f.id)}::uuid[]))`,
    )
    .execute();
  const owners = await trx
    .selectFrom('accounts')
    .select(['tenant_id', 'id', 'user_id'])
    .where(
      'id',
      'in',
      failed.map((f) => f.account_id),
    )
    .execute();
  const userOf = new Map(owners.map((a) => [`${a.tenant_id}|${a.id}`, a.user_id]));
  return failed.map((f) => ({
    tenantId: f.tenant_id,
    id: f.id,
    accountId: f.account_id,
    userId: userOf.get(`${f.tenant_id}|${f.account_id}`) ?? '',
  }));
}
