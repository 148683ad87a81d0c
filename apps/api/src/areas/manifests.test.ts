import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness';
import type { Database } from '../db/database';
import type { JournalEvent } from '../modules/events/eventBus';
import { AREAS } from '.';
import { AREA_PERMISSION_CATALOGS } from './permissions';
import { AREA_SERVICE_FACTORIES } from './services';

// The manifests are what app.ts, the services registry, the OpenAPI tags and the permission
// catalog loop over: these checks keep them whole and true to the database and the contract.
let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(() => drop());

describe('area manifests', () => {
  it('have distinct names, each after the areas it depends on', () => {
    const names = AREAS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    AREAS.forEach((area, i) => {
      for (const dep of area.dependsOn)
        expect(names.slice(0, i), `${area.name} depends on ${dep}`).toContain(dep);
    });
  });

  it('name the same permission catalogs and service factories as the lists the types are built from', () => {
    expect(AREAS.map((a) => a.permissions).filter((c) => Object.keys(c).length)).toEqual([
      ...AREA_PERMISSION_CATALOGS,
    ]);
    expect(AREAS.map((a) => a.services)).toEqual([...AREA_SERVICE_FACTORIES]);
  });

  it('own every table of the migrated database, each exactly once', async () => {
    const rows = await database.withSystem((trx) =>
      sql<{ name: string }>`
        select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'schema_migrations'
        order by 1`.execute(trx),
    );
    const owned = AREAS.flatMap((a) => [...a.tables]);
    expect(new Set(owned).size, 'a table is claimed by two areas').toBe(owned.length);
    expect([...owned].sort()).toEqual(rows.rows.map((r) => r.name));
  });

  it('publish every event type, each from exactly one area', () => {
    // A Record over the union: adding an event type without listing it here fails the typecheck.
    const every: Record<JournalEvent['type'], true> = {
      'trades.changed': true,
      'import.progress': true,
      'import.finished': true,
      'account.changed': true,
      'entry.changed': true,
      'connector.synced': true,
    };
    const published = AREAS.flatMap((a) => [...a.events]);
    expect(new Set(published).size).toBe(published.length);
    expect([...published].sort()).toEqual(Object.keys(every).sort());
  });

  it('register job kinds named for their area, each once, with a usable policy', () => {
    const kinds = AREAS.flatMap((a) =>
      Object.entries(a.jobs ?? {}).map(([name, kind]) => ({ area: a.name, name, kind })),
    );
    expect(new Set(kinds.map((k) => k.name)).size).toBe(kinds.length);
    for (const { area, name, kind } of kinds) {
      expect(name, `${name} of ${area}`).toMatch(new RegExp(`^${area}\\.[a-z][a-z0-9.-]*$`));
      expect(kind.concurrency).toBeGreaterThanOrEqual(1);
      expect(kind.retry.attempts).toBeGreaterThanOrEqual(1);
      expect(kind.retry.backoffSeconds).toBeGreaterThan(0);
      expect(kind.timeoutSeconds).toBeGreaterThan(0);
    }
    expect(kinds.map((k) => k.name).sort()).toEqual([
      'identity.sign-in-throttle.purge',
      'journal.connectors.poll',
      'journal.import',
      'journal.segments.refresh',
      'platform.events.purge',
      'platform.idempotency.purge',
    ]);
  });

  it('list every tag the contract’s operations use, and no tag without an operation', () => {
    const doc = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as {
      tags: { name: string }[];
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const declared = AREAS.flatMap((a) => a.tags.map((t) => t.name));
    expect(doc.tags.map((t) => t.name)).toEqual(declared);
    const used = new Set(
      Object.values(doc.paths).flatMap((ops) => Object.values(ops).flatMap((op) => op.tags ?? [])),
    );
    expect([...used].sort()).toEqual([...declared].sort());
  });
});
