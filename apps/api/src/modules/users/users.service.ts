import { sql } from 'kysely';
import type { Role, TenantPrincipal } from '../../auth/permissions';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { decodeCursor, toPage } from '../../lib/cursor';
import { isUniqueViolation } from '../../lib/dbErrors';
import { uuidv7 } from '../../lib/ids';
import { hashPassword } from '../../lib/passwords';
import { conflict, forbidden, notFound } from '../../lib/problems';
import { SECRET_PREFIX, hashSecret, newSecret } from '../../lib/secrets';
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

/** Only an owner (or the partner's backend, holding an API key) may grant or take the owner role. */
function checkRoleChange(
  p: TenantPrincipal,
  before: readonly string[],
  after: readonly string[] | undefined,
) {
  if (!after) return;
  const touchesOwner = before.includes('owner') !== after.includes('owner');
  if (touchesOwner && p.kind === 'user' && !p.roles.includes('owner')) {
    throw forbidden('Only an owner can grant or remove the owner role.');
  }
}

function emailTaken(e: unknown): never {
  if (isUniqueViolation(e, 'users_email')) {
    throw conflict(
      'email-taken',
      'Email already in use',
      'Another user of this tenant has this email address.',
    );
  }
  throw e;
}

export class UsersService {
  constructor(
    private readonly database: Database,
    private readonly config: Config,
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
          checkRoleChange(p, existing.roles, input.roles);
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
          return { created: false, user: toUser(row) };
        }
        const roles = input.roles ?? ['member'];
        checkRoleChange(p, [], roles);
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
        return { created: true, user: toUser(row) };
      })
      .catch(emailTaken);
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
        checkRoleChange(p, before.roles, input.roles);
        if (
          before.roles.includes('owner') &&
          (input.roles?.includes('owner') === false || input.status === 'disabled')
        ) {
          const owners = await trx
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('tenant_id', '=', p.tenantId)
            .where('status', '=', 'active')
            .where(sql<boolean>`roles @> array['owner']::text[]`)
            .executeTakeFirstOrThrow();
          if (Number(owners.n) <= 1) {
            throw conflict('last-owner', 'Last owner', 'A tenant keeps at least one active owner.');
          }
        }
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
        return toUser(row);
      })
      .catch(emailTaken);
  }

  /** Mints a short-lived end-user token (the embed model: the partner's backend calls this). */
  async mintToken(p: TenantPrincipal, userId: string, ttlSeconds?: number) {
    const ttl = ttlSeconds ?? this.config.userTokenTtlSeconds;
    return this.database.withTenant(p.tenantId, async (trx) => {
      const user = await repo.byId(trx, p.tenantId, userId);
      if (!user) throw notFound('The user');
      if (user.status !== 'active')
        throw conflict('user-disabled', 'User disabled', 'A disabled user gets no tokens.');
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
