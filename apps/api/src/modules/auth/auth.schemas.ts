import { Type } from 'typebox';
import { DateTime, Uuid, named } from '../../lib/schemas';
import { ApiKey, Permission } from '../apiKeys/apiKeys.schemas';
import { User } from '../users/users.schemas';

export const SignInBody = named(
  'SignInInput',
  Type.Object(
    {
      tenant: Type.String({ minLength: 1, maxLength: 63, description: 'The tenant’s slug.' }),
      email: Type.String({ format: 'email', maxLength: 320 }),
      password: Type.String({ minLength: 1, maxLength: 200 }),
      deviceToken: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 100,
          description: 'The `deviceToken` this device got from its last successful sign-in.',
        }),
      ),
    },
    {
      additionalProperties: false,
      examples: [{ tenant: 'demo', email: 'demo@journalkit.dev', password: 'demo-password' }],
    },
  ),
);

export const Session = named(
  'Session',
  Type.Object({
    token: Type.String(),
    expiresAt: DateTime(),
    deviceToken: Type.String({
      description:
        'Keep on this device and send with its next sign-in (exempts it from the account-wide lockout).',
    }),
    user: User,
  }),
);

/** The caller's tenant, as `GET /v1/me` names it. */
export const TenantSummary = named(
  'TenantSummary',
  Type.Object({ id: Uuid(), slug: Type.String(), name: Type.String() }),
);
const Permissions = Type.Array(Permission);

export const Me = named(
  'Me',
  Type.Union([
    Type.Object({ kind: Type.Literal('user'), tenant: TenantSummary, user: User, permissions: Permissions }),
    Type.Object({
      kind: Type.Literal('apiKey'),
      tenant: TenantSummary,
      apiKey: ApiKey,
      permissions: Permissions,
    }),
  ]),
);
