import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import type { Database } from './db/database';
import multipart from '@fastify/multipart';
import { definitionOf } from './lib/schemas';
import { installAuth, requireDeclaredAccess } from './plugins/auth';
import { installCors } from './plugins/cors';
import { installHeavyReads } from './plugins/heavyReads';
import { installIdempotency } from './plugins/idempotency';
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
import { AREAS } from './areas';
import type { AreaRuntime } from './areas/types';
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

  // Every area's named schemas (components.schemas of the contract), for the validators, the
  // response serializers and the OpenAPI document; routes refer to them by name. A name listed
  // twice is refused by addSchema, a name no area lists by the route that uses it.
  const schemas = AREAS.flatMap((area) => area.schemas.map(definitionOf));
  for (const schema of schemas) app.addSchema(schema);
  installValidation(app, schemas);
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
  // Every area's job kinds, for the platform's runner (started with the areas' background work below).
  for (const area of AREAS) if (area.jobs) services.jobs.register(area.jobs);
  for (const area of AREAS)
    for (const routes of area.routes) await app.register(routes, { services, database, config });

  // Each area's background work starts when the app is ready and stops when it closes.
  const runtimes: AreaRuntime[] = [];
  app.addHook('onReady', async () => {
    for (const area of AREAS) {
      const runtime = await area.start?.({ database, config, services, log: app.log });
      if (runtime) runtimes.push(runtime);
    }
  });
  app.addHook('onClose', async () => {
    for (const runtime of runtimes.reverse()) await runtime.stop();
    limiter.close();
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}
