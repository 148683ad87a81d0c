import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { TenantLimits } from '../db/schema';
import { HttpProblem, forbidden, unauthorized } from '../lib/problems';
import { SECRET_PREFIX, constantTimeEqual, hashSecret } from '../lib/secrets';
import { DOCS_PREFIX } from '../auth/route';
import type { RateLimiter } from './rateLimit';
import {
  isPermission,
  permissionsOfRoles,
  type Permission,
  type Principal,
  type Role,
  type TenantPrincipal,
} from '../auth/permissions';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    tenantLimits?: TenantLimits;
    /** The bearer credential this request was authenticated with (long-lived streams re-check it). */
    credential?: { token: string; expiresAt: Date | null };
  }
}

export interface Resolved {
  principal: Principal;
  limits?: TenantLimits;
  /** When the credential stops working by itself (null: no expiry). */
  expiresAt: Date | null;
}

/**
 * Resolves `Authorization: Bearer …` to a caller: the platform key, a tenant API key, or an
 * end-user token. Throws the 401/403 problem when the credential does not (or no longer) work.
 */
export async function resolveCredential(
  token: string,
  database: Database,
  config: Config,
): Promise<Resolved> {
  if (token.startsWith(SECRET_PREFIX.apiKey)) {
    const row = await database.withSystem((trx) =>
      trx
        .selectFrom('api_keys as k')
        .innerJoin('tenants as t', 't.id', 'k.tenant_id')
        .leftJoin('users as o', (j) =>
          j.onRef('o.tenant_id', '=', 'k.tenant_id').onRef('o.id', '=', 'k.owner_user_id'),
        )
        .select(['k.tenant_id', 'k.id', 'k.scopes', 'k.expires_at', 'k.revoked_at', 'k.last_used_at'])
        .select(['k.owner_user_id', 'o.roles as owner_roles', 'o.status as owner_status'])
        .select(['t.status', 't.limits'])
        .where('k.secret_hash', '=', hashSecret(token))
        .executeTakeFirst(),
    );
    if (!row || row.revoked_at) throw unauthorized('The API key is invalid or has been revoked.');
    // A key answers to the user who made it: never more than they hold now, and nothing while
    // they are disabled.
    if (row.owner_user_id && row.owner_status !== 'active') {
      throw unauthorized('The user this API key belongs to is disabled.');
    }
    if (row.expires_at && row.expires_at.getTime() <= Date.now()) {
      throw new HttpProblem(401, 'token-expired', 'API key expired', 'The API key has expired.');
    }
    if (row.status !== 'active') throw tenantSuspended();
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      // Best effort, at most once a minute per key: never on the request's critical path.
      void database
        .withSystem((trx) =>
          trx
            .updateTable('api_keys')
            .set({ last_used_at: new Date() })
            .where('tenant_id', '=', row.tenant_id)
            .where('id', '=', row.id)
            .execute(),
        )
        .catch(() => {});
    }
    return {
      principal: {
        kind: 'apiKey',
        tenantId: row.tenant_id,
        keyId: row.id,
        ownerUserId: row.owner_user_id,
        permissions: keyPermissions(row.scopes, row.owner_user_id ? (row.owner_roles ?? []) : null),
      },
      limits: row.limits,
      expiresAt: row.expires_at,
    };
  }
  if (token.startsWith(SECRET_PREFIX.userToken) || token.startsWith(SECRET_PREFIX.session)) {
    const row = await database.withSystem((trx) =>
      trx
        .selectFrom('user_tokens as tok')
        .innerJoin('users as u', (j) =>
          j.onRef('u.tenant_id', '=', 'tok.tenant_id').onRef('u.id', '=', 'tok.user_id'),
        )
        .innerJoin('tenants as t', 't.id', 'tok.tenant_id')
        .select(['tok.tenant_id', 'tok.id', 'tok.kind', 'tok.user_id', 'tok.expires_at', 'tok.revoked_at'])
        .select(['u.roles', 'u.locale', sql<string>`u.status`.as('user_status'), 't.status', 't.limits'])
        .where('tok.token_hash', '=', hashSecret(token))
        .executeTakeFirst(),
    );
    if (!row || row.revoked_at) throw unauthorized('The token is invalid or has been revoked.');
    if (row.expires_at.getTime() <= Date.now()) {
      throw new HttpProblem(
        401,
        'token-expired',
        'Token expired',
        'The token has expired: mint a new one.',
        {},
        {
          'www-authenticate': 'Bearer error="invalid_token"',
        },
      );
    }
    if (row.user_status !== 'active') throw unauthorized('The user is disabled.');
    if (row.status !== 'active') throw tenantSuspended();
    return {
      principal: {
        kind: 'user',
        tenantId: row.tenant_id,
        userId: row.user_id,
        roles: row.roles as Role[],
        locale: row.locale,
        tokenId: row.id,
        tokenKind: row.kind,
        permissions: permissionsOfRoles(row.roles),
      },
      limits: row.limits,
      expiresAt: row.expires_at,
    };
  }
  if (config.platformKey && constantTimeEqual(token, config.platformKey)) {
    return { principal: { kind: 'platform' }, expiresAt: null };
  }
  throw unauthorized('The credentials are not recognised.');
}

