import { Type } from 'typebox';
import { DateTime, Uuid, named } from '../../lib/schemas';
import { ApiKeyWithSecret } from '../apiKeys/apiKeys.schemas';

export const Slug = Type.String({
  pattern: '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$',
  description: 'Lowercase letters, digits and dashes; used in portal URLs (`/t/<slug>`).',
  examples: ['acme-trading'],
});

export const TenantStatus = named(
  'TenantStatus',
  Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
);

export const TenantLimits = named(
  'TenantLimits',
  Type.Object(
    {
      userRequestsPerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
      apiKeyRequestsPerMinute: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000 })),
    },
    { additionalProperties: false, description: 'Operator-set limits; defaults apply where absent.' },
  ),
);

export const TenantSettings = named(
  'TenantSettings',
  Type.Object(
    {
      defaultLocale: Type.Optional(Type.String({ minLength: 2, maxLength: 35, examples: ['en'] })),
      supportedLocales: Type.Optional(
        Type.Array(Type.String({ minLength: 2, maxLength: 35 }), { maxItems: 50 }),
      ),
      theme: Type.Optional(
        Type.Object(
          {},
          { additionalProperties: true, description: 'Tenant theme document (@journalkit/theme).' },
        ),
      ),
      journal: Type.Optional(
        Type.Object(
          {
            breakevenBand: Type.Optional(
              Type.String({
                pattern: '^\\d{1,12}(\\.\\d{1,8})?$',
                description: 'A closed trade with |netPnl| ≤ this amount is a scratch (default 0).',
              }),
            ),
            dayTimezone: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 64,
                description:
                  '`account` (default: each account’s timezone) or an IANA timezone for days, weekdays and hours.',
              }),
            ),
          },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
);

export const Tenant = named(
  'Tenant',
  Type.Object({
    id: Uuid(),
    slug: Type.String(),
    name: Type.String(),
    status: TenantStatus,
    limits: TenantLimits,
    settings: TenantSettings,
    createdAt: DateTime(),
    updatedAt: DateTime(),
  }),
);

export const CreateTenantBody = named(
  'CreateTenantInput',
  Type.Object(
    {
      slug: Slug,
      name: Type.String({ minLength: 1, maxLength: 200 }),
      limits: Type.Optional(TenantLimits),
    },
    { additionalProperties: false, examples: [{ slug: 'acme-trading', name: 'Acme Trading' }] },
  ),
);

export const CreatedTenant = named(
  'CreatedTenant',
  Type.Object({
    tenant: Tenant,
    apiKey: ApiKeyWithSecret,
  }),
);

/** The operator's changes to a tenant (`PATCH /v1/platform/tenants/{tenantId}`). */
export const UpdateTenantBody = named(
  'UpdatePlatformTenantInput',
  Type.Object(
    {
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      status: Type.Optional(TenantStatus),
      limits: Type.Optional(TenantLimits),
    },
    { additionalProperties: false, examples: [{ limits: { userRequestsPerMinute: 300 } }] },
  ),
);

/** A tenant's changes to itself (`PATCH /v1/tenant`). */
export const UpdateOwnTenantBody = named(
  'UpdateTenantInput',
  Type.Object(
    {
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      settings: Type.Optional(TenantSettings),
    },
    { additionalProperties: false, examples: [{ name: 'Acme Trading', settings: { defaultLocale: 'en' } }] },
  ),
);

export const PublicTenant = named(
  'PublicTenant',
  Type.Object({
    slug: Type.String(),
    name: Type.String(),
    defaultLocale: Type.String(),
    supportedLocales: Type.Array(Type.String()),
    theme: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
    uploadLimits: Type.Object(
      {
        importBytes: Type.Integer({ description: 'Largest broker file an import accepts, bytes.' }),
        screenshotBytes: Type.Integer({ description: 'Largest screenshot a journal entry accepts, bytes.' }),
      },
      { description: 'Checked by the browser before sending; the API answers 413 past them.' },
    ),
  }),
);

export const TenantIdParams = Type.Object({ tenantId: Uuid() });
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 63 }) });
