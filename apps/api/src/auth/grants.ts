import { forbidden } from '../lib/problems';
import { PERMISSIONS, permissionsOfRoles, type Permission, type TenantPrincipal } from './permissions';

/**
 * "Never more than its creator holds", transitively. A caller can only produce credentials —
 * API keys, user tokens, passwords, roles — within the permissions it holds itself, and can only
 * change the credentials, roles or status of someone who holds no more than it does. So a key
 * with `users:write` alone cannot create an owner (or any user with a password), and a key with
 * `users:impersonate` alone cannot mint a token for anyone who holds more than that key.
 */
export function missingPermissions(p: TenantPrincipal, wanted: Iterable<Permission>): Permission[] {
  const missing = new Set<Permission>();
  for (const w of wanted) if (!p.permissions.has(w)) missing.add(w);
  return PERMISSIONS.filter((x) => missing.has(x));
}

/** Granting roles (creating a user with them, or changing a user's roles to them). */
export function requireCanGrantRoles(p: TenantPrincipal, roles: readonly string[]) {
  const missing = missingPermissions(p, permissionsOfRoles(roles));
  if (missing.length) {
    throw forbidden(`You cannot give roles that grant permissions you do not hold (${missing.join(', ')}).`);
  }
}

/** Acting on an existing user: changing them or acting as them (their roles as they are now). */
export function requireOutranks(p: TenantPrincipal, targetRoles: readonly string[], action: string) {
  const missing = missingPermissions(p, permissionsOfRoles(targetRoles));
  if (missing.length) {
    throw forbidden(
      `This user holds permissions you do not (${missing.join(', ')}), so you cannot ${action} them.`,
    );
  }
}

/** Giving an API key scopes, or changing or revoking a key that has them. */
export function requireCanGrantScopes(p: TenantPrincipal, scopes: readonly Permission[], action: string) {
  const missing = missingPermissions(p, scopes);
  if (missing.length) {
    throw forbidden(`You cannot ${action} scopes you do not hold: ${missing.join(', ')}.`);
  }
}
