import type { PermissionCatalog } from '../../auth/roles';

/** Identity and tenants: the tenant's settings, its server keys, its users. */
export const identityPermissions = {
  'tenant:read': {
    description: 'See the tenant’s settings and branding.',
    roles: ['owner', 'admin', 'moderator', 'instructor', 'member'],
  },
  'tenant:update': {
    description: 'Change the tenant’s name, settings, theme and languages.',
    roles: ['owner', 'admin'],
  },
  'keys:read': {
    description: 'List the tenant’s API keys (never their secrets).',
    roles: ['owner', 'admin'],
  },
  'keys:write': {
    description: 'Create, rescope and revoke API keys, within the caller’s own permissions.',
    roles: ['owner', 'admin'],
  },
  'users:read': {
    description: 'See the tenant’s users and their roles.',
    roles: ['owner', 'admin', 'moderator'],
  },
  'users:write': {
    description: 'Create and change users, their roles, passwords and status, never above the caller.',
    roles: ['owner', 'admin'],
  },
  'users:impersonate': {
    description: 'Mint a token that acts as another user (never one who holds more).',
    roles: ['owner'],
  },
} as const satisfies PermissionCatalog;
