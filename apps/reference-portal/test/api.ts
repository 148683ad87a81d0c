// The real API for end-to-end tests: `startTestApi` from apps/api/test/harness (embedded PGlite on
// loopback). Imported through a path the compiler does not follow, because the API's sources are
// typechecked by its own tsconfig (Node lib, no DOM) and clash with the portal's DOM types; this
// interface names the part of the harness the portal tests use.
import { fileURLToPath } from 'node:url';

export interface TestApi {
  url: string;
  close(): Promise<void>;
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: any; text: string }>;
  createTenant(slug?: string): Promise<{ tenantId: string; slug: string; apiKey: string }>;
  createUser(
    apiKey: string,
    input: { roles?: string[]; email?: string; externalId?: string; password?: string },
  ): Promise<{ userId: string; token: string }>;
}

const harness = fileURLToPath(new URL('../../api/test/harness.ts', import.meta.url));

export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const mod = (await import(/* @vite-ignore */ harness)) as {
    startTestApi(env?: Record<string, string>): Promise<TestApi>;
  };
  return mod.startTestApi(env);
}
