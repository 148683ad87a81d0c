import type { Access, Permission } from './permissions';

/**
 * Route config for an operation: who may call it. `auth` plugin enforces it before validation,
 * the OpenAPI transform publishes it (`security`, `x-permission`), and the authorization matrix
 * test reads it back from openapi.json.
 */
export const access = {
  public: (): { access: Access } => ({ access: { kind: 'public' } }),
  platform: (): { access: Access } => ({ access: { kind: 'platform' } }),
  tenant: (
    permission: Permission | null,
    principals?: ReadonlyArray<'apiKey' | 'user'>,
  ): { access: Access } => ({
    access: { kind: 'tenant', permission, ...(principals ? { principals } : {}) },
  }),
};

/** Where the API reference UI is served: its routes are public by name (plugins/auth.ts). */
export const DOCS_PREFIX = '/docs';

export function securityFor(a: Access): Array<Record<string, string[]>> {
  type Sec = Record<string, string[]>;
  switch (a.kind) {
    case 'public':
      return [];
    case 'platform':
      return [{ platformKey: [] }];
    case 'tenant': {
      const p = a.principals ?? ['apiKey', 'user'];
      return p.map((k): Sec => (k === 'apiKey' ? { apiKey: [] } : { userToken: [] }));
    }
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Replayable with an Idempotency-Key (default: every POST). */
    idempotent?: boolean;
    /** A multipart/form-data body: documented in OpenAPI only (read by the handler, not validated). */
    multipartBody?: object;
  }
}
