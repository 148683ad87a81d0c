import fc from 'fast-check';
import { enc, preview, validParamText, type Case, type FuzzContext, type Pointer } from './case';
import { mainBranch, typeOf, type FuzzOperation, type Schema } from './contract';
import { BREAKAGES, badCsv, badFieldText, badFilename, badImage, type Form } from './multipart';
import { badJson, badParamText } from './values';

/**
 * The "one field" strategy: every place of an operation's request that can be wrong on its own (a
 * path or query parameter, a JSON body node or its absence, a form field, file or framing), each
 * with the bad values it is tried with.
 */

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

export interface Location {
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

export function jsonLocations(op: FuzzOperation): Location[] {
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

const formOf = (c: Case) => (c.body as { form: Form }).form;

export function formLocations(op: FuzzOperation): Location[] {
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

export function locationsOf(op: FuzzOperation, ctx: FuzzContext): Location[] {
  return [
    ...paramLocations(op, ctx),
    ...(op.body?.kind === 'json' ? jsonLocations(op) : []),
    ...(op.body?.kind === 'multipart' ? formLocations(op) : []),
  ];
}
