import fc from 'fast-check';
import { mainBranch, typeOf, type FuzzOperation, type Schema } from './contract';
import { BREAKAGES, badCsv, badFieldText, badFilename, badImage, sampleFile, type Form } from './multipart';
import { transportEdits } from './transport';
import { badJson, badParamText, nest, validJson } from './values';

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

function principalsFor(op: FuzzOperation): Principal[] {
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
function validParamText(name: string, schema: Schema, ctx: FuzzContext): string {
  if (ctx.params[name] && mainBranch(schema).format === 'uuid') return ctx.params[name]!;
  const v = validJson(schema);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Every node of a JSON body schema, with the schemas of the containers on the way to it. */
export function bodyNodes(schema: Schema, pointer: Pointer = [], parents: Schema[] = [], depth = 0) {
  const out: Array<{ pointer: Pointer; schema: Schema; parents: Schema[]; required: boolean }> = [];
  const s = mainBranch(schema);
  if (depth > 4) return out;
  if (typeOf(s) === 'object') {
    for (const [k, child] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      const p = [...pointer, k];
      out.push({
        pointer: p,
        schema: child,
        parents: [...parents, s],
        required: (s.required ?? []).includes(k),
      });
      out.push(...bodyNodes(child, p, [...parents, s], depth + 1));
    }
  } else if (typeOf(s) === 'array' && s.items) {
    const p = [...pointer, 0];
    out.push({ pointer: p, schema: s.items, parents: [...parents, s], required: false });
    out.push(...bodyNodes(s.items, p, [...parents, s], depth + 1));
  }
  return out;
}

interface Location {
  label: string;
  /** Whether the place holds text (then NUL and a lone surrogate are tried there for sure). */
  text: boolean;
  values: fc.Arbitrary<unknown>;
  set: (value: unknown) => (c: Case) => Case;
}

function paramLocations(op: FuzzOperation, ctx: FuzzContext): Location[] {
  const out: Location[] = [];
  for (const p of op.pathParams) {
    out.push({
      label: `path ${p.name}`,
      text: true,
      values: fc.oneof(
        { weight: 4, arbitrary: badParamText(p.schema, p.name) },
        { weight: 1, arbitrary: fc.uuid({ version: [4, 7] }) },
        { weight: 1, arbitrary: fc.constantFrom(...ctx.ids) },
      ),
      set: (v) => (c) => ({
        ...c,
        label: `path ${p.name} = ${preview(v)}`,
        path: { ...c.path, [p.name]: enc(String(v)) },
      }),
    });
  }
  for (const q of op.queryParams) {
    const valid = () => enc(validParamText(q.name, q.schema, ctx));
    out.push({
      label: `query ${q.name}`,
      text: true,
      values: fc.oneof(
        { weight: 4, arbitrary: badParamText(q.schema, q.name) },
        { weight: 1, arbitrary: fc.constantFrom(...ctx.ids) },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      set: (v) => (c) => ({
        ...c,
        label: v === null ? `query ${q.name} twice` : `query ${q.name} = ${preview(v)}`,
        query: [
          c.query,
          v === null
            ? `${enc(q.name)}=${valid()}&${enc(q.name)}=${valid()}`
            : `${enc(q.name)}=${enc(String(v))}`,
        ]
          .filter(Boolean)
          .join('&'),
      }),
    });
  }
  return out;
}

function jsonLocations(op: FuzzOperation): Location[] {
  const body = op.body!;
  const out: Location[] = [
    {
      label: 'body {}',
      text: false,
      values: fc.constant({}),
      set: (value) => (c) => ({
        ...c,
        label: 'body {}',
        body: { kind: 'json', edit: { op: 'replace', value } },
      }),
    },
  ];
  for (const node of bodyNodes(body.schema)) {
    const where = `/${node.pointer.join('/')}`;
    out.push({
      label: `body ${where}`,
      text: typeOf(node.schema) === 'string',
      values: badJson(node.schema, String(node.pointer[node.pointer.length - 1])),
      set: (value) => (c) => ({
        ...c,
        label: `body ${where} = ${preview(value)}`,
        body: { kind: 'json', edit: { op: 'set', pointer: node.pointer, value, parents: node.parents } },
      }),
    });
    if (node.required)
      out.push({
        label: `body ${where} missing`,
        text: false,
        values: fc.constant(undefined),
        set: () => (c) => ({
          ...c,
          label: `body ${where} missing`,
          body: { kind: 'json', edit: { op: 'delete', pointer: node.pointer } },
        }),
      });
  }
  return out;
}

function formBaseline(op: FuzzOperation): Form {
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

const formOf = (c: Case) => (c.body as { form: Form }).form;

function formLocations(op: FuzzOperation): Location[] {
  const s = op.body!.schema;
  const out: Location[] = [];
  for (const [name, schema] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
    if (schema.format === 'binary') {
      const image = /png|image/i.test(`${schema.description ?? ''}`);
      const withFile = (c: Case, change: Partial<Form['files'][number]>): Case['body'] => ({
        kind: 'form',
        form: {
          ...formOf(c),
          files: formOf(c).files.map((f) => (f.field === name ? { ...f, ...change } : f)),
        },
      });
      out.push({
        label: `form ${name} content`,
        text: false,
        values: image ? badImage : badCsv,
        set: (data) => (c) => ({
          ...c,
          label: `form ${name} = ${preview((data as Buffer).toString('latin1'))}`,
          body: withFile(c, { data: data as Buffer }),
        }),
      });
      out.push({
        label: `form ${name} filename`,
        text: true,
        values: badFilename,
        set: (filename) => (c) => ({
          ...c,
          label: `form ${name} filename = ${preview(filename)}`,
          body: withFile(c, { filename: String(filename) }),
        }),
      });
      continue;
    }
    out.push({
      label: `form ${name}`,
      text: true,
      values: fc.oneof(badFieldText(schema), fc.constant(null)),
      set: (value) => (c) => {
        const fields = formOf(c).fields.filter(([k]) => k !== name);
        if (value !== null) fields.push([name, String(value)]);
        return {
          ...c,
          label: value === null ? `form ${name} missing` : `form ${name} = ${preview(value)}`,
          body: { kind: 'form', form: { ...formOf(c), fields } },
        };
      },
    });
  }
  out.push({
    label: 'form framing',
    text: false,
    values: fc.constantFrom(...BREAKAGES),
    set: (breakage) => (c) => ({
      ...c,
      label: `form: ${String(breakage)}`,
      body: { kind: 'form', form: { ...formOf(c), breakage: breakage as Form['breakage'] } },
    }),
  });
  return out;
}

function locationsOf(op: FuzzOperation, ctx: FuzzContext): Location[] {
  return [
    ...paramLocations(op, ctx),
    ...(op.body?.kind === 'json' ? jsonLocations(op) : []),
    ...(op.body?.kind === 'multipart' ? formLocations(op) : []),
  ];
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

const DEEP = 10_000;
const deepObject = `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`;
const deepArray = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/JSON',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json;;;',
  'application/problem+json',
  'application/merge-patch+json',
  'application/json, text/plain',
  'application/vnd.api+json',
  '*/*',
  '',
  'multipart/form-data; boundary=x',
];

type Edit = (c: Case) => Case;

const exampleTextOf = (op: FuzzOperation) =>
  JSON.stringify(op.body?.kind === 'json' ? (op.body.example ?? {}) : { name: 'x' });

function raw(label: string, bytes: Buffer | string, contentType = 'application/json'): Edit {
  return (c) => ({
    ...c,
    strategy: 'body shape',
    label,
    body: { kind: 'raw', bytes: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), contentType },
  });
}

/** The body as a whole: not JSON, too deep, the wrong type or encoding, under the wrong Content-Type. */
export function bodyShapeEdits(op: FuzzOperation): Edit[] {
  const exampleText = exampleTextOf(op);
  const edits: Edit[] = [
    raw('10,000-deep JSON object', deepObject),
    raw('10,000-deep JSON array', deepArray),
    (c) => ({
      ...raw('10,000-deep JSON with Idempotency-Key', deepObject)(c),
      headers: [...c.headers, ['Idempotency-Key', `deep-${op.operationId}`]],
    }),
    raw('33-deep JSON', JSON.stringify(nest(33))),
    raw('empty body', ''),
    raw('null', 'null'),
    raw('[]', '[]'),
    raw('"x"', '"x"'),
    raw('1', '1'),
    raw('{', '{'),
    raw('trailing comma', '{"a":1,}'),
    raw('single quotes', "{'a':1}"),
    raw('two documents', '{"a":1}{"b":2}'),
    raw('NaN literal', '{"a":NaN}'),
    raw('BOM', `\ufeff${exampleText}`),
    raw('escaped lone surrogate', '{"name":"\\ud800","displayName":"\\udfff"}'),
    raw('escaped NUL', '{"name":"a\\u0000b"}'),
    raw('trailing NUL', `${exampleText}\u0000`),
    raw('huge number', `{"a":${'9'.repeat(10_000)}}`),
    raw('__proto__', '{"__proto__":{"polluted":true}}'),
    raw('duplicate keys', exampleText.replace(/^\{/, '{"name":1,"name":"x",')),
    raw(
      'invalid UTF-8',
      Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from('"}')]),
    ),
    raw('UTF-16 body', Buffer.from(exampleText, 'utf16le')),
    raw('2 MB body', `{"name":"${'b'.repeat(2_000_000)}"}`),
    raw('example + garbage', `${exampleText}garbage`),
    ...CONTENT_TYPES.map((ct) => raw(`Content-Type ${JSON.stringify(ct)}`, exampleText, ct)),
  ];
  if (op.body?.kind === 'multipart') {
    for (const breakage of BREAKAGES)
      edits.push((c) => ({
        ...c,
        strategy: 'body shape',
        label: `form: ${breakage}`,
        body: { kind: 'form', form: { ...formBaseline(op), breakage } },
      }));
  } else {
    edits.push((c) => ({
      ...c,
      strategy: 'body shape',
      label: 'a multipart form instead of JSON',
      body: { kind: 'form', form: { fields: [['name', 'x']], files: [], boundary: 'fuzzb' } },
    }));
  }
  return edits;
}

function bodyShape(op: FuzzOperation): fc.Arbitrary<Edit> {
  const exampleText = exampleTextOf(op);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...bodyShapeEdits(op)) },
    {
      weight: 1,
      arbitrary: fc
        .nat({ max: Math.max(0, exampleText.length - 1) })
        .map((i) => raw(`example truncated at ${i}`, exampleText.slice(0, i))),
    },
  );
}

