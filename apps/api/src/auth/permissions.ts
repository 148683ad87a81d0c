/**
 * Role-based access control. A permission is `resource:action`. End users get permissions from
 * their roles; API keys carry an explicit list of scopes (permissions). Every API operation
 * declares the one permission it needs (see `route()`), published as `x-permission` in openapi.json.
 */
export const PERMISSIONS = [
  'tenant:read',
  'tenant:update',
  'keys:read',
  'keys:write',
  'users:read',
  'users:write',
  'users:impersonate',
  'journal:read',
  'journal:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['owner', 'admin', 'moderator', 'instructor', 'member'] as const;
export type Role = (typeof ROLES)[number];

// Every member keeps a journal of their own; reading or writing someone else's is never a role
// matter (services check ownership). API keys with journal scopes act for any user of the tenant.
const MEMBER: Permission[] = ['tenant:read', 'journal:read', 'journal:write'];
const ADMIN: Permission[] = [
  ...MEMBER,
  'tenant:update',
  'keys:read',
  'keys:write',
  'users:read',
  'users:write',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  member: MEMBER,
  instructor: [...MEMBER],
  moderator: [...MEMBER, 'users:read'],
  admin: ADMIN,
  // Only the owner may act as another user (mint end-user tokens) from the portal.
  owner: [...ADMIN, 'users:impersonate'],
};

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
