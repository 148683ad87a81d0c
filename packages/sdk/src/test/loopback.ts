// Test helpers: real HTTP servers on 127.0.0.1 (never mocked fetch), and the API's own harness.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { JournalkitError } from '../errors';

/** The part of apps/api/test/harness.ts these tests use (a real Fastify API + PGlite on loopback). */
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

interface Harness {
  PLATFORM_KEY: string;
  startTestApi(env?: Record<string, string>): Promise<TestApi>;
}

// Imported by a computed path so the SDK's type check does not compile the API's sources (they
// have their own tsconfig and typecheck); vitest resolves it at run time relative to this file.
const HARNESS = pathToFileURL(
  resolve(fileURLToPath(import.meta.url), '../../../../../apps/api/test/harness.ts'),
).href;
const harness = (await import(/* @vite-ignore */ HARNESS)) as Harness;
export const PLATFORM_KEY = harness.PLATFORM_KEY;
export const startTestApi = (env?: Record<string, string>) => harness.startTestApi(env);

export interface Hit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Loopback {
  url: string;
  hits: Hit[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, hit: Hit, index: number) => void | Promise<void>;

/** A real HTTP server on loopback; every request is recorded in `hits` before `handler` runs. */
export async function startLoopback(handler: Handler): Promise<Loopback> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const hit: Hit = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      hits.push(hit);
      Promise.resolve(handler(req, res, hit, hits.length - 1)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : undefined);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON (or problem+json) answer. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  res.writeHead(status, { 'content-type': type, ...headers }).end(JSON.stringify(body));
}

/**
 * A reverse proxy to `target` on loopback. `decide` may return 'drop' to let the request reach
 * the API and then cut the connection before the answer (a response lost on the way back).
 */
export async function startProxy(
  target: string,
  decide: (hit: Hit, index: number) => 'drop' | undefined = () => undefined,
  extra?: Handler,
): Promise<Loopback> {
  return startLoopback(async (req, res, hit, index) => {
    if (extra && req.url?.startsWith('/v1/events')) return extra(req, res, hit, index);
    const headers = new Headers();
    for (const [k, v] of Object.entries(hit.headers)) {
      if (typeof v === 'string' && !['host', 'connection', 'content-length'].includes(k)) headers.set(k, v);
    }
    const upstream = await fetch(target + hit.url, {
      method: hit.method,
      headers,
      body: hit.method === 'GET' || hit.method === 'HEAD' ? undefined : hit.body,
    });
    const text = await upstream.text();
    if (decide(hit, index) === 'drop') {
      res.socket?.destroy();
      return;
    }
    const out: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection') out[k] = v;
    });
    res.writeHead(upstream.status, out).end(text);
  });
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf<E = JournalkitError>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the promise to reject');
}
