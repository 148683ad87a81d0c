import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { PageQuery, pageOf } from '../../lib/cursor';
import { problemResponses } from '../../lib/schemas';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import {
  CreateTenantBody,
  CreatedTenant,
  PublicTenant,
  SlugParams,
  Tenant,
  TenantIdParams,
  UpdateOwnTenantBody,
  UpdateTenantBody,
} from './tenants.schemas';

export const tenantsRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const platform = ['Platform'];
  app.post(
    '/v1/platform/tenants',
    {
      config: access.platform(),
      schema: {
        operationId: 'createTenant',
        tags: platform,
        summary: 'Create a tenant and its first API key',
        description: 'Needs the operator’s platform key. The API key’s secret is in this response only.',
        body: CreateTenantBody,
        response: { 201: CreatedTenant, ...problemResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await services.tenants.create(req.body)),
  );
  app.get(
    '/v1/platform/tenants',
    {
      config: access.platform(),
      schema: {
        operationId: 'listTenants',
        tags: platform,
        summary: 'List tenants',
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: pageOf(Tenant), ...problemResponses },
      },
    },
    async (req) => services.tenants.list(req.query),
  );
  app.get(
    '/v1/platform/tenants/:tenantId',
    {
      config: access.platform(),
      schema: {
        operationId: 'getTenant',
        tags: platform,
        summary: 'Get a tenant',
        params: TenantIdParams,
        response: { 200: Tenant, ...problemResponses },
      },
    },
    async (req) => services.tenants.get(req.params.tenantId),
  );
  app.patch(
    '/v1/platform/tenants/:tenantId',
    {
      config: access.platform(),
      schema: {
        operationId: 'updateTenant',
        tags: platform,
        summary: 'Rename, suspend or set the limits of a tenant',
        params: TenantIdParams,
        body: UpdateTenantBody,
        response: { 200: Tenant, ...problemResponses },
      },
    },
    async (req) => services.tenants.update(req.params.tenantId, req.body),
  );

  const tenant = ['Tenant'];
  app.get(
    '/v1/tenant',
    {
      config: access.tenant('tenant:read'),
      schema: {
        operationId: 'getOwnTenant',
        tags: tenant,
        summary: 'The caller’s tenant and its settings',
        response: { 200: Tenant, ...problemResponses },
      },
    },
    async (req) => services.tenants.getOwn(tenantPrincipal(req)),
  );
  app.patch(
    '/v1/tenant',
    {
      config: access.tenant('tenant:update'),
      schema: {
        operationId: 'updateOwnTenant',
        tags: tenant,
        summary: 'Update the tenant’s name and settings (theme, locales)',
        body: UpdateOwnTenantBody,
        response: { 200: Tenant, ...problemResponses },
      },
    },
    async (req) => services.tenants.updateOwn(tenantPrincipal(req), req.body),
  );
  app.get(
    '/v1/public/tenants/:slug',
    {
      config: access.public(),
      schema: {
        operationId: 'getPublicTenant',
        tags: tenant,
        summary: 'A tenant’s public branding (for the portal before sign-in)',
        params: SlugParams,
        response: { 200: PublicTenant, ...problemResponses },
      },
    },
    async (req) => services.tenants.getPublic(req.params.slug),
  );
};
