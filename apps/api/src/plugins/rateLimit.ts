import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TenantLimits } from '../db/schema';
import { HttpProblem } from '../lib/problems';

/** Defaults, overridable per tenant by the operator (`PATCH /v1/platform/tenants/{id}`). */
export const DEFAULT_LIMITS: Required<TenantLimits> = {
  userRequestsPerMinute: 600,
  apiKeyRequestsPerMinute: 6000,
};
/** Unauthenticated operations (sign-in, public tenant settings), per client address. */
const ANONYMOUS_PER_MINUTE = 120;
const WINDOW_MS = 60_000;

interface Window {
  start: number;
  count: number;
}

/**
 * Fixed one-minute windows counted in this process's memory. One API process is the reference
 * deployment; several processes behind a balancer would each allow the limit (move the counters
 * to Redis or PostgreSQL then). Answers RFC 9110 `Retry-After` and the IETF `RateLimit-*` headers.
 */
export class RateLimiter {
  #windows = new Map<string, Window>();
  #sweep: NodeJS.Timeout;
  constructor(private readonly now: () => number = Date.now) {
    this.#sweep = setInterval(() => this.sweep(), WINDOW_MS);
    this.#sweep.unref();
  }

  hit(key: string, limit: number): { allowed: boolean; remaining: number; resetSeconds: number } {
    const now = this.now();
    let w = this.#windows.get(key);
    if (!w || now - w.start >= WINDOW_MS) {
      w = { start: now, count: 0 };
      this.#windows.set(key, w);
    }
    w.count++;
    const resetSeconds = Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000));
    return { allowed: w.count <= limit, remaining: Math.max(0, limit - w.count), resetSeconds };
  }

  /** The current window's count for `key`, without counting. */
  count(key: string): { count: number; resetSeconds: number } {
    const now = this.now();
    const w = this.#windows.get(key);
    if (!w || now - w.start >= WINDOW_MS) return { count: 0, resetSeconds: 0 };
    return { count: w.count, resetSeconds: Math.max(1, Math.ceil((w.start + WINDOW_MS - now) / 1000)) };
  }

  sweep() {
    const now = this.now();
    for (const [k, w] of this.#windows) if (now - w.start >= WINDOW_MS) this.#windows.delete(k);
  }

  close() {
    clearInterval(this.#sweep);
  }
}

function keyAndLimit(request: FastifyRequest): [string, number] | undefined {
  const p = request.principal;
  const limits = { ...DEFAULT_LIMITS, ...request.tenantLimits };
  if (!p) return [`ip:${request.ip}`, ANONYMOUS_PER_MINUTE];
  switch (p.kind) {
    case 'platform':
      return undefined;
    case 'apiKey':
      return [`key:${p.keyId}`, limits.apiKeyRequestsPerMinute];
    case 'user':
      return [`user:${p.tenantId}:${p.userId}`, limits.userRequestsPerMinute];
  }
}

function setHeaders(reply: FastifyReply, limit: number, remaining: number, reset: number) {
  reply.header('ratelimit-limit', limit);
  reply.header('ratelimit-remaining', remaining);
  reply.header('ratelimit-reset', reset);
  reply.header('ratelimit-policy', `${limit};w=60`);
}

export function installRateLimit(app: FastifyInstance, limiter: RateLimiter) {
  // Registered after auth: runs once the caller is known.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.routeOptions.config?.access) return;
    const kl = keyAndLimit(request);
    if (!kl) return;
    const [key, limit] = kl;
    const r = limiter.hit(key, limit);
    setHeaders(reply, limit, r.remaining, r.resetSeconds);
    if (!r.allowed) {
      throw new HttpProblem(
        429,
        'rate-limited',
        'Too many requests',
        `This caller may make ${limit} requests a minute; retry in ${r.resetSeconds} s.`,
        {},
        { 'retry-after': String(r.resetSeconds) },
      );
    }
  });
}
