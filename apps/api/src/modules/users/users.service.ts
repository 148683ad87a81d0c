import { requireCanGrantRoles, requireOutranks } from '../../auth/grants';
import type { Role, TenantPrincipal } from '../../auth/permissions';
import type { Tx } from '../../db/database';
import type { Config } from '../../config';
import type { TenantDatabase } from '../../db/database';
import { decodeCursor, toPage } from '../../lib/cursor';
import { isLastOwnerViolation, isUniqueViolation } from '../../lib/dbErrors';
import { uuidv7 } from '../../lib/ids';
import { hashPassword } from '../../lib/passwords';
import { conflict, forbidden, notFound } from '../../lib/problems';
import { SECRET_PREFIX, hashSecret, newSecret } from '../../lib/secrets';
import type { EventBus } from '../events/eventBus';
import { toUser, usersRepository as repo } from './users.repository';

export interface UpsertUserInput {
  externalId?: string;
  email?: string;
  displayName: string;
  locale?: string;
  roles?: Role[];
  password?: string;
}
export interface UpdateUserInput {
  email?: string | null;
  displayName?: string;
  locale?: string;
  roles?: Role[];
  status?: 'active' | 'disabled';
  password?: string;
}

function emailTaken(e: unknown): never {
  if (isLastOwnerViolation(e)) {
    throw conflict('last-owner', 'Last owner', 'A tenant keeps at least one active owner.');
  }
  if (isUniqueViolation(e, 'users_email')) {
    throw conflict(
      'email-taken',
      'Email already in use',
      'Another user of this tenant has this email address.',
    );
  }
  throw e;
}

/** Ends a user's sessions and tokens (and their keys' use, see auth), except the caller's own. */
async function revokeTokens(trx: Tx, p: TenantPrincipal, userId: string) {
  let q = trx
    .updateTable('user_tokens')
    .set({ revoked_at: new Date() })
    .where('tenant_id', '=', p.tenantId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (p.kind === 'user') q = q.where('id', '<>', p.tokenId);
  await q.execute();
}

export class UsersService {
  constructor(
    private readonly database: TenantDatabase,
    private readonly config: Config,
    private readonly events: EventBus,
  ) {}

  /** Creates the user, or updates the one with the same `externalId`. */
  async upsert(
    p: TenantPrincipal,
    input: UpsertUserInput,
  ): Promise<{ created: boolean; user: ReturnType<typeof toUser> }> {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.database
      .withTenant(p.tenantId, async (trx) => {
        const existing = input.externalId
          ? await repo.byExternalId(trx, p.tenantId, input.externalId)
          : undefined;
        if (existing) {
          requireOutranks(p, existing.roles, 'change');
          if (input.roles) requireCanGrantRoles(p, input.roles);
          const row = await trx
            .updateTable('users')
            .set({
              display_name: input.displayName,
              ...(input.email !== undefined ? { email: input.email } : {}),
              ...(input.locale ? { locale: input.locale } : {}),
              ...(input.roles ? { roles: input.roles } : {}),
              ...(passwordHash ? { password_hash: passwordHash } : {}),
              updated_at: new Date(),
            })
            .where('tenant_id', '=', p.tenantId)
            .where('id', '=', existing.id)
            .returningAll()
            .executeTakeFirstOrThrow();
          if (passwordHash) await revokeTokens(trx, p, existing.id);
          return { created: false, user: toUser(row), changedAccess: Boolean(passwordHash || input.roles) };
        }
        const roles = input.roles ?? ['member'];
        requireCanGrantRoles(p, roles);
        const row = await trx
          .insertInto('users')
          .values({
            tenant_id: p.tenantId,
            id: uuidv7(),
            external_id: input.externalId ?? null,
            email: input.email ?? null,
            display_name: input.displayName,
            locale: input.locale ?? 'en',
            roles,
            password_hash: passwordHash ?? null,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { created: true, user: toUser(row), changedAccess: false };
      })
      .then(({ changedAccess, ...r }) => {
        if (changedAccess) this.events.credentialsChanged(p.tenantId);
        return r;
      }, emailTaken);
  }

  list(p: TenantPrincipal, q: { cursor?: string; limit?: number; externalId?: string; email?: string }) {
    const after = decodeCursor(q.cursor);
    const limit = q.limit ?? 50;
    return this.database.withTenant(p.tenantId, async (trx) => {
      const page = toPage(await repo.list(trx, p.tenantId, { ...q, after, limit }), limit);
      return { data: page.data.map(toUser), nextCursor: page.nextCursor };
    });
  }

  async get(p: TenantPrincipal, userId: string) {
    const row = await this.database.withTenant(p.tenantId, (trx) => repo.byId(trx, p.tenantId, userId));
    if (!row) throw notFound('The user');
    return toUser(row);
  }

  async update(p: TenantPrincipal, userId: string, input: UpdateUserInput) {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.database
      .withTenant(p.tenantId, async (trx) => {
        const before = await repo.byId(trx, p.tenantId, userId);
        if (!before) throw notFound('The user');
        requireOutranks(p, before.roles, 'change');
        if (input.roles) requireCanGrantRoles(p, input.roles);
        const row = await trx
          .updateTable('users')
          .set({
            ...(input.email !== undefined ? { email: input.email } : {}),
            ...(input.displayName ? { display_name: input.displayName } : {}),
            ...(input.locale ? { locale: input.locale } : {}),
            ...(input.roles ? { roles: input.roles } : {}),
            ...(input.status ? { status: input.status } : {}),
            ...(passwordHash ? { password_hash: passwordHash } : {}),
            updated_at: new Date(),
          })
          .where('tenant_id', '=', p.tenantId)
          .where('id', '=', userId)
          .returningAll()
          .executeTakeFirstOrThrow();
        // A new password or a disabled account ends every session and token at once (a
        // re-enabled user signs in again); the caller's own session survives its own password change.
        if (passwordHash || input.status === 'disabled') await revokeTokens(trx, p, userId);
        return toUser(row);
      })
      .then((user) => {
        if (passwordHash || input.status || input.roles) this.events.credentialsChanged(p.tenantId);
        return user;
      }, emailTaken);
  }

  /** Mints a short-lived end-user token (the embed model: the partner's backend calls this). */
  async mintToken(p: TenantPrincipal, userId: string, ttlSeconds?: number) {
    const ttl = ttlSeconds ?? this.config.userTokenTtlSeconds;
    return this.database.withTenant(p.tenantId, async (trx) => {
      const user = await repo.byId(trx, p.tenantId, userId);
      if (!user) throw notFound('The user');
      if (user.status !== 'active')
        throw conflict('user-disabled', 'User disabled', 'A disabled user gets no tokens.');
      requireOutranks(p, user.roles, 'act as');
      if (user.roles.includes('owner') && p.kind === 'user' && p.userId !== userId) {
        throw forbidden('Tokens for another owner cannot be minted from a user session.');
      }
      const token = newSecret(SECRET_PREFIX.userToken);
      const expiresAt = new Date(Date.now() + ttl * 1000);
      await trx
        .insertInto('user_tokens')
        .values({
          tenant_id: p.tenantId,
          id: uuidv7(),
          user_id: userId,
          kind: 'embed',
          token_hash: hashSecret(token),
          expires_at: expiresAt,
        })
        .execute();
      return { token, expiresAt: expiresAt.toISOString() };
    });
  }
}
