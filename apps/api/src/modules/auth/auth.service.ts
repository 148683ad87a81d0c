import { PERMISSIONS, type TenantPrincipal } from '../../auth/permissions';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { uuidv7 } from '../../lib/ids';
import { verifyPassword } from '../../lib/passwords';
import { HttpProblem, notFound } from '../../lib/problems';
import { SECRET_PREFIX, hashSecret, newSecret } from '../../lib/secrets';
import { toApiKey } from '../apiKeys/apiKeys.service';
import type { EventBus } from '../events/eventBus';
import { toUser } from '../users/users.repository';

const invalidCredentials = () =>
  new HttpProblem(401, 'invalid-credentials', 'Invalid credentials', 'The email or password is wrong.');

export class AuthService {
  constructor(
    private readonly database: Database,
    private readonly config: Config,
    private readonly events: EventBus,
  ) {}

  /** Portal sign-in for tenants without their own backend: email + password → session token. */
  async signIn(input: { tenant: string; email: string; password: string }) {
    const tenant = await this.database.withSystem((trx) =>
      trx.selectFrom('tenants').select(['id', 'status']).where('slug', '=', input.tenant).executeTakeFirst(),
    );
    if (!tenant || tenant.status !== 'active') {
      await verifyPassword(null, input.password);
      throw invalidCredentials();
    }
    const user = await this.database.withTenant(tenant.id, (trx) =>
      trx
        .selectFrom('users')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
        .executeTakeFirst(),
    );
    const ok = await verifyPassword(user?.password_hash, input.password);
    if (!user || !ok || user.status !== 'active') throw invalidCredentials();
    const token = newSecret(SECRET_PREFIX.session);
    const expiresAt = new Date(Date.now() + this.config.sessionTtlSeconds * 1000);
    await this.database.withTenant(tenant.id, (trx) =>
      trx
        .insertInto('user_tokens')
        .values({
          tenant_id: tenant.id,
          id: uuidv7(),
          user_id: user.id,
          kind: 'session',
          token_hash: hashSecret(token),
          expires_at: expiresAt,
        })
        .execute(),
    );
    return { token, expiresAt: expiresAt.toISOString(), user: toUser(user) };
  }

  async signOut(p: TenantPrincipal) {
    if (p.kind !== 'user') return;
    await this.database.withTenant(p.tenantId, (trx) =>
      trx.updateTable('user_tokens').set({ revoked_at: new Date() }).where('id', '=', p.tokenId).execute(),
    );
    this.events.credentialsChanged(p.tenantId);
  }

  async me(p: TenantPrincipal) {
    return this.database.withTenant(p.tenantId, async (trx) => {
      const tenant = await trx
        .selectFrom('tenants')
        .select(['id', 'slug', 'name'])
        .where('id', '=', p.tenantId)
        .executeTakeFirstOrThrow();
      const permissions = PERMISSIONS.filter((x) => p.permissions.has(x));
      if (p.kind === 'user') {
        const user = await trx
          .selectFrom('users')
          .selectAll()
          .where('tenant_id', '=', p.tenantId)
          .where('id', '=', p.userId)
          .executeTakeFirst();
        if (!user) throw notFound('The user');
        return { kind: 'user' as const, tenant, user: toUser(user), permissions };
      }
      const key = await trx
        .selectFrom('api_keys')
        .selectAll()
        .where('tenant_id', '=', p.tenantId)
        .where('id', '=', p.keyId)
        .executeTakeFirstOrThrow();
      return { kind: 'apiKey' as const, tenant, apiKey: toApiKey(key), permissions };
    });
  }
}
