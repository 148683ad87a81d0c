import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { pageOf } from '../../lib/cursor';
import { operation } from '../../lib/route';
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
    operation({
      config: access.tenant('journal:write'),
      operationId: 'createConnector',
      tags,
      summary: 'Connect a broker API for scheduled sync',
      description:
        'The connector fetches a statement every `intervalMinutes` and imports it like a file (duplicates skipped). ' +
        'An account has at most 5 connectors (409 `connector-limit`).',
      params: AccountIdParams,
      body: CreateConnectorBody,
      response: { 201: Connector },
    }),
    async (req, reply) =>
      reply
        .code(201)
        .send(await services.connectors.create(tenantPrincipal(req), req.params.accountId, req.body)),
  );
  app.get(
    '/v1/accounts/:accountId/connectors',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'listConnectors',
      tags,
      summary: 'An account’s broker connectors',
      params: AccountIdParams,
      response: { 200: pageOf(Connector) },
    }),
    async (req) => services.connectors.list(tenantPrincipal(req), req.params.accountId),
  );
  app.get(
    '/v1/accounts/:accountId/connectors/:connectorId',
    operation({
      config: access.tenant('journal:read'),
      operationId: 'getConnector',
      tags,
      summary: 'A broker connector (poll it while `running`)',
      params: ConnectorParams,
      response: { 200: Connector },
    }),
    async (req) =>
      services.connectors.get(tenantPrincipal(req), req.params.accountId, req.params.connectorId),
  );
  app.post(
    '/v1/accounts/:accountId/connectors/:connectorId/sync',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'syncConnector',
      tags,
      summary: 'Sync now',
      description:
        'Starts a run and answers 202 at once with the connector (`running: true`) and its address in ' +
        '`Location`; poll it, or wait for the `connector.synced` event on `/v1/events`. The run goes on if the ' +
        'caller goes away. A connector already running answers 409 `sync-in-progress`.',
      params: ConnectorParams,
      response: { 202: Connector },
    }),
    async (req, reply) => {
      const { accountId, connectorId } = req.params;
      const connector = await services.connectors.syncNow(tenantPrincipal(req), accountId, connectorId);
      reply.header('location', `/v1/accounts/${accountId}/connectors/${connectorId}`);
      return reply.code(202).send(connector);
    },
  );
  // Runs in progress are stopped (they record "interrupted") and waited for before the database closes.
  app.addHook('onClose', () => services.connectors.close());
  app.delete(
    '/v1/accounts/:accountId/connectors/:connectorId',
    operation({
      config: access.tenant('journal:write'),
      operationId: 'deleteConnector',
      tags,
      summary: 'Disconnect a broker API (imported data stays)',
      params: ConnectorParams,
      response: { 204: Type.Null({ description: 'Deleted.' }) },
    }),
    async (req, reply) => {
      await services.connectors.remove(tenantPrincipal(req), req.params.accountId, req.params.connectorId);
      return reply.code(204).send(null);
    },
  );
};
