import { Type } from 'typebox';
import { ROLES } from '../../auth/permissions';
import { PageQuery } from '../../lib/cursor';
import { DateTime, Nullable, Uuid, named } from '../../lib/schemas';

export const RoleSchema = named(
  'Role',
  Type.Enum(ROLES, { description: 'owner, admin, moderator, instructor or member.' }),
);
export const UserStatus = named('UserStatus', Type.Union([Type.Literal('active'), Type.Literal('disabled')]));

const Locale = Type.String({
  pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$',
  examples: ['en', 'ar', 'pt-BR'],
});

export const User = named(
  'User',
  Type.Object({
    id: Uuid(),
    externalId: Nullable(Type.String({ description: 'The partner’s own id for this user.' })),
    email: Nullable(Type.String()),
    displayName: Type.String(),
    locale: Type.String(),
    roles: Type.Array(RoleSchema),
    status: UserStatus,
    hasPassword: Type.Boolean(),
    createdAt: DateTime(),
    updatedAt: DateTime(),
  }),
);

export const UpsertUserBody = named(
  'UpsertUserInput',
  Type.Object(
    {
      externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
      email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
      displayName: Type.String({ minLength: 1, maxLength: 200 }),
      locale: Type.Optional(Locale),
      roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, uniqueItems: true })),
      password: Type.Optional(
        Type.String({
          minLength: 10,
          maxLength: 200,
          description: 'For portal sign-in; stored as an argon2id hash.',
        }),
      ),
    },
    {
      additionalProperties: false,
      examples: [
        { externalId: 'crm-1042', email: 'ana@example.com', displayName: 'Ana Lima', locale: 'pt-BR' },
      ],
    },
  ),
);

export const UpdateUserBody = named(
  'UpdateUserInput',
  Type.Object(
    {
      email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
      displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      locale: Type.Optional(Locale),
      roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, uniqueItems: true })),
      status: Type.Optional(UserStatus),
      password: Type.Optional(Type.String({ minLength: 10, maxLength: 200 })),
    },
    { additionalProperties: false, examples: [{ displayName: 'Ana L.', roles: ['member', 'instructor'] }] },
  ),
);

export const ListUsersQuery = Type.Object(
  {
    ...PageQuery,
    externalId: Type.Optional(Type.String({ maxLength: 255 })),
    email: Type.Optional(Type.String({ maxLength: 320 })),
  },
  { additionalProperties: false },
);

export const MintTokenBody = named(
  'MintTokenInput',
  Type.Object(
    {
      ttlSeconds: Type.Optional(
        Type.Integer({
          minimum: 60,
          maximum: 86_400,
          description: 'Lifetime; defaults to the server setting (1 h).',
        }),
      ),
    },
    { additionalProperties: false, examples: [{ ttlSeconds: 3600 }] },
  ),
);

export const MintedToken = named(
  'MintedToken',
  Type.Object({
    token: Type.String({ description: 'Send as `Authorization: Bearer <token>`; short-lived.' }),
    expiresAt: DateTime(),
  }),
);

export const UserIdParams = Type.Object({ userId: Uuid() });
