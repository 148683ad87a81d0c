import type { FastifyInstance } from 'fastify';
import { access } from '../auth/route';

const ALLOWED_HEADERS = 'authorization, content-type, idempotency-key, accept-language, x-request-id';
const EXPOSED_HEADERS =
  'x-request-id, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy, idempotent-replayed, location';

/**
 * CORS for the browser SDK embedded in partners' sites. Credentials travel in the Authorization
 * header, never cookies, so allowing an origin exposes nothing a page could not send anyway.
 */
export function installCors(app: FastifyInstance, origins: string[]) {
  const any = origins.includes('*');
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin) return;
    if (!any && !origins.includes(origin)) return;
    reply.header('access-control-allow-origin', any ? '*' : origin);
    if (!any) reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', EXPOSED_HEADERS);
  });
  app.options('/*', { schema: { hide: true }, config: access.public() }, async (request, reply) => {
    reply.header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    reply.header('access-control-allow-headers', ALLOWED_HEADERS);
    reply.header('access-control-max-age', '600');
    return reply.code(204).send();
  });
}
