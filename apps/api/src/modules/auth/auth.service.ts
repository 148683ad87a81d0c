import { PERMISSIONS, type TenantPrincipal } from '../../auth/permissions';
import type { Config } from '../../config';
import type { SystemDatabase } from '../../db/database';
import { uuidv7 } from '../../lib/ids';
import { verifyPassword } from '../../lib/passwords';
import { HttpProblem, notFound } from '../../lib/problems';
import { SECRET_PREFIX, hashSecret, newSecret } from '../../lib/secrets';
import { toApiKey } from '../apiKeys/apiKeys.service';
import type { EventBus } from '../events/eventBus';
import { toUser } from '../users/users.repository';
import { SIGN_IN_POLICIES, SignInThrottle } from './signInThrottle';

const invalidCredentials = () =>
  new HttpProblem(401, 'invalid-credentials', 'Invalid credentials', 'The email or password is wrong.');

/** Remembered devices per user (the least recently used beyond these are forgotten). */
const MAX_DEVICES = 20;

export class AuthService {
  readonly throttle: SignInThrottle;
  constructor(
    private readonly database: SystemDatabase,
    private readonly config: Config,
    private readonly events: EventBus,
  ) {
    this.throttle = new SignInThrottle(database);
  }

  /**
   * Portal sign-in for tenants without their own backend: email + password → session token, and
   * a device token that exempts this device from the account-wide lockout next time. Attempts are
   * limited per address, account and device (signInThrottle.ts); `address` is the client's.
   */
  async signIn(
    input: { tenant: string; email: string; password: string; deviceToken?: string },
    address: string,
  ) {
    const ipKey = `ip:${address}`;
    await this.throttle.attempt(ipKey, SIGN_IN_POLICIES.address);
    const tenant = await this.database.withSystem((trx) =>
      trx.selectFrom('tenants').select(['id', 'status']).where('slug', '=', input.tenant).executeTakeFirst(),
    );
    const email = input.email.toLowerCase();
    const accountKey = `account:${tenant?.id ?? input.tenant}:${email}`;
    if (!tenant || tenant.status !== 'active') {
      await this.throttle.attempt(accountKey, SIGN_IN_POLICIES.account);
      await verifyPassword(null, input.password);
      throw invalidCredentials();
    }
    const { user, device } = await this.database.withTenant(tenant.id, async (trx) => {
      const user = await trx
        .selectFrom('users')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
        .executeTakeFirst();
      const device =
        user && input.deviceToken
          ? await trx
              .selectFrom('sign_in_devices')
              .select('id')
              .where('tenant_id', '=', tenant.id)
              .where('user_id', '=', user.id)
              .where('token_hash', '=', hashSecret(input.deviceToken))
              .executeTakeFirst()
          : undefined;
      return { user, device };
    });
    // A remembered device is counted on its own; any other attempt on the account's count.
    const throttleKey = device ? `device:${tenant.id}:${device.id}` : accountKey;
    await this.throttle.attempt(throttleKey, device ? SIGN_IN_POLICIES.device : SIGN_IN_POLICIES.account);
    const ok = await verifyPassword(user?.password_hash, input.password);
    if (!user || !ok || user.status !== 'active') throw invalidCredentials();
    // The count that was used starts over (a device's success says nothing of failures elsewhere).
    await this.throttle.succeeded([throttleKey], [[ipKey, SIGN_IN_POLICIES.address]]);
    const token = newSecret(SECRET_PREFIX.session);
    const expiresAt = new Date(Date.now() + this.config.sessionTtlSeconds * 1000);
    const deviceToken = device ? input.deviceToken! : newSecret(SECRET_PREFIX.device);
    await this.database.withTenant(tenant.id, async (trx) => {
      await trx
        .insertInto('user_tokens')
        .values({
          tenant_id: tenant.id,
          id: uuidv7(),
          user_id: user.id,
          kind: 'session',
          token_hash: hashSecret(token),
          expires_at: expiresAt,
        })
        .execute();
      if (device) {
        await trx
          .updateTable('sign_in_devices')
          .set({ last_used_at: new Date() })
          .where('tenant_id', '=', tenant.id)
          .where('id', '=', device.id)
          .execute();
      } else {
        await trx
          .insertInto('sign_in_devices')
          .values({
            tenant_id: tenant.id,
            id: uuidv7(),
            user_id: user.id,
            token_hash: hashSecret(deviceToken),
          })
          .execute();
        // A user keeps their most recent devices only.
        await trx
          .deleteFrom('sign_in_devices')
          .where('tenant_id', '=', tenant.id)
          .where('user_id', '=', user.id)
          .where(
            'id',
            'not in',
            trx
              .selectFrom('sign_in_devices')
              .select('id')
              .where('tenant_id', '=', tenant.id)
              .where('user_id', '=', user.id)
              .orderBy('last_used_at', 'desc')
              .orderBy('id', 'desc')
              .limit(MAX_DEVICES),
          )
          .execute();
      }
    });
    return { token, expiresAt: expiresAt.toISOString(), deviceToken, user: toUser(user) };
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
