import { identityPermissions } from './identity/permissions';
import { journalPermissions } from './journal/permissions';

/**
 * Every area's permission catalog, in the order the contract lists them. Kept apart from the
 * manifests (areas/index.ts) because route schemas read the permission list while their modules
 * load; the manifest test checks that both name the same catalogs, so neither can drift.
 */
export const AREA_PERMISSION_CATALOGS = [identityPermissions, journalPermissions] as const;
