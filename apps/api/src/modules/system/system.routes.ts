import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { access } from '../../auth/route';
import type { Database } from '../../db/database';
import { HttpProblem } from '../../lib/problems';
import { named, problemResponses } from '../../lib/schemas';

const tags = ['System'];
/** The answer of the health and readiness probes. */
export const Status = named('Health', Type.Object({ status: Type.String({ examples: ['ok'] }) }));

export const systemRoutes: FastifyPluginAsyncTypebox<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/healthz',
    {
      config: access.public(),
      schema: {
        operationId: 'getHealth',
        tags,
        summary: 'Liveness: the process is up',
        response: { 200: Status },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      config: access.public(),
      schema: {
        operationId: 'getReadiness',
        tags,
        summary: 'Readiness: the database answers and every migration is applied',
        response: { 200: Status, ...problemResponses },
      },
    },
    async () => {
      if (!(await database.ready())) {
        throw new HttpProblem(
          503,
          'not-ready',
          'Not ready',
          'The database is unreachable or migrations are pending.',
        );
      }
      return { status: 'ok' };
    },
  );
};
