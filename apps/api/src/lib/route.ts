import type { FastifyContextConfig } from 'fastify';
import type { TSchema } from 'typebox';
import type { Access } from '../auth/permissions';
import { problemResponses } from './schemas';

/**
 * One operation of the contract, as a route declares it: who may call it (`config`, with
 * `access` required), its OpenAPI words and its TypeBox schemas. Everything but `config` and
 * `response` is the route's `schema` as written; `response` lists the success answers only.
 */
export interface Operation {
  /**
   * `access.public()`, `access.platform()` or `access.tenant(permission)` (auth/route.ts), with any
   * other route config spread beside it: `multipartBody` (a form documented in the contract, read
   * by the handler), `idempotent: false` (a POST that Idempotency-Key does not replay), `heavy`.
   */
  config: FastifyContextConfig & { access: Access };
  operationId: string;
  tags: readonly string[];
  summary: string;
  description?: string;
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  /**
   * The success answers by status (`200`, `201`, `202`; `204: Type.Null({ description })`), a
   * schema or an OpenAPI response object (another content type). The problem answers every
   * operation has (4xx, 5xx) are added; a documented problem of its own (`422: …`) may be listed.
   */
  response: Record<number, unknown>;
}

/**
 * The options of a route declaring `operation`: `app.get(url, operation({…}), handler)`. The
 * result is what Fastify reads (`config` for the auth hook, `schema` for validation, serialization
 * and the contract), typed as written, so the TypeBox type provider still types `req.params`,
 * `req.query`, `req.body` and what the handler may send from the schemas given.
 */
export function operation<const O extends Operation>({
  config,
  response,
  ...schema
}: O): {
  config: O['config'];
  schema: Omit<O, 'config' | 'response'> & { response: O['response'] & typeof problemResponses };
} {
  return { config, schema: { ...schema, response: { ...response, ...problemResponses } } };
}
