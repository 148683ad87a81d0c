import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { access } from '../auth/route';
import { requireDeclaredAccess } from '../plugins/auth';
import { operation } from './route';
import { Problem, definitionOf, problemResponses } from './schemas';

const Params = Type.Object({ id: Type.String() });
const Query = Type.Object({ n: Type.Integer() });
const Body = Type.Object({ name: Type.String() });
const Answer = Type.Object({ ok: Type.Boolean() });

describe('operation()', () => {
  it('is the route options written by hand: config as given, schema with the problem answers added', () => {
    const config = {
      ...access.tenant('journal:write'),
      multipartBody: Type.Object({ file: Type.String({ format: 'binary' }) }),
      idempotent: false,
    };
    const words = { operationId: 'doIt', tags: ['X'], summary: 'Do it', description: 'More words.' };
    const inputs = { params: Params, querystring: Query, body: Body };
    const answers = { 201: Answer, 204: Type.Null({ description: 'Deleted.' }) };
    const declared = operation({ config, ...words, ...inputs, response: answers });
    const byHand = {
      config,
      schema: { ...words, ...inputs, response: { ...answers, ...problemResponses } },
    };
    // The same keys in the same order: the contract (openapi.json) is written from them.
    expect(JSON.stringify(declared)).toBe(JSON.stringify(byHand));
  });

  it('carries the access rule to the fail-closed check, and types the handler from the schemas', async () => {
    const app = Fastify({ logger: false }).withTypeProvider<TypeBoxTypeProvider>();
    requireDeclaredAccess(app);
    app.addSchema(definitionOf(Problem));
    app.post(
      '/x/:id',
      operation({
        config: access.public(),
        operationId: 'x',
        tags: ['X'],
        summary: 'x',
        params: Params,
        querystring: Query,
        body: Body,
        response: { 201: Answer },
      }),
      async (req, reply) => {
        const id: string = req.params.id;
        const n: number = req.query.n;
        const name: string = req.body.name;
        // @ts-expect-error not a parameter of this operation
        void req.params.other;
        // @ts-expect-error the body's name is a string
        const wrong: number = req.body.name;
        void wrong;
        if (n < 0) {
          // @ts-expect-error the 201 answer is { ok: boolean }
          return reply.code(201).send({ ok: 'yes' });
        }
        return reply.code(201).send({ ok: id === name });
      },
    );
    expect(() =>
      app.get(
        '/y',
        // @ts-expect-error access is required
        operation({ config: {}, operationId: 'y', tags: ['X'], summary: 'y', response: { 200: Answer } }),
        async () => ({ ok: true }),
      ),
    ).toThrow(/GET \/y declares no access/);
    await app.ready();
    const answer = await app.inject({ method: 'POST', url: '/x/a?n=1', payload: { name: 'a' } });
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toEqual({ ok: true });
    const bad = await app.inject({ method: 'POST', url: '/x/a?n=one', payload: { name: 'a' } });
    expect(bad.statusCode).toBe(400);
    await app.close();
  });
});