/** Every field at once: each parameter absent, valid or bad, the body bad throughout. */
function everyField(op: FuzzOperation, ctx: FuzzContext): fc.Arbitrary<Edit> {
  const path = fc.record(
    Object.fromEntries(
      op.pathParams.map((p) => [
        p.name,
        fc.oneof(fc.constant(ctx.params[p.name] ?? ''), badParamText(p.schema, p.name), fc.uuid()),
      ]),
    ) as Record<string, fc.Arbitrary<string>>,
  );
  const query = fc.array(
    fc.oneof(
      ...(op.queryParams.length ? op.queryParams : [{ name: 'unknown', schema: {} as Schema }]).map((q) =>
        fc
          .oneof(fc.constant(validParamText(q.name, q.schema, ctx)), badParamText(q.schema, q.name))
          .map((v) => `${enc(q.name)}=${enc(v)}`),
      ),
      fc.constantFrom('unknownParam=1', '__proto__=x', 'constructor=x', '=x', '&', 'a[b]=1'),
    ),
    { maxLength: 5 },
  );
  const body =
    op.body?.kind === 'json'
      ? badJson(op.body.schema).map((value) => ({ op: 'replace', value }) as JsonEdit)
      : fc.constant(undefined);
  return fc.tuple(path, query, body).map(([p, q, b]) => (c: Case) => ({
    ...c,
    strategy: 'every field' as const,
    label: `every field: path ${preview(p)} query ${preview(q.join('&'))} body ${b && 'value' in b ? preview(b.value) : '(baseline)'}`,
    path: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, enc(v)])),
    query: q.join('&'),
    body: b ? { kind: 'json' as const, edit: b } : c.body,
  }));
}

