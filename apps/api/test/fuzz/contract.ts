import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dereference } from '../contract/dereference';

/** A JSON Schema node of the committed contract, its named schemas resolved (no `$ref` left). */
export type Schema = Record<string, any>;

export interface Param {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface FuzzOperation {
  operationId: string;
  method: string;
  /** The path template, `/v1/accounts/{accountId}`. */
  path: string;
  permission: string;
  principals: string[];
  pathParams: Param[];
  queryParams: Param[];
  /** The request body the contract declares, if any. */
  body?: { kind: 'json' | 'multipart'; schema: Schema; example: unknown; required: boolean };
  /** Answers an endless `text/event-stream`. */
  stream: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * apps/api/openapi.json, the committed contract, with every `$ref` to a named schema
 * (`components.schemas`) replaced by the schema itself: the generators read schemas inline.
 */
export const contract = dereference(
  JSON.parse(readFileSync(path.join(here, '..', '..', 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, any>>;
  },
);

// The generators below read a schema's own keywords (type, properties, items, enum): a `$ref` left
// unresolved would quietly fuzz that part as an unknown value instead.
if (JSON.stringify(contract.paths).includes('"$ref"')) {
  throw new Error('The fuzz needs the contract with its $refs resolved (see dereference).');
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Every operation of the contract: an operation added to openapi.json joins the fuzz by being there. */
export function loadOperations(): FuzzOperation[] {
  return Object.entries(contract.paths).flatMap(([p, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]): FuzzOperation => {
        const params: Param[] = (op.parameters ?? []).map((x: any) => ({
          name: x.name,
          in: x.in,
          required: Boolean(x.required),
          schema: x.schema ?? {},
        }));
        const content = op.requestBody?.content ?? {};
        const json = content['application/json'];
        const form = content['multipart/form-data'];
        const media = json ?? form;
        const example =
          media?.example ??
          (Array.isArray(media?.examples) ? media.examples[0] : Object.values(media?.examples ?? {})[0]);
        return {
          operationId: op.operationId ?? `${method} ${p}`,
          method: method.toUpperCase(),
          path: p,
          permission: op['x-permission'] ?? 'public',
          principals: op['x-principals'] ?? ['apiKey', 'user'],
          pathParams: params.filter((x) => x.in === 'path'),
          queryParams: params.filter((x) => x.in === 'query'),
          body: media
            ? {
                kind: json ? 'json' : 'multipart',
                schema: media.schema ?? {},
                example,
                required: Boolean(op.requestBody?.required),
              }
            : undefined,
          stream: Boolean(op.responses?.['200']?.content?.['text/event-stream']),
        };
      }),
  );
}

/** The alternatives of a schema (`anyOf`/`oneOf`), or the schema itself. */
export function branches(schema: Schema): Schema[] {
  const alts = schema.anyOf ?? schema.oneOf;
  return Array.isArray(alts) ? alts.flatMap(branches) : [schema];
}

/** The non-null branch a value of this schema most likely takes. */
export function mainBranch(schema: Schema): Schema {
  return branches(schema).find((s) => s.type !== 'null') ?? schema;
}

export function typeOf(schema: Schema): string {
  const s = mainBranch(schema);
  if (s.type) return Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  if (s.enum) return typeof s.enum[0];
  if (s.properties || s.additionalProperties) return 'object';
  if (s.items) return 'array';
  return 'unknown';
}
