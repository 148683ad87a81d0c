import { Type } from 'typebox';
import { PERMISSIONS } from '../../auth/permissions';
import { DateTime, Nullable, Uuid, named } from '../../lib/schemas';

/** What a key's scopes and a caller's permissions (`GET /v1/me`) are made of. */
export const Permission = named(
  'Permission',
  Type.Enum(PERMISSIONS, { description: 'A permission, `resource:action`.' }),
);

const ApiKeyFields = {
  id: Uuid(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the key, to tell keys apart.' }),
  scopes: Type.Array(Permission),
  createdAt: DateTime(),
  expiresAt: Nullable(DateTime()),
  lastUsedAt: Nullable(DateTime()),
  revokedAt: Nullable(DateTime()),
};

export const ApiKey = named('ApiKey', Type.Object(ApiKeyFields));

export const ApiKeyWithSecret = named(
  'ApiKeyWithSecret',
  Type.Object({
    ...ApiKeyFields,
    secret: Type.String({ description: 'The key itself. Shown once: only its hash is stored.' }),
  }),
);

export const CreateApiKeyBody = named(
  'CreateApiKeyInput',
  Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 200 }),
      scopes: Type.Optional(
        Type.Array(Permission, {
          uniqueItems: true,
          description: 'Defaults to every scope the caller has. A key can never exceed its creator.',
        }),
      ),
      expiresAt: Type.Optional(DateTime()),
    },
    {
      additionalProperties: false,
      examples: [{ name: 'Backend (production)', scopes: ['users:write', 'users:impersonate'] }],
    },
  ),
);

export const UpdateApiKeyBody = named(
  'UpdateApiKeyInput',
  Type.Object(
    {
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      scopes: Type.Optional(Type.Array(Permission, { uniqueItems: true })),
    },
    { additionalProperties: false, examples: [{ scopes: ['users:read'] }] },
  ),
);

export const KeyIdParams = Type.Object({ keyId: Uuid() });