/** The arbitrary of requests for one operation. */
export function casesFor(op: FuzzOperation, ctx: FuzzContext): fc.Arbitrary<Case> {
  const locations = locationsOf(op, ctx);
  const principal = fc.constantFrom(...principalsFor(op));
  const strategies: Array<fc.WeightedArbitrary<Edit>> = [
    { weight: 2, arbitrary: bodyShape(op) },
    { weight: 2, arbitrary: everyField(op, ctx) },
    { weight: 2, arbitrary: fc.constantFrom(...transportEdits(op)) },
  ];
  if (locations.length)
    strategies.push({
      weight: 7,
      arbitrary: fc.oneof(...locations.map((l) => l.values.map((v) => l.set(v)))),
    });
  const idempotency =
    op.method === 'POST'
      ? fc.option(fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3'), { freq: 4 })
      : fc.constant(null);
  return fc.tuple(principal, fc.oneof(...strategies), idempotency).map(([who, change, key]) => {
    const c = change(baseline(op, ctx, who));
    return key ? { ...c, headers: [...c.headers, ['Idempotency-Key', key] as [string, string]] } : c;
  });
}

/**
 * Requests every operation gets whatever the seed: its valid baseline; NUL and a lone surrogate in
 * each text field; 10,000-deep JSON with and without an Idempotency-Key; `{}` as the body; a
 * 20 KB header, a 70 KB URL, over-long and undecodable path parameters; every broken multipart
 * framing.
 */
export function checklist(op: FuzzOperation, ctx: FuzzContext): Case[] {
  const who = principalsFor(op)[0]!;
  const base = () => baseline(op, ctx, who);
  const out: Case[] = [base()];
  for (const l of locationsOf(op, ctx)) {
    if (l.text) out.push(l.set('a\u0000b')(base()), l.set('a\ud800b')(base()));
  }
  if (op.body?.kind === 'json') out.push(jsonLocations(op)[0]!.set({})(base()));
  const shapes = ['10,000-deep JSON object', '10,000-deep JSON with Idempotency-Key', '2 MB body'];
  const transport = [
    'a 20 KB header',
    'a 70 KB URL',
    'query value %zz',
    'query value %c0%af',
    ...op.pathParams
      .slice(0, 1)
      .flatMap((p) => [
        `path ${p.name} of 70000 characters`,
        `path ${p.name} = %zz`,
        `path ${p.name} = %c0%af`,
      ]),
  ];
  for (const e of bodyShapeEdits(op)) {
    const c = e(base());
    if (shapes.includes(c.label)) out.push(c);
  }
  for (const e of transportEdits(op)) {
    const c = e(base());
    if (transport.includes(c.label)) out.push(c);
  }
  if (op.body?.kind === 'multipart')
    for (const b of BREAKAGES) out.push(formLocations(op).at(-1)!.set(b)(base()));
  return out;
}

export function locationCount(op: FuzzOperation, ctx: FuzzContext): number {
  return locationsOf(op, ctx).length;
}
