import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/areas';
import { definitionOf, named } from '../../src/lib/schemas';
import { installValidation } from '../../src/plugins/validation';
import { compareResolved, dereference, withoutNames } from './dereference';

// The contract's names: components.schemas holds exactly the schemas the area manifests name, each
// used, each once, and referred to by name wherever the contract uses it.
const doc = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};
const COMPONENT = '#/components/schemas/';
const listed = AREAS.flatMap((area) => area.schemas.map((s) => definitionOf(s).$id));

/** Every `$ref` under `node`, with the components they lead to (transitively). */
function refsUnder(node: unknown, seen = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => refsUnder(n, seen));
  else if (node && typeof node === 'object') {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && !seen.has(ref)) {
      seen.add(ref);
      if (ref.startsWith(COMPONENT)) refsUnder(doc.components.schemas[ref.slice(COMPONENT.length)], seen);
    }
    Object.values(node).forEach((n) => refsUnder(n, seen));
  }
  return seen;
}

/** Every schema object under `node` (a crude walk: every object is a candidate). */
function* objectsUnder(node: unknown, at = ''): Generator<[string, object]> {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) yield* objectsUnder(n, `${at}/${i}`);
  else if (node && typeof node === 'object') {
    yield [at, node];
    for (const [k, n] of Object.entries(node)) yield* objectsUnder(n, `${at}/${k}`);
  }
}

describe('named schemas in the contract', () => {
  it('are exactly the ones the area manifests list, in their order, each named once', () => {
    expect(new Set(listed).size, 'a name listed twice').toBe(listed.length);
    expect(Object.keys(doc.components.schemas)).toEqual(listed);
  });

  it('are each used by an operation, and every reference resolves to one', () => {
    const used = refsUnder(doc.paths);
    for (const ref of used) {
      expect(ref.startsWith(COMPONENT), ref).toBe(true);
      expect(doc.components.schemas, ref).toHaveProperty([ref.slice(COMPONENT.length)]);
    }
    const unused = listed.filter((name) => !used.has(COMPONENT + name));
    expect(unused, 'named schemas no operation uses').toEqual([]);
    expect(() => dereference(doc)).not.toThrow();
  });

  it('are referred to by name, never repeated inline', () => {
    // An object or enum spelt out inline that equals a named one should be that name.
    const byShape = new Map(
      Object.entries(doc.components.schemas).map(([name, s]) => [
        JSON.stringify(withoutNames(dereference(doc, s))),
        name,
      ]),
    );
    const copies: string[] = [];
    const scan = (node: unknown, at: string, self?: string) => {
      for (const [pointer, schema] of objectsUnder(node, at)) {
        if (!('type' in schema || 'enum' in schema || 'anyOf' in schema) || '$ref' in schema) continue;
        const name = byShape.get(JSON.stringify(withoutNames(schema)));
        if (name && !(self === name && pointer === at)) copies.push(`${pointer} is ${name}`);
      }
    };
    scan(doc.paths, '#/paths');
    for (const [name, s] of Object.entries(doc.components.schemas)) scan(s, COMPONENT + name, name);
    expect(copies).toEqual([]);
  });

  it('make a route that uses a name no area lists fail at start', async () => {
    const Listed = named('Listed', Type.Object({ a: Type.String() }));
    const Unlisted = named('Unlisted', Type.Object({ b: Type.String() }));
    const app = Fastify();
    app.addSchema(definitionOf(Listed));
    installValidation(app, [definitionOf(Listed)]);
    app.post('/ok', { schema: { body: Listed, response: { 200: Listed } } }, async (req) => req.body);
    app.post('/unlisted', { schema: { body: Unlisted } }, async () => ({}));
    await expect(app.ready()).rejects.toThrow(/Unlisted/);
    await app.close();
  });
});

describe('compareResolved (pnpm --filter @journalkit/api openapi:diff)', () => {
  const inline = {
    paths: {
      '/x': {
        post: {
          requestBody: {
            content: {
              'application/json': { schema: { type: 'object', properties: { title: { type: 'string' } } } },
            },
          },
          responses: { 200: { description: 'ok' } },
        },
      },
    },
    components: { schemas: {} },
  };
  const namedDoc = {
    paths: {
      '/x': {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/X' } } } },
          responses: { 200: { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: { X: { $id: 'X', title: 'X', type: 'object', properties: { title: { type: 'string' } } } },
    },
  };

  it('finds a contract and its named spelling the same', () => {
    expect(compareResolved(inline, namedDoc)).toEqual([]);
  });

  it('finds a changed rule, a lost property and a removed operation', () => {
    const changed = structuredClone(namedDoc);
    Object.assign(changed.components.schemas.X.properties.title, { maxLength: 5 });
    expect(compareResolved(inline, changed)).toEqual([
      'POST /x: /requestBody/content/application~1json/schema/properties/title/maxLength (added)',
    ]);
    const lost = structuredClone(namedDoc);
    lost.components.schemas.X.properties = {} as never;
    expect(compareResolved(inline, lost)).toEqual([
      'POST /x: /requestBody/content/application~1json/schema/properties/title (removed)',
    ]);
    expect(compareResolved(inline, { paths: {}, components: { schemas: {} } })).toEqual(['POST /x: removed']);
  });
});
