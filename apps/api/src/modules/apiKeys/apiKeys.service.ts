import { sql, type Insertable, type Selectable } from 'kysely';
import type { Permission, TenantPrincipal } from '../../auth/permissions';
import { PERMISSIONS } from '../../auth/permissions';
import type { TenantDatabase, Tx } from '../../db/database';
import type { ApiKeysTable } from '../../db/schema';
import { decodeCursor, toPage } from '../../lib/cursor';
import { uuidv7 } from '../../lib/ids';
import { notFound } from '../../lib/problems';
import { requireCanGrantScopes } from '../../auth/grants';
import type { EventBus } from '../events/eventBus';
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
export function newApiKey(
  tenantId: string,
  name: string,
  scopes: readonly Permission[],
  expiresAt?: string,
  ownerUserId: string | null = null,
) {
  const secret = newSecret(SECRET_PREFIX.apiKey);
  const row: Insertable<ApiKeysTable> = {
    tenant_id: tenantId,
    id: uuidv7(),
    name,
    prefix: secret.slice(0, SECRET_PREFIX.apiKey.length + 6),
    secret_hash: hashSecret(secret),
    scopes: [...scopes],
    expires_at: expiresAt ? new Date(expiresAt) : null,
    owner_user_id: ownerUserId,
  };
  return { row, secret };
}

export async function insertApiKey(
  trx: Tx,
  tenantId: string,
  name: string,
  scopes: readonly Permission[],
  expiresAt?: string,
  ownerUserId: string | null = null,
) {
  const { row, secret } = newApiKey(tenantId, name, scopes, expiresAt, ownerUserId);
  const inserted = await trx.insertInto('api_keys').values(row).returningAll().executeTakeFirstOrThrow();
  return { ...toApiKey(inserted), secret };
}

/** The user a new key answers to: its creator, or the user the creating key answers to. */
function ownerOf(p: TenantPrincipal): string | null {
  return p.kind === 'user' ? p.userId : p.ownerUserId;
}

export class ApiKeysService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly events: EventBus,
  ) {}

  create(p: TenantPrincipal, input: { name: string; scopes?: Permission[]; expiresAt?: string }) {
    const scopes = input.scopes ?? PERMISSIONS.filter((s) => p.permissions.has(s));
    requireCanGrantScopes(p, scopes, 'give a key');
    return this.database.withTenant(p.tenantId, (trx) =>
      insertApiKey(trx, p.tenantId, input.name, scopes, input.expiresAt, ownerOf(p)),
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
    const row = await this.database.withTenant(p.tenantId, (trx) => keyRow(trx, keyId));
    if (!row) throw notFound('The API key');
    return toApiKey(row);
  }

  /** Renames or rescopes a key; only one whose scopes the caller holds all of, to scopes it holds. */
  async update(p: TenantPrincipal, keyId: string, input: { name?: string; scopes?: Permission[] }) {
    if (input.scopes) requireCanGrantScopes(p, input.scopes, 'give a key');
    const row = await this.database.withTenant(p.tenantId, async (trx) => {
      const current = await keyRow(trx, keyId, true);
      if (!current) return undefined;
      requireCanGrantScopes(p, current.scopes as Permission[], 'change a key with');
      if (input.name === undefined && input.scopes === undefined) return current;
      return trx
        .updateTable('api_keys')
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.scopes ? { scopes: input.scopes } : {}),
        })
        .where('id', '=', keyId)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    if (!row) throw notFound('The API key');
    if (input.scopes) this.events.credentialsChanged(p.tenantId);
    return toApiKey(row);
  }

  /** Revokes a key at once; only one whose scopes the caller holds all of. */
  async revoke(p: TenantPrincipal, keyId: string) {
    const row = await this.database.withTenant(p.tenantId, async (trx) => {
      const current = await keyRow(trx, keyId, true);
      if (!current) return undefined;
      requireCanGrantScopes(p, current.scopes as Permission[], 'revoke a key with');
      return trx
        .updateTable('api_keys')
        .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
        .where('id', '=', keyId)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    if (!row) throw notFound('The API key');
    this.events.credentialsChanged(p.tenantId);
    return toApiKey(row);
  }
}

function keyRow(trx: Tx, keyId: string, lock = false) {
  const q = trx.selectFrom('api_keys').selectAll().where('id', '=', keyId);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}
