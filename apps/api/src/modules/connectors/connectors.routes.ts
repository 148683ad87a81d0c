import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { pageOf } from '../../lib/cursor';
import { problemResponses } from '../../lib/schemas';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import { AccountIdParams } from '../accounts/accounts.schemas';
import { Connector, ConnectorParams, CreateConnectorBody } from './connectors.schemas';

const tags = ['Connectors'];

export const connectorsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  { services },
) => {
  app.post(
    '/v1/accounts/:accountId/connectors',
    {
      config: access.tenant('journal:write'),
      schema: {
        operationId: 'createConnector',
        tags,
        summary: 'Connect a broker API for scheduled sync',
        description:
          'The connector fetches a statement every `intervalMinutes` and imports it like a file (duplicates skipped).',
        params: AccountIdParams,
        body: CreateConnectorBody,
        response: { 201: Connector, ...problemResponses },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await services.connectors.create(tenantPrincipal(req), req.params.accountId, req.body)),
  );
  app.get(
    '/v1/accounts/:accountId/connectors',
    {
      config: access.tenant('journal:read'),
      schema: {
        operationId: 'listConnectors',
        tags,
        summary: 'An account’s broker connectors',
        params: AccountIdParams,
        response: { 200: pageOf(Connector), ...problemResponses },
      },
    },
    async (req) => services.connectors.list(tenantPrincipal(req), req.params.accountId),
  );
  app.post(
    '/v1/accounts/:accountId/connectors/:connectorId/sync',
    {
      config: access.tenant('journal:write'),
      schema: {
        operationId: 'syncConnector',
        tags,
        summary: 'Sync now',
        params: ConnectorParams,
        response: { 200: Connector, ...problemResponses },
      },
    },
    async (req) =>
      services.connectors.syncNow(tenantPrincipal(req), req.params.accountId, req.params.connectorId),
  );
  app.delete(
    '/v1/accounts/:accountId/connectors/:connectorId',
    {
      config: access.tenant('journal:write'),
      schema: {
        operationId: 'deleteConnector',
        tags,
        summary: 'Disconnect a broker API (imported data stays)',
        params: ConnectorParams,
        response: { 204: Type.Null({ description: 'Deleted.' }), ...problemResponses },
      },
    },
    async (req, reply) => {
      await services.connectors.remove(tenantPrincipal(req), req.params.accountId, req.params.connectorId);
      return reply.code(204).send(null);
    },
  );
};
