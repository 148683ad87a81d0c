import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { PageQuery, pageOf } from '../../lib/cursor';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import { ApiKey, ApiKeyWithSecret, CreateApiKeyBody, KeyIdParams, UpdateApiKeyBody } from './apiKeys.schemas';

const tags = ['API keys'];

export const apiKeysRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.post(
    '/v1/api-keys',
    operation({
      config: access.tenant('keys:write'),
      operationId: 'createApiKey',
      tags,
      summary: 'Create an API key',
      description: 'The secret is in this response only. Scopes default to every scope the caller holds.',
      body: CreateApiKeyBody,
      response: { 201: ApiKeyWithSecret },
    }),
    async (req, reply) => reply.code(201).send(await services.apiKeys.create(tenantPrincipal(req), req.body)),
  );

  app.get(
    '/v1/api-keys',
    operation({
      config: access.tenant('keys:read'),
      operationId: 'listApiKeys',
      tags,
      summary: 'List API keys',
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: { 200: pageOf(ApiKey) },
    }),
    async (req) => services.apiKeys.list(tenantPrincipal(req), req.query),
  );

  app.get(
    '/v1/api-keys/:keyId',
    operation({
      config: access.tenant('keys:read'),
      operationId: 'getApiKey',
      tags,
      summary: 'Get an API key',
      params: KeyIdParams,
      response: { 200: ApiKey },
    }),
    async (req) => services.apiKeys.get(tenantPrincipal(req), req.params.keyId),
  );

  app.patch(
    '/v1/api-keys/:keyId',
    operation({
      config: access.tenant('keys:write'),
      operationId: 'updateApiKey',
      tags,
      summary: 'Rename an API key or change its scopes',
      params: KeyIdParams,
      body: UpdateApiKeyBody,
      response: { 200: ApiKey },
    }),
    async (req) => services.apiKeys.update(tenantPrincipal(req), req.params.keyId, req.body),
  );

  app.delete(
    '/v1/api-keys/:keyId',
    operation({
      config: access.tenant('keys:write'),
      operationId: 'revokeApiKey',
      tags,
      summary: 'Revoke an API key',
      description: 'The key stops working at once. It stays listed, with `revokedAt`, for the audit trail.',
      params: KeyIdParams,
      response: { 200: ApiKey },
    }),
    async (req) => services.apiKeys.revoke(tenantPrincipal(req), req.params.keyId),
  );
};
