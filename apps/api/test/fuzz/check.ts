import { PLATFORM_KEY } from '../harness';
import { preview, type Case, type JsonEdit, type Pointer } from './case';
import type { FuzzOperation, Schema } from './contract';
import { encodeForm } from './multipart';
import { validJson } from './values';
import type { Victim } from './victim';
import { NoResponse, type WireRequest, type WireResponse } from './wire';

/** Fields the database keeps unique: a fresh value per request, so a valid body is not a mere conflict. */
const UNIQUE = new Set(['slug', 'externalId', 'email', 'brokerExecutionId']);
let serial = 0;

function freshen(v: unknown, n: number): unknown {
  if (Array.isArray(v)) return v.map((x) => freshen(x, n));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => {
        if (!UNIQUE.has(k) || typeof x !== 'string') return [k, freshen(x, n)];
        return [k, k === 'email' ? x.replace('@', `+f${n}@`) : `${x}-f${n}`];
      }),
    );
  return v;
}

function applyEdit(body: unknown, edit: JsonEdit | undefined): unknown {
  if (!edit) return body;
  if (edit.op === 'replace') return edit.value;
  const root = structuredClone(body ?? {}) as any;
  let node = root;
  const last = edit.pointer[edit.pointer.length - 1]!;
  const path: Pointer = edit.pointer.slice(0, -1);
  for (let i = 0; i < path.length; i++) {
    const k = path[i]!;
    if (node[k] === undefined || node[k] === null || typeof node[k] !== 'object') {
      if (edit.op === 'delete') return root;
      // Create the container as its schema wants it: with its required fields, valid.
      const schema: Schema = edit.parents[i + 1] ?? {};
      node[k] = typeof path[i + 1] === 'number' || schema.type === 'array' ? [] : (validJson(schema) ?? {});
      if (Array.isArray(node[k]) && schema.items && typeof path[i + 1] === 'number')
        node[k].push(validJson(schema.items));
    }
    node = node[k];
  }
  if (edit.op === 'delete') delete node[last];
  else node[last] = edit.value;
  return root;
}

/** The example body the contract gives, or one built from the schema; made unique; sign-in aimed at the victim. */
function baselineBody(op: FuzzOperation, v: Victim, n: number): unknown {
  let body = freshen(structuredClone(op.body?.example ?? validJson(op.body?.schema ?? {})), n);
  if (op.operationId === 'signIn')
    body = { ...(body as object), tenant: v.slug, email: 'fuzz-owner@example.com' };
  return body;
}

export interface Tokens {
  apiKey: string;
  owner: string;
  disposable: string;
}

export function toWire(op: FuzzOperation, c: Case, v: Victim, tokens: Tokens): WireRequest {
  const n = ++serial;
  const token =
    c.principal === 'apiKey'
      ? tokens.apiKey
      : c.principal === 'owner'
        ? tokens.owner
        : c.principal === 'platform'
          ? PLATFORM_KEY
          : c.principal === 'disposable'
            ? tokens.disposable
            : undefined;
  const headers: Array<[string, string]> = [];
  const auth = c.authorization?.replace('{token}', token ?? '') ?? (token ? `Bearer ${token}` : undefined);
  if (auth !== undefined) headers.push(['Authorization', auth]);
  let body: Buffer | undefined;
  if (c.body?.kind === 'json') {
    body = Buffer.from(JSON.stringify(applyEdit(baselineBody(op, v, n), c.body.edit)) ?? '');
    headers.push(['Content-Type', c.body.contentType ?? 'application/json']);
  } else if (c.body?.kind === 'raw') {
    body = c.body.bytes;
    if (c.body.contentType) headers.push(['Content-Type', c.body.contentType]);
  } else if (c.body?.kind === 'form') {
    const form = encodeForm(c.body.form);
    body = form.body;
    headers.push(['Content-Type', form.contentType]);
  }
  headers.push(...c.headers);
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => c.path[name] ?? '');
  return {
    method: c.method,
    target: c.target ?? (c.query ? `${path}?${c.query}` : path),
    headers,
    body,
    noContentLength: c.noContentLength,
  };
}

const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

/** What is wrong with an answer: a 5xx, or an error that is not a problem+json document that matches it. */
export function violations(res: WireResponse | NoResponse, method: string): string[] {
  if (res instanceof NoResponse) return [res.message];
  const out: string[] = [];
  if (res.status >= 500) out.push(`answered ${res.status}`);
  if (res.status < 400 || method === 'HEAD') return out;
  const ct = res.headers['content-type'] ?? '';
  if (!/^application\/problem\+json(\s*;|$)/i.test(ct))
    out.push(
      `error ${res.status} is ${ct ? JSON.stringify(ct) : 'without Content-Type'}, not application/problem+json`,
    );
  let body: any;
  try {
    body = JSON.parse(res.text);
  } catch {
    out.push(`error ${res.status} body is not JSON`);
    return out;
  }
  if (typeof body?.type !== 'string' || !ABSOLUTE_URI.test(body.type) || !URL.canParse(body.type))
    out.push(`problem type ${JSON.stringify(body?.type)} is not an absolute URI`);
  if (body?.status !== res.status)
    out.push(`problem status ${JSON.stringify(body?.status)} ≠ HTTP ${res.status}`);
  return out;
}

export interface Failure {
  operation: string;
  strategy: string;
  label: string;
  problems: string[];
  request: string;
  status: number | 'none';
  response: string;
  /** What the server logged as an unhandled error while answering. */
  serverError?: string;
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s);

export function describeRequest(req: WireRequest): string {
  const headers = req.headers
    .map(
      ([k, val]) =>
        `${k}: ${k.toLowerCase() === 'authorization' ? val.replace(/(Bearer\s+)(\S{6})\S+/i, '$1$2…') : cut(val, 80)}`,
    )
    .join(' | ');
  const body = req.body ? ` body ${cut(req.body.toString('latin1'), 400)}` : '';
  return `${req.method} ${cut(req.target, 200)} [${cut(headers, 400)}]${body}`;
}

export function describeResponse(res: WireResponse | NoResponse): string {
  if (res instanceof NoResponse) return cut(res.received, 300);
  return `${res.status} ${res.headers['content-type'] ?? '(no content-type)'} ${cut(res.text, 400)}`;
}

/** A failure's class: the operation, what was wrong and the problem type (or start of the body). */
export function classOf(f: Failure): string {
  let what = f.response.slice(0, 60);
  const m = /"type":"([^"]+)"/.exec(f.response);
  if (m) what = m[1]!;
  return `${f.operation} · ${f.problems.join('; ')} · ${what}`;
}

export function report(failures: Failure[], seed: number, runs: string): string {
  const groups = new Map<string, Failure[]>();
  for (const f of failures) {
    const k = classOf(f);
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const lines = [
    `${failures.length} failing request(s) in ${groups.size} class(es). Reproduce with FUZZ_SEED=${seed}${runs}.`,
  ];
  for (const [k, fs] of groups) {
    const f = fs[0]!;
    lines.push(
      '',
      `• ${k} (${fs.length}×)`,
      `  input:    [${f.strategy}] ${cut(f.label, 300)}`,
      `  request:  ${f.request}`,
      `  response: ${f.response}`,
      ...(f.serverError ? [`  server:   ${f.serverError}`] : []),
    );
  }
  return lines.join('\n');
}

export { preview };
