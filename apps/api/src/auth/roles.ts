/** The built-in roles, from most to least: each area's permission catalog says which of them get what. */
export const ROLES = ['owner', 'admin', 'moderator', 'instructor', 'member'] as const;
export type Role = (typeof ROLES)[number];

/** An area's permissions: `resource:action` → what it allows, in words, and the roles that hold it. */
export type PermissionCatalog = Record<
  `${string}:${string}`,
  { readonly description: string; readonly roles: readonly Role[] }
>;
