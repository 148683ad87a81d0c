import fc from 'fast-check';
import { enc, preview, validParamText, type Case, type Edit, type FuzzContext, type JsonEdit } from './case';
import type { FuzzOperation, Schema } from './contract';
import { badJson, badParamText } from './values';

/** Every field at once: each parameter absent, valid or bad, the body bad throughout. */
export function everyField(op: FuzzOperation, ctx: FuzzContext): fc.Arbitrary<Edit> {
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
