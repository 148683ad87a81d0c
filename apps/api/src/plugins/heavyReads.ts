import type { FastifyInstance } from 'fastify';
import { HttpProblem } from '../lib/problems';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read that scans much of a journal (analytics): bounded per caller (installHeavyReads). */
    heavy?: boolean;
  }
}

export interface HeavyReadOptions {
  /** Heavy reads one caller may run at once; the rest wait their turn. */
  perCaller: number;
  /** Heavy reads one caller may have waiting; past this, 429. */
  queue: number;
  /** Longest wait for a turn, ms; past it, 429. */
  waitMs: number;
}

interface Slot {
  running: number;
  waiting: Array<() => void>;
}

/**
 * Heavy reads are bounded per caller: one user's dashboard firing six analytics queries at once
 * runs them `perCaller` at a time, so on a small database (one embedded PGlite connection) other
 * users' requests are served between them instead of queueing behind all six. A caller with too
 * many waiting gets 429 with Retry-After rather than an unbounded queue.
 */
export function installHeavyReads(app: FastifyInstance, opts: HeavyReadOptions) {
  const slots = new Map<string, Slot>();
  const release = (key: string) => {
    const slot = slots.get(key);
    if (!slot) return;
    const next = slot.waiting.shift();
    if (next) next();
    else if (--slot.running === 0) slots.delete(key);
  };
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.heavy) return;
    const p = request.principal;
    if (!p || p.kind === 'platform') return;
    const key = p.kind === 'user' ? `user:${p.tenantId}:${p.userId}` : `key:${p.keyId}`;
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { running: 0, waiting: [] }));
    if (slot.running >= opts.perCaller) {
      if (slot.waiting.length >= opts.queue) throw busy();
      const s = slot;
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          s.waiting.splice(s.waiting.indexOf(turn), 1);
          reject(busy());
        }, opts.waitMs);
        s.waiting.push(turn);
      });
      // The turn was handed over by release(): `running` already counts this request.
    } else {
      slot.running++;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      release(key);
    };
    reply.raw.once('finish', finish);
    reply.raw.once('close', finish);
  });
}

const busy = () =>
  new HttpProblem(
    429,
    'too-many-concurrent-requests',
    'Too many requests at once',
    'This caller already has several heavy reads (analytics) running and waiting; retry when they have finished.',
    {},
    { 'retry-after': '1' },
  );
