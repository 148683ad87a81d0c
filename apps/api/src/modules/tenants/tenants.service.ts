import type { Selectable } from 'kysely';
import { PERMISSIONS, type TenantPrincipal } from '../../auth/permissions';
import type { SystemDatabase } from '../../db/database';
import type { TenantLimits, TenantsTable } from '../../db/schema';
import { decodeCursor, toPage } from '../../lib/cursor';
import { isUniqueViolation } from '../../lib/dbErrors';
import { MAX_ATTACHMENT_BYTES } from '../../lib/limits';
import { uuidv7 } from '../../lib/ids';
import { badRequest, conflict, notFound } from '../../lib/problems';
import { isTimezone } from '../../lib/time';
import { validateTenantTheme } from '@journalkit/theme';
import { insertApiKey } from '../apiKeys/apiKeys.service';
import type { EventBus } from '../events/eventBus';

export function toTenant(row: Selectable<TenantsTable>) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    limits: row.limits,
    settings: row.settings,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface TenantSettings {
  defaultLocale?: string;
  supportedLocales?: string[];
  theme?: object;
  journal?: { breakevenBand?: string; dayTimezone?: string };
}

/** What a change of a tenant's own settings changed: told to every area that subscribed. */
export interface SettingsChange {
  tenantId: string;
  /** The top-level settings keys the change sent (`journal`, `theme`, `defaultLocale` …). */
  keys: ReadonlyArray<keyof TenantSettings>;
  settings: TenantSettings;
}

/** Told of every committed change of a tenant's own settings; its errors are its own (logged). */
export type SettingsSubscriber = (change: SettingsChange) => void;

/** Operator operations (platform key) and a tenant's own settings. */
export class TenantsService {
  readonly #settingsSubscribers: SettingsSubscriber[] = [];

  constructor(
    private readonly database: SystemDatabase,
    /** Largest import upload (JOURNALKIT_UPLOAD_LIMIT), published so browsers check before sending. */
    private readonly uploadLimitBytes: number,
    private readonly events: EventBus,
  ) {}

  /** Creates a tenant and its first API key (all scopes) in one transaction. */
  async create(input: { slug: string; name: string; limits?: TenantLimits }) {
    try {
      return await this.database.withSystem(async (trx) => {
        const row = await trx
          .insertInto('tenants')
          .values({
            id: uuidv7(),
            slug: input.slug,
            name: input.name,
            limits: JSON.stringify(input.limits ?? {}),
            settings: JSON.stringify({}),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const apiKey = await insertApiKey(trx, row.id, 'Initial key', PERMISSIONS);
        return { tenant: toTenant(row), apiKey };
      });
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw conflict('slug-taken', 'Slug already in use', `A tenant with the slug "${input.slug}" exists.`);
      }
      throw e;
    }
  }

  list(q: { cursor?: string; limit?: number }) {
    const after = decodeCursor(q.cursor);
    const limit = q.limit ?? 50;
    return this.database.withSystem(async (trx) => {
      let query = trx
        .selectFrom('tenants')
        .selectAll()
        .orderBy('id')
        .limit(limit + 1);
      if (after) query = query.where('id', '>', after);
      const page = toPage(await query.execute(), limit);
      return { data: page.data.map(toTenant), nextCursor: page.nextCursor };
    });
  }

  async get(tenantId: string) {
    const row = await this.database.withSystem((trx) =>
      trx.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirst(),
    );
    if (!row) throw notFound('The tenant');
    return toTenant(row);
  }

  async update(
    tenantId: string,
    input: { name?: string; status?: 'active' | 'suspended'; limits?: TenantLimits },
  ) {
    const row = await this.database.withSystem((trx) =>
      trx
        .updateTable('tenants')
        .set({
          ...(input.name ? { name: input.name } : {}),
          ...(input.status ? { status: input.status } : {}),
          ...(input.limits ? { limits: JSON.stringify(input.limits) } : {}),
          updated_at: new Date(),
        })
        .where('id', '=', tenantId)
        .returningAll()
        .executeTakeFirst(),
    );
    if (!row) throw notFound('The tenant');
    if (input.status) this.events.credentialsChanged(tenantId);
    return toTenant(row);
  }

  /**
   * Adds a subscriber told of each committed change of a tenant's own settings, so another area
   * reacts to what it owns (the journal rebuilds its summary segments when the breakeven band
   * changes) without identity knowing of it.
   */
  onSettingsChanged(subscriber: SettingsSubscriber): void {
    this.#settingsSubscribers.push(subscriber);
  }

  async getOwn(p: TenantPrincipal) {
    const row = await this.database.withTenant(p.tenantId, (trx) =>
      trx.selectFrom('tenants').selectAll().where('id', '=', p.tenantId).executeTakeFirstOrThrow(),
    );
    return toTenant(row);
  }

  /** Settings are merged key by key: a PATCH with `{theme}` leaves the locales alone. */
  async updateOwn(p: TenantPrincipal, input: { name?: string; settings?: TenantSettings }) {
    const theme = input.settings?.theme;
    if (theme !== undefined) {
      const checked = validateTenantTheme(theme);
      if (!checked.ok) {
        throw badRequest(
          'invalid-theme',
          'Invalid theme',
          `The theme document has ${checked.errors.length} problem(s).`,
          {
            errors: checked.errors.map((e) => ({
              field: `/body/settings/theme${e.path}`,
              message: e.reason,
            })),
          },
        );
      }
    }
    const tz = input.settings?.journal?.dayTimezone;
    if (tz && tz !== 'account' && !isTimezone(tz)) {
      throw badRequest('validation-error', 'Invalid request', `Unknown timezone "${tz}".`, {
        errors: [
          { field: '/body/settings/journal/dayTimezone', message: 'must be `account` or an IANA timezone' },
        ],
      });
    }
    const updated = await this.database.withTenant(p.tenantId, async (trx) => {
      const current = await trx
        .selectFrom('tenants')
        .select('settings')
        .where('id', '=', p.tenantId)
        .executeTakeFirstOrThrow();
      const settings = { ...current.settings, ...input.settings };
      const row = await trx
        .updateTable('tenants')
        .set({
          ...(input.name ? { name: input.name } : {}),
          settings: JSON.stringify(settings),
          updated_at: new Date(),
        })
        .where('id', '=', p.tenantId)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toTenant(row);
    });
    const keys = Object.keys(input.settings ?? {}) as (keyof TenantSettings)[];
    if (keys.length > 0) {
      const change = { tenantId: p.tenantId, keys, settings: updated.settings as TenantSettings };
      for (const subscriber of this.#settingsSubscribers) subscriber(change);
    }
    return updated;
  }

  /** What the portal needs before anyone signs in: name, theme, locales. */
  async getPublic(slug: string) {
    const row = await this.database.withSystem((trx) =>
      trx
        .selectFrom('tenants')
        .select(['slug', 'name', 'settings', 'status'])
        .where('slug', '=', slug)
        .executeTakeFirst(),
    );
    if (!row || row.status !== 'active') throw notFound('The tenant');
    const s = row.settings as TenantSettings;
    return {
      slug: row.slug,
      name: row.name,
      defaultLocale: s.defaultLocale ?? 'en',
      supportedLocales: s.supportedLocales ?? [s.defaultLocale ?? 'en'],
      theme: s.theme ?? null,
      uploadLimits: {
        importBytes: this.uploadLimitBytes,
        screenshotBytes: Math.min(MAX_ATTACHMENT_BYTES, this.uploadLimitBytes),
      },
    };
  }
}
