// Test helpers: real HTTP servers on 127.0.0.1 (never mocked fetch), and the API's own harness.
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { JournalkitError } from '../errors';

/** The part of apps/api/test/harness.ts these tests use (a real Fastify API + PGlite on loopback). */
export interface TestApi {
  url: string;
  app: { server: Server };
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

/**
 * Closes a test API. Node's server.close() waits (up to headersTimeout, 60 s) for a connection that
 * has not sent a request yet, and Fastify's idle-connection closing does not cover that case; such
 * a socket can be left by the test process's shared fetch pool, so cut every connection first.
 */
export async function stopTestApi(api: TestApi): Promise<void> {
  const closing = api.close();
  api.app.server.closeAllConnections();
  await closing;
}

export interface Hit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body's bytes, as sent (uploads are not UTF-8). */
  raw: Buffer;
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
      const raw = Buffer.concat(chunks);
      const hit: Hit = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: raw.toString('utf8'),
        raw,
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
    // node:http without keep-alive: no pooled upstream sockets outlive a test and hold the API open.
    const headers = { ...hit.headers, host: new URL(target).host, connection: 'close' };
    delete headers['content-length'];
    const body = hit.method === 'GET' || hit.method === 'HEAD' ? undefined : hit.raw;
    if (body !== undefined) headers['content-length'] = String(body.length);
    const upstream = await new Promise<IncomingMessage>((resolveUpstream, reject) => {
      const r = request(target + hit.url, { method: hit.method, headers, agent: false }, resolveUpstream);
      r.on('error', reject);
      r.end(body);
    });
    const chunks: Buffer[] = [];
    for await (const chunk of upstream) chunks.push(chunk as Buffer);
    if (decide(hit, index) === 'drop') {
      res.socket?.destroy();
      return;
    }
    const out = { ...upstream.headers };
    delete out.connection;
    delete out['transfer-encoding'];
    res.writeHead(upstream.statusCode ?? 502, out).end(Buffer.concat(chunks));
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
