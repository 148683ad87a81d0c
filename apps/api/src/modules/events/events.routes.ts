import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import { problemResponses } from '../../lib/schemas';
import { tenantPrincipal } from '../../plugins/auth';
import type { EventBus } from './eventBus';

const HEARTBEAT_MS = 15_000;

export const eventsRoutes: FastifyPluginAsyncTypebox<{ events: EventBus }> = async (app, { events }) => {
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
          '`import.finished`, `entry.changed`) with `accountId` and ids; refetch what you show. End users get ' +
          'their own events, API keys every user’s. A comment line every 15 s keeps proxies from closing it.',
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
      const unsubscribe = events.subscribe(p.tenantId, (e) => {
        if (p.kind === 'user' && e.userId !== p.userId) return;
        const { userId: _u, ...data } = e;
        res.write(`id: ${++n}\nevent: ${e.type}\ndata: ${JSON.stringify(data)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
      open.add(res);
      const done = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
      };
      res.on('close', done);
    },
  );
};
