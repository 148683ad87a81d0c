import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import type { Access } from '../auth/permissions';
import { AREAS } from '../areas';
import { DOCS_PREFIX, access as accessRule, securityFor } from '../auth/route';

const DESCRIPTION = `The Journalkit API: trading journal, education and community for your users, under your brand.

**Authentication.** Send \`Authorization: Bearer <credential>\`:
- a tenant **API key** (\`jk_sk_…\`) from your servers: manage users, mint end-user tokens;
- an **end-user token** (\`jk_ut_…\`, minted by your backend) or a portal **session** (\`jk_ss_…\`) from browsers;
- the operator's **platform key** for \`/v1/platform/*\`.

Each operation lists the permission it needs in \`x-permission\`.

**Errors** are \`application/problem+json\` (RFC 9457) with a stable \`type\` URI. **Lists** return
\`{data, nextCursor}\`; pass \`nextCursor\` back as \`cursor\`. **POST** accepts \`Idempotency-Key\`.
**Rate limits** answer 429 with \`Retry-After\` and \`RateLimit-*\` headers.`;

const COMPONENT = '#/components/schemas/';
type Components = Record<string, { examples?: unknown }> | undefined;

/**
 * A request body that is a named schema shows that schema's examples as the operation's example,
 * where they were when the schema was inline (a `$ref` cannot carry them: OpenAPI drops its
 * siblings). Returns the components whose examples moved, to take them off once every operation
 * has its copy.
 */
function showBodyExamples(op: { requestBody?: unknown }, schemas: Components, moved: Set<string>) {
  const content = (op.requestBody as { content?: Record<string, Record<string, unknown>> } | undefined)
    ?.content;
  for (const media of Object.values(content ?? {})) {
    const ref = (media.schema as { $ref?: string } | undefined)?.$ref;
    if (!ref?.startsWith(COMPONENT) || 'example' in media || 'examples' in media) continue;
    const name = ref.slice(COMPONENT.length);
    const examples = schemas?.[name]?.examples;
    if (!Array.isArray(examples) || examples.length === 0) continue;
    if (examples.length === 1) media.example = examples[0];
    else media.examples = Object.fromEntries(examples.map((value, i) => [`example${i + 1}`, { value }]));
    moved.add(name);
  }
}

/**
 * OpenAPI 3.1 from the route schemas; served at /openapi.json and /docs, committed as
 * apps/api/openapi.json. Named schemas (the areas' manifests list them) are its
 * `components.schemas`, referred to by name (buildLocalReference keeps the `$id`).
 */
export async function installOpenApi(app: FastifyInstance) {
  const accessByOperation = new Map<string, Access>();
  app.addHook('onRoute', (route) => {
    const id = (route.schema as { operationId?: string } | undefined)?.operationId;
    const access = route.config?.access;
    if (id && access) accessByOperation.set(id, access);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Journalkit API', version: '1.0.0', description: DESCRIPTION },
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'A tenant API key (`jk_sk_…`), for servers.',
          },
          userToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'An end-user token (`jk_ut_…`) or portal session (`jk_ss_…`).',
          },
          platformKey: { type: 'http', scheme: 'bearer', description: 'The operator’s platform key.' },
        },
      },
      // Area by area, as the manifests list them (areas/index.ts).
      tags: AREAS.flatMap((area) => area.tags.map((t) => ({ ...t }))),
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    transform: ({ schema, url, route }) => {
      const access = route.config?.access;
      if (!schema || !access) return { schema, url };
      const multipart = route.config?.multipartBody;
      return {
        schema: {
          ...schema,
          security: securityFor(access),
          ...(multipart ? { body: multipart, consumes: ['multipart/form-data'] } : {}),
        },
        url,
      };
    },
    transformObject: (documentObject) => {
      const doc =
        'openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject;
      const schemas = (doc as { components?: { schemas?: Components } }).components?.schemas;
      const moved = new Set<string>();
      for (const item of Object.values(doc.paths ?? {})) {
        for (const op of Object.values(item as Record<string, { operationId?: string }>)) {
          showBodyExamples(op as { requestBody?: unknown }, schemas, moved);
          const access = op?.operationId ? accessByOperation.get(op.operationId) : undefined;
          if (!access) continue;
          (op as Record<string, unknown>)['x-permission'] =
            access.kind === 'tenant' ? (access.permission ?? 'authenticated') : access.kind;
          if (access.kind === 'tenant' && access.principals) {
            (op as Record<string, unknown>)['x-principals'] = access.principals;
          }
        }
      }
      for (const name of moved) delete schemas![name]!.examples;
      return doc;
    },
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
  app.get('/openapi.json', { schema: { hide: true }, config: accessRule.public() }, async () =>
    app.swagger(),
  );
}
