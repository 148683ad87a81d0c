import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { invalidFields, type FieldError } from '../lib/problems';

/** Deeper JSON than this is refused: no request of this API nests past a few levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * RFC 3339 date-times PostgreSQL and JavaScript both hold exactly: years 0001–9999, seconds
 * 00–59 (a leap second `:60` is refused rather than silently moved to the next minute), offsets
 * within ±23:59, and a real calendar day.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDay(y: number, m: number, d: number): boolean {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(0);
  last.setUTCFullYear(y, m, 0); // day 0 of the next month: the last day of month m
  return d <= last.getUTCDate();
}

/** A lone UTF-16 surrogate: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

export function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, se, , , oh, om] = m;
  if (!realDay(Number(y), Number(mo), Number(d))) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return false;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return false;
  return !Number.isNaN(Date.parse(s.toUpperCase()));
}

export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  return Boolean(m && realDay(Number(m[1]), Number(m[2]), Number(m[3])));
}

/**
 * Text PostgreSQL cannot store, found anywhere in a request part: a NUL character (text and jsonb
 * refuse it) or a lone UTF-16 surrogate (not Unicode; jsonb refuses its escape). Also too deep a
 * nesting. Returns the problems as field errors (JSON pointers), in object keys too.
 */
export function textProblems(part: string, value: unknown): FieldError[] {
  const out: FieldError[] = [];
  const stack: Array<[unknown, string, number]> = [[value, '', 0]];
  while (stack.length && out.length < 20) {
    const [v, pointer, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000'))
        out.push({ field: `/${part}${pointer}`, message: 'must not contain NUL characters' });
      else if (LONE_SURROGATE.test(v))
        out.push({
          field: `/${part}${pointer}`,
          message: 'must be valid Unicode (it has an unpaired surrogate)',
        });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      out.push({ field: `/${part}${pointer}`, message: `nests deeper than ${MAX_JSON_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${pointer}/${i}`, depth + 1]);
      continue;
    }
    for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
      const escaped = k.replace(/~/g, '~0').replace(/\//g, '~1');
      if (!storable(k)) {
        out.push({
          field: `/${part}${pointer}`,
          message: 'has a property name with NUL or unpaired surrogates',
        });
        continue;
      }
      stack.push([child, `${pointer}/${escaped}`, depth + 1]);
    }
  }
  return out;
}

export function requireStorableText(parts: Array<[string, unknown]>) {
  const errors = parts.flatMap(([part, value]) => textProblems(part, value));
  if (errors.length) {
    throw invalidFields(errors);
  }
}

/**
 * Two validators: JSON bodies are validated as sent (a number is not a string); query strings,
 * path params and headers arrive as text, so they are coerced to the schema's types.
 * Unknown fields are rejected, not dropped, and every failing field is reported. Before either,
 * every part is checked for text PostgreSQL cannot store and for runaway nesting.
 */
export function installValidation(app: FastifyInstance, schemas: object[]) {
  const base: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };
  const strictAjv = new Ajv({ ...base, coerceTypes: false });
  const coercingAjv = new Ajv({ ...base, coerceTypes: 'array' });
  for (const ajv of [strictAjv, coercingAjv]) {
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
    ajv.addFormat('date', { type: 'string', validate: isDate });
    for (const s of schemas) ajv.addSchema(s);
  }
  app.setValidatorCompiler(({ schema, httpPart }: { schema: FastifySchema; httpPart?: string }) =>
    (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema as object),
  );
  app.addHook('preValidation', async (request) => {
    requireStorableText([
      ['path', request.params],
      ['query', request.query],
      ['body', request.body],
    ]);
  });
}
