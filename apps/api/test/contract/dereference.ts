/**
 * The contract with its names resolved: every local `$ref` (`#/components/schemas/Trade`) replaced
 * by what it points to, so two spellings of one contract (a schema inline, or named and referred
 * to) compare equal. Used by the fuzz and by `pnpm --filter @journalkit/api openapi:diff`.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The value a local JSON pointer (`#/a/b~1c`) points to in `doc`. */
export function pointerTarget(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`Not a local reference: ${ref}`);
  let node = doc;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(token in node)) {
      throw new Error(`Unresolved reference ${ref}`);
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * A deep copy of `node` (by default the whole `doc`) with every `$ref` resolved against `doc`.
 * A reference's siblings are dropped, as OpenAPI 3.1 tooling (and @fastify/swagger) does.
 * A reference cycle is an error: this contract has none.
 */
export function dereference<T>(doc: T, node: unknown = doc, trail: readonly string[] = []): T {
  if (Array.isArray(node)) return node.map((item) => dereference(doc, item, trail)) as T;
  if (node === null || typeof node !== 'object') return node as T;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    if (trail.includes(ref)) throw new Error(`Reference cycle: ${[...trail, ref].join(' → ')}`);
    return dereference(doc, pointerTarget(doc, ref), [...trail, ref]);
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, dereference(doc, value, trail)]),
  ) as T;
}

/**
 * `node` without names: no `$id`, and no schema `title` (a string; a property called `title` is an
 * object and stays). What is left is what validates and what callers send and get.
 */
export function withoutNames(node: unknown): Json {
  if (Array.isArray(node)) return node.map(withoutNames);
  if (node === null || typeof node !== 'object') return node as Json;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$id' || (key === 'title' && typeof value === 'string')) continue;
    out[key] = withoutNames(value);
  }
  return out;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

interface Doc {
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Where two values differ, as JSON pointers (at most `limit`). */
export function differences(a: unknown, b: unknown, at = '', out: string[] = [], limit = 20): string[] {
  if (out.length >= limit) return out;
  if (a === b) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${at} (length ${a.length} → ${b.length})`);
    else a.forEach((item, i) => differences(item, b[i], `${at}/${i}`, out, limit));
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const pointer = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!(key in a)) out.push(`${pointer} (added)`);
      else if (!(key in b)) out.push(`${pointer} (removed)`);
      else differences((a as never)[key], (b as never)[key], pointer, out, limit);
      if (out.length >= limit) break;
    }
    return out;
  }
  out.push(`${at} (${JSON.stringify(a)?.slice(0, 60)} → ${JSON.stringify(b)?.slice(0, 60)})`);
  return out;
}

/**
 * How two contracts differ once names are resolved and dropped: operation by operation (their
 * parameters, bodies, responses, examples, permissions), and the rest of the document outside
 * `components.schemas` (which only holds the names). Empty when they mean the same.
 */
export function compareResolved(before: Doc, after: Doc): string[] {
  const a = withoutNames(dereference(before)) as Doc;
  const b = withoutNames(dereference(after)) as Doc;
  const out: string[] = [];
  const ops = (doc: Doc) =>
    Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
  const before_ = ops(a);
  const after_ = ops(b);
  for (const op of before_) if (!after_.includes(op)) out.push(`${op}: removed`);
  for (const op of after_) if (!before_.includes(op)) out.push(`${op}: added`);
  for (const op of before_.filter((o) => after_.includes(o))) {
    const [method, path] = op.split(' ') as [string, string];
    const m = method.toLowerCase();
    for (const d of differences(a.paths![path]![m], b.paths![path]![m])) out.push(`${op}: ${d}`);
  }
  const rest = (doc: Doc) => {
    const { paths: _paths, components, ...others } = doc;
    const { schemas: _schemas, ...otherComponents } = components ?? {};
    return { ...others, components: otherComponents };
  };
  for (const d of differences(rest(a), rest(b))) out.push(`document: ${d}`);
  return out;
}
