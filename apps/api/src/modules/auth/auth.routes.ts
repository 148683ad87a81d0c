import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { operation } from '../../lib/route';
import { tenantPrincipal } from '../../plugins/auth';
import type { Services } from '../../services';
import { Me, Session, SignInBody } from './auth.schemas';

const tags = ['Auth'];

export const authRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.post(
    '/v1/auth/sign-in',
    operation({
      config: { ...access.public(), idempotent: false },
      operationId: 'signIn',
      tags,
      summary: 'Sign in with email and password (hosted portal)',
      description:
        'Failed attempts are limited per client address, per account and per device, with growing waits ' +
        '(429 `sign-in-throttled` with `Retry-After` and `retryAfterSeconds`). Send back the `deviceToken` of ' +
        'the last successful sign-in on this device: a remembered device is counted on its own, so failures ' +
        'from elsewhere cannot lock its user out of it.',
      body: SignInBody,
      response: { 200: Session },
    }),
    async (req) => services.auth.signIn(req.body, req.ip),
  );

  app.post(
    '/v1/auth/sign-out',
    operation({
      config: access.tenant(null, ['user']),
      operationId: 'signOut',
      tags,
      summary: 'Revoke the token this request carries',
      response: { 204: Type.Null({ description: 'Signed out.' }) },
    }),
    async (req, reply) => {
      await services.auth.signOut(tenantPrincipal(req));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/me',
    operation({
      config: access.tenant(null),
      operationId: 'getMe',
      tags,
      summary: 'The caller: the end user or API key, its tenant and permissions',
      response: { 200: Me },
    }),
    async (req) => services.auth.me(tenantPrincipal(req)),
  );
};
