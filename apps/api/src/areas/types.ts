import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { PermissionCatalog } from '../auth/roles';
import type { Config } from '../config';
import type { SystemDatabase } from '../db/database';
import type { DB } from '../db/schema';
import type { JobKinds } from '../jobs';
import type { Named } from '../lib/schemas';
import type { JournalEvent } from '../modules/events/eventBus';
import type { Services } from '../services';

/** What every area's services are made from. */
export interface AreaContext {
  /** The full handle: an area passes its services a TenantDatabase unless they need more. */
  database: SystemDatabase;
  config: Config;
}

/** What every route plugin of every area is registered with. */
export interface RouteContext {
  services: Services;
  database: SystemDatabase;
  config: Config;
}

/** What an area's start() leaves running until the app closes (its listeners, its runners). */
export interface AreaRuntime {
  stop(): Promise<void>;
}

/**
 * One area of the API (identity and tenants; the journal; soon education, community, admin): all
 * that app.ts, the services registry, the OpenAPI tags, the permission catalog and the table
 * catalog test need to know about it, in one place. Adding an area is one folder under
 * `src/areas/` with this manifest, and one line in `areas/index.ts`.
 */
export interface AreaManifest<Name extends string, Deps extends object, S extends object> {
  name: Name;
  /** Areas whose services this one's services use (they come earlier in AREAS). */
  dependsOn: readonly string[];
  /** OpenAPI tags of the area's operations, in the order the reference shows them. */
  tags: readonly { name: string; description: string }[];
  /** The permissions the area's operations need, with words and the roles that hold them. */
  permissions: PermissionCatalog;
  /** The tables the area owns (its migrations create them; db/schema/<area>.ts types them). */
  tables: readonly (keyof DB)[];
  /**
   * The area's named schemas (lib/schemas `named()`): each becomes `components.schemas.<name>` of
   * the contract and is registered with the validators; a schema used by a route but listed by no
   * area fails at start. List every one the area's schema files name, once.
   */
  schemas: readonly Named[];
  /** The event types the area publishes on the event bus. */
  events: readonly JournalEvent['type'][];
  /** The area's services, made from the shared context and the services of the areas it uses. */
  services(ctx: AreaContext, deps: Deps): S;
  /**
   * The area's kinds of background job, by name (`<area>.<name>`): handler, concurrency, retry
   * and backoff, timeout (src/jobs/). app.ts registers them with the platform's queue, whose
   * runner (started by the platform's start()) runs them on any API process.
   */
  jobs?: JobKinds;
  /** Route plugins, registered in this order with a RouteContext. */
  routes: readonly FastifyPluginAsyncTypebox<RouteContext>[];
  /** Starts the area's background work once the routes are registered; stopped at close. */
  start?(
    ctx: AreaContext & { services: Services; log: FastifyBaseLogger },
  ): AreaRuntime | Promise<AreaRuntime>;
}

/** Types an area's manifest (keeps its literal name and its services' type). */
export function defineArea<Name extends string, Deps extends object, S extends object>(
  manifest: AreaManifest<Name, Deps, S>,
): AreaManifest<Name, Deps, S> {
  return manifest;
}
