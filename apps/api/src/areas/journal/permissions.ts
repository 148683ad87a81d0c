import type { PermissionCatalog } from '../../auth/roles';

/**
 * The journal: every member keeps one of their own. Reading or writing someone else's is never a
 * role matter — the visibility rules (auth/access.ts) confine end users to their own rows; API
 * keys with these scopes act for any user of the tenant.
 */
export const journalPermissions = {
  'journal:read': {
    description: 'Read accounts, trades, journal entries, imports, connectors and analytics.',
    roles: ['owner', 'admin', 'moderator', 'instructor', 'member'],
  },
  'journal:write': {
    description: 'Import and push executions, write journal entries, manage accounts and connectors.',
    roles: ['owner', 'admin', 'moderator', 'instructor', 'member'],
  },
} as const satisfies PermissionCatalog;
