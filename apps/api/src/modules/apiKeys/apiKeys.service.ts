import { sql, type Insertable, type Selectable } from 'kysely';
import type { Permission, TenantPrincipal } from '../../auth/permissions';
import { PERMISSIONS } from '../../auth/permissions';
import type { Database, Tx } from '../../db/database';
import type { ApiKeysTable } from '../../db/schema';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import { forbidden, notFound } from '../../lib/problems';
import { SECRET_PREFIX, hashSecret, newSecret } from '../../lib/secrets';

export function toApiKey(row: Selectable<ApiKeysTable>) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as Permission[],
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** Makes a key row and its one-time secret (the caller inserts it in its own transaction). */
export function newApiKey(tenantId: string, name: string, scopes: readonly Permission[], expiresAt?: string) {
  const secret = newSecret(SECRET_PREFIX.apiKey);
  const row: Insertable<ApiKeysTable> = {
    tenant_id: tenantId,
    id: uuidv7(),
    name,
    prefix: secret.slice(0, SECRET_PREFIX.apiKey.length + 6),
    secret_hash: hashSecret(secret),
    scopes: [...scopes],
    expires_at: expiresAt ? new Date(expiresAt) : null,
  };
  return { row, secret };
}

export async function insertApiKey(
  trx: Tx,
  tenantId: string,
  name: string,
  scopes: readonly Permission[],
  expiresAt?: string,
) {
  const { row, secret } = newApiKey(tenantId, name, scopes, expiresAt);
  const inserted = await trx.insertInto('api_keys').values(row).returningAll().executeTakeFirstOrThrow();
  return { ...toApiKey(inserted), secret };
}

/** A key may only carry scopes its creator holds: no escalation through key creation. */
function checkScopes(principal: TenantPrincipal, scopes: readonly Permission[]) {
  const missing = scopes.filter((s) => !principal.permissions.has(s));
  if (missing.length) throw forbidden(`You cannot grant scopes you do not hold: ${missing.join(', ')}.`);
}

export class ApiKeysService {
  constructor(private readonly database: Database) {}

  create(p: TenantPrincipal, input: { name: string; scopes?: Permission[]; expiresAt?: string }) {
    const scopes = input.scopes ?? PERMISSIONS.filter((s) => p.permissions.has(s));
    checkScopes(p, scopes);
    return this.database.withTenant(p.tenantId, (trx) =>
      insertApiKey(trx, p.tenantId, input.name, scopes, input.expiresAt),
    );
  }

  list(p: TenantPrincipal, q: { cursor?: string; limit?: number }) {
    const after = decodeCursor(q.cursor);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      let query = trx
        .selectFrom('api_keys')
        .selectAll()
        .orderBy('id')
        .limit(limit + 1);
      if (after) query = query.where('id', '>', after);
      const page = toPage(await query.execute(), limit);
      return { data: page.data.map(toApiKey), nextCursor: page.nextCursor };
    });
  }

  async get(p: TenantPrincipal, keyId: string) {
    const row = await this.database.withTenant(p.tenantId, (trx) =>
      trx.selectFrom('api_keys').selectAll().where('id', '=', keyId).executeTakeFirst(),
    );
    if (!row) throw notFound('The API key');
    return toApiKey(row);
  }

  async update(p: TenantPrincipal, keyId: string, input: { name?: string; scopes?: Permission[] }) {
    if (input.scopes) checkScopes(p, input.scopes);
    const row = await this.database.withTenant(p.tenantId, (trx) =>
      trx
        .updateTable('api_keys')
        .set({
          ...(input.name ? { name: input.name } : {}),
          ...(input.scopes ? { scopes: input.scopes } : {}),
        })
        .where('id', '=', keyId)
        .returningAll()
        .executeTakeFirst(),
    );
    if (!row) throw notFound('The API key');
    return toApiKey(row);
  }

  async revoke(p: TenantPrincipal, keyId: string) {
    const row = await this.database.withTenant(p.tenantId, (trx) =>
      trx
        .updateTable('api_keys')
        .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
        .where('id', '=', keyId)
        .returningAll()
        .executeTakeFirst(),
    );
    if (!row) throw notFound('The API key');
    return toApiKey(row);
  }
}
