import type { Timestamp } from './columns';

// The platform's event log (0011; src/modules/events/): Kysely's view of its tables.

/** The tenant's last event id: bumped (and locked until commit) by every transaction that writes events. */
export interface EventCountersTable {
  tenant_id: string;
  /** int8: read as a string. */
  last_id: string | number;
}

/** Events of every area, kept for JOURNALKIT_EVENTS_RETENTION_SECONDS. */
export interface EventsTable {
  tenant_id: string;
  /** Per tenant, 1, 2, 3 … with no holes (int8: read as a string). */
  id: string | number;
  /** `tenant`, `user:<id>` or `<resource>:<id>` (auth/access.ts canHearTopic). */
  topic: string;
  type: string;
  /** The event's JSON as streams send it. */
  data: string;
  created_at: Timestamp;
}

export interface EventTables {
  event_counters: EventCountersTable;
  events: EventsTable;
}
