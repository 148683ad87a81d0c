import { identityArea } from './identity/manifest';
import { journalArea } from './journal/manifest';
import { platformArea } from './platform/manifest';

/**
 * Every area of the API, each after the areas it depends on. app.ts registers their routes and
 * starts their background work, services.ts makes their services, plugins/openapi.ts lists their
 * tags, auth/permissions.ts their permissions (through areas/permissions.ts) — all by looping
 * over this list. A new area: a folder beside these with a manifest.ts (and permissions.ts),
 * and one entry here.
 */
export const AREAS = [platformArea, identityArea, journalArea] as const;

export type Area = (typeof AREAS)[number];
