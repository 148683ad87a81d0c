import { mainBranch, type FuzzOperation, type Schema } from './contract';
import { sampleFile, type Form } from './multipart';
import { validJson } from './values';

/**
 * One generated request for one operation: a valid baseline (the contract's example body, the
 * victim's real resource ids, credentials that hold the operation's permission) changed in one
 * place, or changed everywhere, or sent in a shape or over a transport the contract never allows.
 */
export type Principal = 'apiKey' | 'owner' | 'platform' | 'none' | 'disposable';

export type Pointer = Array<string | number>;
export type JsonEdit =
  | { op: 'set'; pointer: Pointer; value: unknown; parents: Schema[] }
  | { op: 'delete'; pointer: Pointer }
  | { op: 'replace'; value: unknown };

export type BodySpec =
  | { kind: 'json'; edit?: JsonEdit; contentType?: string; headers?: Array<[string, string]> }
  | { kind: 'raw'; bytes: Buffer; contentType?: string }
  | { kind: 'form'; form: Form };

export interface Case {
  strategy: 'one field' | 'every field' | 'body shape' | 'transport';
  /** What was changed, for the failure report. */
  label: string;
  principal: Principal;
  method: string;
  /** Path parameter values, already percent-encoded (or deliberately mis-encoded). */
  path: Record<string, string>;
  /** The query string without `?`, already encoded. */
  query: string;
  headers: Array<[string, string]>;
  body?: BodySpec;
  /** The whole request target, when a transport case replaces it. */
  target?: string;
  /** Replaces the Authorization header's value (undefined: the principal's). */
  authorization?: string;
  noContentLength?: boolean;
}

/** What the generators know of the victim: real ids by path-parameter name. */
export interface FuzzContext {
  params: Record<string, string>;
  /** Every real id, to aim one resource's id at another kind of resource. */
  ids: string[];
}

/**
 * Percent-encoding that also carries what encodeURIComponent refuses: a lone surrogate goes out
 * as its WTF-8 bytes (%ED%A0%80), as a careless client would send it.
 */
export function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    let out = '';
    for (const ch of s) {
      const u = ch.codePointAt(0)!;
      if (u >= 0xd800 && u <= 0xdfff)
        out += [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join('');
      else out += encodeURIComponent(ch);
    }
    return out;
  }
}

/** One strategy's change to a case. */
export type Edit = (c: Case) => Case;

export function principalsFor(op: FuzzOperation): Principal[] {
  if (op.permission === 'public') return ['none'];
  if (op.permission === 'platform') return ['platform'];
  const out: Principal[] = [];
  if (op.principals.includes('apiKey')) out.push('apiKey');
  if (op.principals.includes('user')) out.push(op.principals.includes('apiKey') ? 'owner' : 'disposable');
  return out;
}

function baselinePath(op: FuzzOperation, ctx: FuzzContext): Record<string, string> {
  return Object.fromEntries(op.pathParams.map((p) => [p.name, enc(ctx.params[p.name] ?? '')]));
}

/** A valid text for a query parameter: a real id where one has this name, else the schema's own. */
export function validParamText(name: string, schema: Schema, ctx: FuzzContext): string {
  if (ctx.params[name] && mainBranch(schema).format === 'uuid') return ctx.params[name]!;
  const v = validJson(schema);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function formBaseline(op: FuzzOperation): Form {
  const s = op.body!.schema;
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const fields: Array<[string, string]> = [];
  const files: Form['files'] = [];
  for (const [name, schema] of Object.entries(props)) {
    if (schema.format === 'binary') files.push({ field: name, ...sampleFile(schema) });
    else if ((s.required ?? []).includes(name)) fields.push([name, String(validJson(schema))]);
  }
  return { fields, files, boundary: '----fuzz7MA4YWxkTrZu0gW' };
}

export function baseline(op: FuzzOperation, ctx: FuzzContext, principal: Principal): Case {
  return {
    strategy: 'one field',
    label: 'baseline',
    principal,
    method: op.method,
    path: baselinePath(op, ctx),
    query: '',
    headers: [],
    body: op.body
      ? op.body.kind === 'json'
        ? { kind: 'json' }
        : { kind: 'form', form: formBaseline(op) }
      : undefined,
  };
}

export const preview = (v: unknown, max = 120): string => {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;
};
