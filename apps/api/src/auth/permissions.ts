import { AREA_PERMISSION_CATALOGS } from '../areas/permissions';
import { ROLES, type Role } from './roles';

export { ROLES, type Role } from './roles';

/**
 * Role-based access control. A permission is `resource:action`, declared by the area it belongs
 * to with its words and the built-in roles that hold it (areas/<area>/permissions.ts). End users get
 * permissions from their roles; API keys carry an explicit list of scopes (permissions). Every API
 * operation declares the one permission it needs (`access.tenant(…)`), published as
 * `x-permission` in openapi.json.
 */
type Catalogs = (typeof AREA_PERMISSION_CATALOGS)[number];
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
export type Permission = KeysOfUnion<Catalogs>;

/** The whole catalog: permission → its description and roles, area by area. */
export const PERMISSION_CATALOG: Readonly<
  Record<Permission, { description: string; roles: readonly Role[] }>
> = Object.assign({}, ...AREA_PERMISSION_CATALOGS);

export const PERMISSIONS = Object.keys(PERMISSION_CATALOG) as readonly Permission[];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = Object.fromEntries(
  ROLES.map((role) => [role, PERMISSIONS.filter((p) => PERMISSION_CATALOG[p].roles.includes(role))]),
) as unknown as Record<Role, readonly Permission[]>;

export function permissionsOfRoles(roles: readonly string[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role as Role] ?? []) out.add(p);
  return out;
}

export const isPermission = (s: string): s is Permission => (PERMISSIONS as readonly string[]).includes(s);

export type Principal =
  | { kind: 'platform' }
  | {
      kind: 'apiKey';
      tenantId: string;
      keyId: string;
      /** The user the key answers to (null: made by the operator's lineage). */
      ownerUserId: string | null;
      /** The key's scopes within what its owner holds now. */
      permissions: Set<Permission>;
    }
  | {
      kind: 'user';
      tenantId: string;
      userId: string;
      roles: Role[];
      locale: string;
      tokenId: string;
      tokenKind: 'embed' | 'session';
      permissions: Set<Permission>;
    };

export type TenantPrincipal = Exclude<Principal, { kind: 'platform' }>;

/** How an operation is reached: without credentials, with the operator's key, or as a tenant's caller. */
export type Access =
  | { kind: 'public' }
  | { kind: 'platform' }
  | {
      kind: 'tenant';
      /** null: any authenticated caller of the tenant. */
      permission: Permission | null;
      /** Which callers may use it; default both. */
      principals?: ReadonlyArray<'apiKey' | 'user'>;
    };
