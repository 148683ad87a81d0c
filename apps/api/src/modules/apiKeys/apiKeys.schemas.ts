import { Type } from 'typebox';
import { PERMISSIONS } from '../../auth/permissions';
import { DateTime, Nullable, Uuid } from '../../lib/schemas';

export const Scope = Type.Enum(PERMISSIONS, { description: 'A permission, `resource:action`.' });

export const ApiKey = Type.Object({
  id: Uuid(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the key, to tell keys apart.' }),
  scopes: Type.Array(Scope),
  createdAt: DateTime(),
  expiresAt: Nullable(DateTime()),
  lastUsedAt: Nullable(DateTime()),
  revokedAt: Nullable(DateTime()),
});

export const ApiKeyWithSecret = Type.Object({
  ...ApiKey.properties,
  secret: Type.String({ description: 'The key itself. Shown once: only its hash is stored.' }),
});

export const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    scopes: Type.Optional(
      Type.Array(Scope, {
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
);

export const UpdateApiKeyBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    scopes: Type.Optional(Type.Array(Scope, { uniqueItems: true })),
  },
  { additionalProperties: false, examples: [{ scopes: ['users:read'] }] },
);

export const KeyIdParams = Type.Object({ keyId: Uuid() });
