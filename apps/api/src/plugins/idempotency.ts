import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../db/database';
import { HttpProblem, badRequest, conflict, unprocessable } from '../lib/problems';
import { SECRET_PATTERN } from '../lib/secrets';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { scope: string; key: string };
  }
}

/** How long a record is kept, and how long an unfinished one blocks its key. */
const RETENTION = '24 hours';
const LOCK_SECONDS = 120;
const REPLAYED_HEADERS = ['content-type', 'location'];

function scopeOf(request: FastifyRequest): { scope: string; tenantId: string | null } | undefined {
  const p = request.principal;
  if (!p) return undefined;
  if (p.kind === 'platform') return { scope: 'platform', tenantId: null };
  if (p.kind === 'apiKey') return { scope: `key:${p.tenantId}:${p.keyId}`, tenantId: p.tenantId };
  return { scope: `user:${p.tenantId}:${p.userId}`, tenantId: p.tenantId };
}

function stableStringify(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
    .join(',')}}`;
}

function fingerprint(request: FastifyRequest): string {
  const body = request.body;
  const bodyText =
    body === undefined || body === null
      ? ''
      : Buffer.isBuffer(body)
        ? createHash('sha256').update(body).digest('hex')
        : stableStringify(body);
  return createHash('sha256').update(`${request.method} ${request.url}\n${bodyText}`).digest('hex');
}

/**
 * Stripe's semantics for `Idempotency-Key` on POST: the first request with a key runs and its
 * response (below 500) is stored; a retry with the same key and body gets that response again
 * (`Idempotent-Replayed: true`); the same key with another body is a 422; a duplicate arriving
 * while the first still runs is a 409 (one object gets created). A 5xx frees the key for a retry.
 */
export function installIdempotency(app: FastifyInstance, database: Database) {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const key = request.headers['idempotency-key'];
    if (key === undefined || request.routeOptions.config?.idempotent === false) return;
    if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
      throw badRequest(
        'invalid-idempotency-key',
        'Invalid Idempotency-Key',
        'Idempotency-Key must be 1 to 255 characters.',
      );
    }
    const s = scopeOf(request);
    if (!s) return;
    const fp = fingerprint(request);
    const claimed = await database.withSystem(async (trx) => {
      const inserted = await trx
        .insertInto('idempotency_keys')
        .values({
          scope: s.scope,
          key,
          tenant_id: s.tenantId,
          fingerprint: fp,
          state: 'processing',
          locked_until: sql<Date>`now() + make_interval(secs => ${LOCK_SECONDS})`,
        })
        .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) return { claimed: true as const };
      const row = await trx
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('scope', '=', s.scope)
        .where('key', '=', key)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (row.fingerprint !== fp) return { claimed: false as const, mismatch: true as const };
      if (row.state === 'complete') return { claimed: false as const, row };
      if (row.locked_until && row.locked_until.getTime() < Date.now()) {
        // The first attempt died without answering: take the key over.
        await trx
          .updateTable('idempotency_keys')
          .set({ locked_until: sql<Date>`now() + make_interval(secs => ${LOCK_SECONDS})` })
          .where('scope', '=', s.scope)
          .where('key', '=', key)
          .execute();
        return { claimed: true as const };
      }
      return { claimed: false as const, inProgress: true as const };
    });
    if (claimed.claimed) {
      request.idempotency = { scope: s.scope, key };
      return;
    }
    if ('mismatch' in claimed) {
      throw unprocessable(
        'idempotency-key-reused',
        'Idempotency-Key reused',
        'This Idempotency-Key was already used with a different request; use a new key for a new request.',
      );
    }
    if ('inProgress' in claimed) {
      const p = conflict(
        'idempotency-in-progress',
        'Request in progress',
        'A request with this Idempotency-Key is still being processed; retry shortly.',
      );
      throw new HttpProblem(
        p.status,
        'idempotency-in-progress',
        p.title,
        p.detail,
        {},
        { 'retry-after': '1' },
      );
    }
    const row = claimed.row;
    if (row.secret_withheld) {
      // The first response held a secret (a new key or token): only its hash exists, so it is
      // never shown again. Say what was created, without the secret, so the caller can revoke it.
      throw conflict(
        'idempotency-secret-not-replayed',
        'Secret shown once',
        'The request with this Idempotency-Key already ran and its response held a secret, which is shown only once and not stored. If you lost it, revoke what was created (see `created`) and make a new one.',
        { created: safeJson(row.response_body) },
      );
    }
    const headers = (row.response_headers ?? {}) as Record<string, string>;
    for (const [k, v] of Object.entries(headers)) reply.header(k, v);
    reply.header('idempotent-replayed', 'true');
    return reply.code(row.response_status ?? 200).send(row.response_body ?? '');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const idem = request.idempotency;
    if (!idem) return payload;
    request.idempotency = undefined;
    // The operation has run: its answer goes out even when the record cannot be written (the
    // database went away just now). The record stays `processing` until its lock expires, so a
    // retry in that window answers 409 rather than running the operation twice.
    try {
      await record(request, reply, payload, idem);
    } catch (err) {
      request.log.warn({ err }, 'idempotency record not saved');
    }
    return payload;
  });

  async function record(
    request: FastifyRequest,
    reply: FastifyReply,
    payload: unknown,
    idem: { scope: string; key: string },
  ) {
    if (reply.statusCode >= 500 || typeof payload !== 'string') {
      await database.withSystem((trx) =>
        trx
          .deleteFrom('idempotency_keys')
          .where('scope', '=', idem.scope)
          .where('key', '=', idem.key)
          .execute(),
      );
      return;
    }
    const headers: Record<string, string> = {};
    for (const h of REPLAYED_HEADERS) {
      const v = reply.getHeader(h);
      if (v !== undefined) headers[h] = String(v);
    }
    // Secrets are shown once and only their hash is stored: a response that carries one is kept
    // with the secret removed, and marked so that a replay refuses instead of answering it.
    const redacted = payload.replace(SECRET_PATTERN, '[shown once]');
    await database.withSystem((trx) =>
      trx
        .updateTable('idempotency_keys')
        .set({
          state: 'complete',
          response_status: reply.statusCode,
          response_headers: JSON.stringify(headers),
          response_body: redacted,
          secret_withheld: redacted !== payload,
          locked_until: null,
        })
        .where('scope', '=', idem.scope)
        .where('key', '=', idem.key)
        .execute(),
    );
  }
}

function safeJson(text: string | null): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Deletes records past retention; the app runs it hourly. */
export async function purgeIdempotencyKeys(database: Database): Promise<void> {
  await database.withSystem((trx) =>
    trx
      .deleteFrom('idempotency_keys')
      .where('created_at', '<', sql<Date>`now() - ${sql.raw(`interval '${RETENTION}'`)}`)
      .execute(),
  );
}
