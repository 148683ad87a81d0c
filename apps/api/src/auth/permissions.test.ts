import { describe, expect, it } from 'vitest';
import { AREA_PERMISSION_CATALOGS } from '../areas/permissions';
import { PERMISSION_CATALOG, PERMISSIONS, ROLE_PERMISSIONS, permissionsOfRoles } from './permissions';

// The permission catalog is assembled from the areas' own declarations; these are what the roles
// hold today, pinned: a change to who holds what must be made on purpose.
describe('permission catalog', () => {
  it('lists every area’s permissions once, in the contract’s order, each described in words', () => {
    expect(PERMISSIONS).toEqual([
      'tenant:read',
      'tenant:update',
      'keys:read',
      'keys:write',
      'users:read',
      'users:write',
      'users:impersonate',
      'journal:read',
      'journal:write',
    ]);
    const declared = AREA_PERMISSION_CATALOGS.flatMap((c) => Object.keys(c));
    expect(new Set(declared).size).toBe(declared.length); // no permission declared by two areas
    for (const p of PERMISSIONS) {
      expect(p).toMatch(/^[a-z]+:[a-z]+$/);
      expect(PERMISSION_CATALOG[p].description.length, p).toBeGreaterThan(10);
    }
  });

  it('grants the built-in roles what they held before the catalog moved into the areas', () => {
    const member = ['tenant:read', 'journal:read', 'journal:write'];
    const admin = [
      'tenant:read',
      'tenant:update',
      'keys:read',
      'keys:write',
      'users:read',
      'users:write',
      'journal:read',
      'journal:write',
    ];
    const sorted = (xs: readonly string[]) => [...xs].sort();
    expect(sorted(ROLE_PERMISSIONS.member)).toEqual(sorted(member));
    expect(sorted(ROLE_PERMISSIONS.instructor)).toEqual(sorted(member));
    expect(sorted(ROLE_PERMISSIONS.moderator)).toEqual(sorted([...member, 'users:read']));
    expect(sorted(ROLE_PERMISSIONS.admin)).toEqual(sorted(admin));
    expect(sorted(ROLE_PERMISSIONS.owner)).toEqual(sorted([...admin, 'users:impersonate']));
    expect([...permissionsOfRoles(['member', 'moderator', 'nobody'])].sort()).toEqual(
      sorted([...member, 'users:read']),
    );
  });
});
