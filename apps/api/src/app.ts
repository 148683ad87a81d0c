import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import type { Database } from './db/database';
import { Problem } from './lib/schemas';
import multipart from '@fastify/multipart';
import { accountsRoutes } from './modules/accounts/accounts.routes';
import { analyticsRoutes } from './modules/analytics/analytics.routes';
import { apiKeysRoutes } from './modules/apiKeys/apiKeys.routes';
import { connectorsRoutes } from './modules/connectors/connectors.routes';
import { entriesRoutes } from './modules/entries/entries.routes';
import { eventsRoutes } from './modules/events/events.routes';
import { importsRoutes } from './modules/imports/imports.routes';
import { tradesRoutes } from './modules/trades/trades.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { systemRoutes } from './modules/system/system.routes';
import { tenantsRoutes } from './modules/tenants/tenants.routes';
import { usersRoutes } from './modules/users/users.routes';
import { installAuth, requireDeclaredAccess } from './plugins/auth';
import { installCors } from './plugins/cors';
import { installHeavyReads } from './plugins/heavyReads';
import { installIdempotency, purgeIdempotencyKeys } from './plugins/idempotency';
import { installOpenApi } from './plugins/openapi';
import { installValidation } from './plugins/validation';
import { problemsPlugin } from './plugins/problems';
import {
  clientErrorProblem,
  frameworkErrorProblem,
  installBodyDeadline,
  installExpectationProblem,
} from './plugins/transport';
import { RateLimiter, installRateLimit } from './plugins/rateLimit';
import { createServices, type Services } from './services';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface AppOptions {
  config: Config;
  database: Database;
  /** Pino logger options, or false for none (tests). */
  logger?: boolean | object;
}

/**
 * Builds the API: plugins in lifecycle order (errors, CORS, auth → rate limit → idempotency),
 * then every module's routes. Not yet listening; `server.ts` listens, tests `inject` or listen on :0.
 */
export async function buildApp({ config, database, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // The whole request (headers and body) must arrive within this; bodies must also keep moving
    // (installBodyDeadline) and headers arrive within 20 s (below).
    requestTimeout: config.requestTimeoutSeconds * 1000,
    clientErrorHandler: clientErrorProblem,
    frameworkErrors: frameworkErrorProblem,
  }).withTypeProvider<TypeBoxTypeProvider>();
  requireDeclaredAccess(app);
  installExpectationProblem(app.server);
  app.server.headersTimeout = Math.min(20_000, config.requestTimeoutSeconds * 1000);

  app.addSchema(Problem);
  installValidation(app, [Problem]);
  await problemsPlugin(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Graceful shutdown: a response finished while closing also closes its keep-alive connection,
  // so close() ends once in-flight requests are answered instead of waiting for idle timeouts.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  installBodyDeadline(app, { windowSeconds: config.bodyTimeoutSeconds, minBytesPerSecond: 1024 });
  installCors(app, config.corsOrigins);
  const limiter = new RateLimiter();
  installAuth(app, database, config, limiter);
  installRateLimit(app, limiter);
  installIdempotency(app, database);
  installHeavyReads(app, { perCaller: 2, queue: 16, waitMs: 20_000 });
  await installOpenApi(app);
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimit, files: 1, fields: 10, fieldSize: 64 * 1024 },
    throwFileSizeLimit: true,
  });

  const services = createServices(database, config);
  app.decorate('services', services);
  await app.register(systemRoutes, { database });
  await app.register(tenantsRoutes, { services });
  await app.register(apiKeysRoutes, { services });
  await app.register(usersRoutes, { services });
  await app.register(authRoutes, { services });
  await app.register(accountsRoutes, { services });
  await app.register(importsRoutes, { services });
  await app.register(tradesRoutes, { services });
  await app.register(entriesRoutes, { services });
  await app.register(analyticsRoutes, { services });
  await app.register(eventsRoutes, { events: services.events, database, config });
  await app.register(connectorsRoutes, { services });

  const purge = setInterval(() => {
    void purgeIdempotencyKeys(database).catch(() => {});
    void services.auth.throttle.purge().catch(() => {});
  }, 3_600_000);
  purge.unref();
  // The connector scheduler: one pass at a time, every JOURNALKIT_CONNECTOR_POLL_SECONDS.
  let ticking = false;
  const poll =
    config.connectorPollSeconds > 0
      ? setInterval(() => {
          if (ticking) return;
          ticking = true;
          services.connectors
            .tick()
            .catch((err) => app.log.error({ err }, 'connector scheduler failed'))
            .finally(() => (ticking = false));
        }, config.connectorPollSeconds * 1000)
      : undefined;
  poll?.unref();
  // Summary segments left stale by a breakeven-band change or from before they existed: brought
  // up to date at start and right after a band change (tenants routes).
  services.segments.onError = (err) => app.log.error({ err }, 'summary segment maintenance failed');
  services.segments.kick();
  app.addHook('onClose', async () => {
    clearInterval(poll);
    clearInterval(purge);
    await services.segments.idle();
    limiter.close();
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
