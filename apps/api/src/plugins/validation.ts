import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';

/**
 * Two validators: JSON bodies are validated as sent (a number is not a string); query strings,
 * path params and headers arrive as text, so they are coerced to the schema's types.
 * Unknown fields are rejected, not dropped, and every failing field is reported.
 */
export function installValidation(app: FastifyInstance, schemas: object[]) {
  const base: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };
  const strictAjv = new Ajv({ ...base, coerceTypes: false });
  const coercingAjv = new Ajv({ ...base, coerceTypes: 'array' });
  for (const ajv of [strictAjv, coercingAjv]) {
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    for (const s of schemas) ajv.addSchema(s);
  }
  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema as object),
  );
}
