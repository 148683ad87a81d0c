import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../../auth/route';
import { pageOf } from '../../lib/cursor';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import {
  ListUsersQuery,
  MintTokenBody,
  MintedToken,
  UpdateUserBody,
  UpsertUserBody,
  User,
  UserIdParams,
} from './users.schemas';

const tags = ['Users'];

export const usersRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.post(
    '/v1/users',
    operation({
      config: access.tenant('users:write'),
      operationId: 'upsertUser',
      tags,
      summary: 'Create an end user, or update the one with this externalId',
      description:
        'The partner’s backend calls this with its API key when one of its users opens the journal. ' +
        'Answers 201 when it created the user, 200 when it updated the one with the same `externalId`.',
      body: UpsertUserBody,
      response: { 200: User, 201: User },
    }),
    async (req, reply) => {
      const { created, user } = await services.users.upsert(tenantPrincipal(req), req.body);
      return reply.code(created ? 201 : 200).send(user);
    },
  );

  app.get(
    '/v1/users',
    operation({
      config: access.tenant('users:read'),
      operationId: 'listUsers',
      tags,
      summary: 'List end users',
      querystring: ListUsersQuery,
      response: { 200: pageOf(User) },
    }),
    async (req) => services.users.list(tenantPrincipal(req), req.query),
  );

  app.get(
    '/v1/users/:userId',
    operation({
      config: access.tenant('users:read'),
      operationId: 'getUser',
      tags,
      summary: 'Get an end user',
      params: UserIdParams,
      response: { 200: User },
    }),
    async (req) => services.users.get(tenantPrincipal(req), req.params.userId),
  );

  app.patch(
    '/v1/users/:userId',
    operation({
      config: access.tenant('users:write'),
      operationId: 'updateUser',
      tags,
      summary: 'Update an end user (profile, roles, status, password)',
      params: UserIdParams,
      body: UpdateUserBody,
      response: { 200: User },
    }),
    async (req) => services.users.update(tenantPrincipal(req), req.params.userId, req.body),
  );

  app.post(
    '/v1/users/:userId/tokens',
    operation({
      config: access.tenant('users:impersonate'),
      operationId: 'mintUserToken',
      tags,
      summary: 'Mint a short-lived end-user token',
      description:
        'Your backend, holding an API key with `users:impersonate`, mints a token for the signed-in user and ' +
        'hands it to the browser, where the SDK sends it. Tokens expire (default 1 h); the SDK asks for a new one on 401.',
      params: UserIdParams,
      body: MintTokenBody,
      response: { 201: MintedToken },
    }),
    async (req, reply) =>
      reply
        .code(201)
        .send(await services.users.mintToken(tenantPrincipal(req), req.params.userId, req.body.ttlSeconds)),
  );
};
