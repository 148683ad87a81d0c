import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import { Type } from 'typebox';
import { canSeeEvent } from '../../auth/access';
import { access } from '../../auth/route';
import type { RouteContext } from '../../areas/types';
import { HttpProblem, forbidden } from '../../lib/problems';
import { problemResponses } from '../../lib/schemas';
import { resolveCredential, tenantPrincipal } from '../../plugins/auth';

/** setTimeout's longest delay; a credential expiring later is caught by the periodic check. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export const eventsRoutes: FastifyPluginAsyncTypebox<RouteContext> = async (
  app,
  { services, database, config },
) => {
  const { events } = services;
  const heartbeatMs = config.eventsHeartbeatSeconds * 1000;
  const open = new Set<ServerResponse>();
  // Streams never end by themselves: close them so a graceful shutdown does not wait on them.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
  });

  app.get(
    '/v1/events',
    {
      config: access.tenant('journal:read'),
      schema: {
        operationId: 'streamEvents',
        tags: ['Events'],
        summary: 'Server-sent events: what changed in the journal',
        description:
          'A `text/event-stream`. Each event names what changed (`trades.changed`, `import.progress`, ' +
          '`import.finished`, `entry.changed`, `connector.synced`) with `accountId` and ids; refetch what you show. End users get ' +
          'their own events, API keys every user’s. A comment line every 15 s keeps proxies from closing it. ' +
          'The stream ends, after an `error` event with the problem, when its credential stops working: the key ' +
          'is revoked or rescoped, the user disabled or signed out, the token expires.',
        response: {
          200: {
            description: 'The event stream.',
            content: { 'text/event-stream': { schema: Type.String() } },
          },
          ...problemResponses,
        },
      },
    },
    async (req, reply) => {
      const p = tenantPrincipal(req);
      const res = reply.raw;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = String(v);
      reply.hijack();
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      });
      res.write(': connected\n\n');
      let n = 0;
      let ended = false;
      const end = (problem: HttpProblem) => {
        if (ended) return;
        ended = true;
        const body = {
          type: problem.type,
          title: problem.title,
          status: problem.status,
          detail: problem.detail,
        };
        res.write(`event: error\ndata: ${JSON.stringify(body)}\n\n`);
        res.end();
      };
      // The credential is checked again at every heartbeat and whenever one of the tenant's
      // credentials changes in this process; it also ends by itself when it expires.
      const credential = req.credential!;
      let checking = false;
      const check = async () => {
        if (checking || ended) return;
        checking = true;
        try {
          const now = await resolveCredential(credential.token, database, config);
          if (now.principal.kind === 'platform' || !now.principal.permissions.has('journal:read')) {
            end(forbidden('This credential no longer grants `journal:read`.'));
          }
        } catch (e) {
          // A credential that stopped working ends the stream; a database that is briefly away
          // does not (the next check decides).
          if (e instanceof HttpProblem) end(e);
        } finally {
          checking = false;
        }
      };
      const unsubscribe = events.subscribe(p.tenantId, (e) => {
        if (ended || !canSeeEvent(p, e)) return;
        const { userId: _u, ...data } = e;
        res.write(`id: ${++n}\nevent: ${e.type}\ndata: ${JSON.stringify(data)}\n\n`);
      });
      const unsubscribeCredentials = events.onCredentialsChanged(p.tenantId, () => void check());
      const heartbeat = setInterval(() => {
        res.write(': keep-alive\n\n');
        void check();
      }, heartbeatMs);
      const expiry = credential.expiresAt
        ? setTimeout(
            () =>
              end(
                new HttpProblem(
                  401,
                  'token-expired',
                  'Token expired',
                  'The credential of this stream has expired.',
                ),
              ),
            Math.max(0, Math.min(MAX_TIMER_MS, credential.expiresAt.getTime() - Date.now())),
          )
        : undefined;
      open.add(res);
      const done = () => {
        clearInterval(heartbeat);
        clearTimeout(expiry);
        unsubscribe();
        unsubscribeCredentials();
        open.delete(res);
      };
      res.on('close', done);
    },
  );
};