function keyPermissions(scopes: readonly string[], ownerRoles: readonly string[] | null): Set<Permission> {
  const held = ownerRoles ? permissionsOfRoles(ownerRoles) : null;
  return new Set(scopes.filter(isPermission).filter((s) => !held || held.has(s)));
}

const tenantSuspended = () =>
  new HttpProblem(
    403,
    'tenant-suspended',
    'Tenant suspended',
    'This tenant is suspended; contact the operator.',
  );

function bearer(request: FastifyRequest): string | undefined {
  const h = request.headers.authorization;
  if (!h) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  if (!m) throw unauthorized('The Authorization header must be `Bearer <token>`.');
  return m[1];
}

/** The caller of a tenant operation (set by the auth hook; absent only on a misdeclared route). */
export function tenantPrincipal(request: FastifyRequest): TenantPrincipal {
  const p = request.principal;
  if (!p || p.kind === 'platform') throw unauthorized();
  return p;
}

/** Credentials that fail per client address and minute before the address is refused. */
export const CREDENTIAL_FAILURES_PER_MINUTE = 30;
const RECENTLY_VALID = 10_000;

/**
 * Invalid credentials are limited per client address: past CREDENTIAL_FAILURES_PER_MINUTE in a
 * minute, the address's requests are refused (429) before their credential is even looked up —
 * except those carrying a credential that worked recently, so one broken client behind a shared
 * address does not lock out its neighbours.
 */
class CredentialFailures {
  readonly #valid = new Map<string, number>();
  constructor(private readonly limiter: RateLimiter) {}

  check(address: string, token: string) {
    const key = `badcred:${address}`;
    const seen = this.limiter.count(key);
    if (seen.count < CREDENTIAL_FAILURES_PER_MINUTE) return;
    const until = this.#valid.get(hashSecret(token));
    if (until && until > Date.now()) return;
    throw new HttpProblem(
      429,
      'too-many-invalid-credentials',
      'Too many invalid credentials',
      `This address sent ${CREDENTIAL_FAILURES_PER_MINUTE} invalid credentials within a minute; retry in ${seen.resetSeconds} s.`,
      {},
      { 'retry-after': String(seen.resetSeconds) },
    );
  }

  failed(address: string) {
    this.limiter.hit(`badcred:${address}`, CREDENTIAL_FAILURES_PER_MINUTE);
  }

  succeeded(token: string) {
    const h = hashSecret(token);
    this.#valid.delete(h);
    this.#valid.set(h, Date.now() + 600_000);
    if (this.#valid.size > RECENTLY_VALID) this.#valid.delete(this.#valid.keys().next().value!);
  }
}

/**
 * Authentication and authorization run in onRequest, before the body is read or validated:
 * a caller without access learns nothing about the operation's input rules.
 */
/**
 * Fail closed: every route declares who may call it (`access.*` in its config), or the app does
 * not start. The one exemption is the API reference UI under /docs (swagger-ui's own routes,
 * static files), made public here by name rather than left without a rule. Installed before any
 * route is added (buildApp's first step).
 */
export function requireDeclaredAccess(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const config = (route.config ??= {}) as NonNullable<typeof route.config>;
    if (config.access) return;
    if (route.url === DOCS_PREFIX || route.url.startsWith(`${DOCS_PREFIX}/`)) {
      config.access = { kind: 'public' };
      return;
    }
    throw new Error(
      `Route ${String(route.method)} ${route.url} declares no access: give it config: access.public(), ` +
        'access.platform() or access.tenant(permission).',
    );
  });
}

export function installAuth(app: FastifyInstance, database: Database, config: Config, limiter: RateLimiter) {
  const failures = new CredentialFailures(limiter);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) {
      // Only the not-found handler has no route, hence no rule: it answers 404 by itself.
      if (request.is404) return;
      throw new HttpProblem(404, 'not-found', 'Not found', 'No such operation.');
    }
    const token = bearer(request);
    if (access.kind === 'public') {
      return;
    }
    if (!token) throw unauthorized();
    failures.check(request.ip, token);
    let resolved: Resolved;
    try {
      resolved = await resolveCredential(token, database, config);
    } catch (e) {
      if (e instanceof HttpProblem && e.status === 401) failures.failed(request.ip);
      throw e;
    }
    failures.succeeded(token);
    const { principal, limits } = resolved;
    request.principal = principal;
    request.tenantLimits = limits;
    request.credential = { token, expiresAt: resolved.expiresAt };
    if (access.kind === 'platform') {
      if (principal.kind !== 'platform') throw forbidden('This operation needs the platform key.');
      return;
    }
    if (principal.kind === 'platform') {
      throw forbidden('The platform key manages tenants; use a tenant API key or a user token here.');
    }
    const allowed = access.principals ?? ['apiKey', 'user'];
    if (!allowed.includes(principal.kind)) {
      throw forbidden(
        principal.kind === 'apiKey'
          ? 'This operation acts as an end user: call it with an end-user token, not an API key.'
          : 'This operation is for servers: call it with a tenant API key.',
      );
    }
    if (access.permission && !principal.permissions.has(access.permission)) {
      throw forbidden(
        principal.kind === 'apiKey'
          ? `This API key lacks the scope \`${access.permission}\`.`
          : `Your roles do not grant \`${access.permission}\`.`,
      );
    }
  });
}
