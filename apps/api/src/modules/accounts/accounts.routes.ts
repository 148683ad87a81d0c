import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { access } from '../../auth/route';
import { pageOf } from '../../lib/cursor';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import {
  Account,
  AccountIdParams,
  CreateAccountBody,
  ListAccountsQuery,
  UpdateAccountBody,
} from './accounts.schemas';

const tags = ['Accounts'];

export const accountsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.post(
    '/v1/accounts',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'createAccount',
      tags,
      summary: 'Create a broker account',
      description: 'End users create their own accounts; API keys create one for `userId`.',
      body: CreateAccountBody,
      response: { 201: Account },
    }),
    async (req, reply) =>
      reply.code(201).send(await services.accounts.create(tenantPrincipal(req), req.body)),
  );
  app.get(
    '/v1/accounts',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'listAccounts',
      tags,
      summary: 'List accounts',
      description: 'End users see their own; API keys see every account of the tenant (or one user’s).',
      querystring: ListAccountsQuery,
      response: { 200: pageOf(Account) },
    }),
    async (req) => services.accounts.list(tenantPrincipal(req), req.query),
  );
  app.get(
    '/v1/accounts/:accountId',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'getAccount',
      tags,
      summary: 'Get an account',
      params: AccountIdParams,
      response: { 200: Account },
    }),
    async (req) => services.accounts.get(tenantPrincipal(req), req.params.accountId),
  );
  app.patch(
    '/v1/accounts/:accountId',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'updateAccount',
      tags,
      summary: 'Update an account',
      description:
        'Changing the timezone affects how later files are read and how days are counted; executions already imported keep their instants.',
      params: AccountIdParams,
      body: UpdateAccountBody,
      response: { 200: Account },
    }),
    async (req) => services.accounts.update(tenantPrincipal(req), req.params.accountId, req.body),
  );
  app.post(
    '/v1/accounts/:accountId/archive',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'archiveAccount',
      tags,
      summary: 'Archive an account (hidden from lists and analytics; data kept)',
      params: AccountIdParams,
      response: { 200: Account },
    }),
    async (req) => services.accounts.setArchived(tenantPrincipal(req), req.params.accountId, true),
  );
  app.post(
    '/v1/accounts/:accountId/unarchive',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'unarchiveAccount',
      tags,
      summary: 'Bring an archived account back',
      params: AccountIdParams,
      response: { 200: Account },
    }),
    async (req) => services.accounts.setArchived(tenantPrincipal(req), req.params.accountId, false),
  );
};
