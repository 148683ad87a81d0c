import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import { Type } from 'typebox';
import { canHearTopic } from '../../auth/access';
import { access } from '../../auth/route';
import type { RouteContext } from '../../areas/types';
import { HttpProblem, forbidden } from '../../lib/problems';
import { operation } from '../../lib/route';
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
    operation({
      config: access.tenant('journal:read'),
      operationId: 'streamEvents',
      tags: ['Events'],
      summary: 'Server-sent events: what changed in the journal',
      description:
        'A `text/event-stream`. Each event names what changed (`trades.changed`, `import.progress`, ' +
        '`import.finished`, `entry.changed`, `connector.synced`) with `accountId` and ids; refetch what you show. End users get ' +
        'their own events, API keys every user’s; events on a topic (the tenant’s, a resource’s) carry it as `topic`. ' +
        'A comment line every 15 s keeps proxies from closing it.\n\n' +
        'Every event but `import.progress` is kept for a while (24 h by default) and has an `id:`, counting up per tenant ' +
        '(the stream also sends its position as an `id:` line with no event when it opens and with every keep-alive). ' +
        'A client that reconnects with the `Last-Event-ID` header gets, first, the events it missed since that id that it ' +
        'may see, then new ones — each once, none skipped, on whichever API server it reaches. `import.progress` is sent ' +
        'live only (no `id:`, never replayed): `import.finished` or `GET …/imports/{importId}` tell the outcome. When the ' +
        'events after the id sent are no longer kept, or the id is not one of this stream’s, the stream starts with ' +
        '`event: reset` (data `{"type":"reset","reason":"expired"|"unknown"}`) and the current position as its `id:`: ' +
        'refetch everything you show, then carry on from there.\n\n' +
        'The stream ends, after an `error` event with the problem, when its credential stops working: the key ' +
        'is revoked or rescoped, the user disabled or signed out, the token expires.',
      response: {
        200: {
          description: 'The event stream.',
          content: { 'text/event-stream': { schema: Type.String() } },
        },
      },
    }),
    async (req, reply) => {
      const p = tenantPrincipal(req);
      const res = reply.raw;
      let ended = false;
      // Who this stream may hear, topic by topic: asked once, forgotten at every credential check.
      let heard = new Map<string, Promise<boolean>>();
      const canHear = (topic: string) => {
        let answer = heard.get(topic);
        if (!answer) {
          const asked = heard;
          asked.set(topic, (answer = canHearTopic(database, p, topic)));
          // A lookup that failed (the database briefly away) is asked again next time.
          answer.catch(() => asked.delete(topic));
        }
        return answer;
      };
      const send = (chunk: string): void | Promise<void> => {
        if (ended || res.writableEnded) return;
        if (res.write(chunk)) return;
        return new Promise<void>((resolve) => {
          const go = () => {
            res.off('drain', go);
            res.off('close', go);
            resolve();
          };
          res.on('drain', go);
          res.on('close', go);
        });
      };
      const lastEventId = req.headers['last-event-id'];
      // Before the answer starts: a database that is away answers 503 rather than an empty stream.
      const follow = await events.follow(
        p.tenantId,
        typeof lastEventId === 'string' ? lastEventId.trim() : undefined,
        {
          canHear,
          send,
          onError: (err) => req.log.error({ err }, 'event stream: reading the event log failed'),
        },
      );
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = String(v);
      reply.hijack();
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      });
      res.write(': connected\n\n' + follow.opening);
      const end = (problem: HttpProblem) => {
        if (ended) return;
        ended = true;
        follow.close();
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
        heard = new Map();
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
      const unsubscribeCredentials = events.onCredentialsChanged(p.tenantId, () => void check());
      const heartbeat = setInterval(() => {
        // The position too: a client that hears little resumes from here, not from its last event.
        res.write(`: keep-alive\nid: ${follow.cursor()}\n\n`);
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
        follow.close();
        unsubscribeCredentials();
        open.delete(res);
      };
      res.on('close', done);
      follow.start();
    },
  );
};
