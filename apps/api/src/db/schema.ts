import type { EventTables } from './schema/events';
import type { IdentityTables } from './schema/identity';
import type { JournalTables } from './schema/journal';
import type { PlatformTables } from './schema/platform';

/**
 * Kysely's view of the database (see migrations/), one file per area under schema/: a new area
 * adds its file and its tables here. The area manifests list the same tables
 * (areas/manifests.test.ts checks them against the migrated database).
 */
export type DB = PlatformTables & EventTables & IdentityTables & JournalTables;

export type * from './schema/events';
export type * from './schema/identity';
export type * from './schema/journal';
export type * from './schema/platform';
