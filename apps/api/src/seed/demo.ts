import type { FastifyBaseLogger } from 'fastify';
import { PERMISSIONS, type TenantPrincipal } from '../auth/permissions';
import type { Database } from '../db/database';
import { uuidv7 } from '../lib/ids';
import { hashSecret } from '../lib/secrets';
import type { Services } from '../services';
import { TRADER_ACCOUNTS, seedJournal } from './journal';

/** Local-development credentials of the demo tenant, printed at start. Never seeded in production. */
export const DEMO = {
  tenant: 'demo',
  tenantName: 'Demo Brokerage',
  email: 'demo@journalkit.dev',
  trader: 'trader@journalkit.dev',
  password: 'demo-password',
  apiKey: 'jk_sk_demo_local_development_only_000000000000',
} as const;

export interface SeedResult {
  tenant: string;
  email: string;
  password: string;
  apiKey: string;
  created: boolean;
}

/**
 * Seeds the demo tenant once (idempotent: a second start finds it and changes nothing):
 * an owner who signs in with DEMO.email / DEMO.password, a trader (DEMO.trader, same password),
 * each with a journal of their own, and a well-known API key.
 */
export async function seedDemo(
  database: Database,
  services: Services,
  log?: FastifyBaseLogger,
): Promise<SeedResult> {
  const existing = await database.withSystem((trx) =>
    trx.selectFrom('tenants').select('id').where('slug', '=', DEMO.tenant).executeTakeFirst(),
  );
  const result = { tenant: DEMO.tenant, email: DEMO.email, password: DEMO.password, apiKey: DEMO.apiKey };
  if (existing) return { ...result, created: false };

  const { tenant } = await services.tenants.create({ slug: DEMO.tenant, name: DEMO.tenantName });
  await database.withTenant(tenant.id, (trx) =>
    trx
      .insertInto('api_keys')
      .values({
        tenant_id: tenant.id,
        id: uuidv7(),
        name: 'Demo key (local development)',
        prefix: DEMO.apiKey.slice(0, 12),
        secret_hash: hashSecret(DEMO.apiKey),
        scopes: [...PERMISSIONS],
      })
      .execute(),
  );
  const system: TenantPrincipal & { kind: 'apiKey' } = {
    kind: 'apiKey',
    tenantId: tenant.id,
    keyId: 'seed',
    ownerUserId: null,
    permissions: new Set(PERMISSIONS),
  };
  const { user: owner } = await services.users.upsert(system, {
    externalId: 'demo-owner',
    email: DEMO.email,
    displayName: 'Dana Demo',
    roles: ['owner'],
    password: DEMO.password,
  });
  const { user: trader } = await services.users.upsert(system, {
    externalId: 'demo-member',
    email: DEMO.trader,
    displayName: 'Toni Trader',
    roles: ['member'],
    password: DEMO.password,
  });
  await services.tenants.updateOwn(system, {
    settings: { defaultLocale: 'en', supportedLocales: ['en', 'de', 'ar'] },
  });
  await seedJournal(services, system, owner.id);
  await seedJournal(services, system, trader.id, TRADER_ACCOUNTS, 5);
  log?.info({ tenant: DEMO.tenant }, 'seeded the demo tenant');
  return { ...result, created: true };
}
