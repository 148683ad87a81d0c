/** PostgreSQL error helpers (same codes on PGlite and PostgreSQL). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; message?: string };
  if (err?.code !== '23505') return false;
  if (!constraint) return true;
  return err.constraint === constraint || (err.message ?? '').includes(constraint);
}

/**
 * The database could not be reached or dropped the connection: a server restart or failover
 * (57P01 admin shutdown, 57P02 crash shutdown, 57P03 starting up), any connection exception
 * (class 08), a refused or reset socket, the pool's connect timeout. Not the caller's fault and
 * usually brief: the API answers 503 with Retry-After, and the pool reconnects on its own.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown };
  if (!err || typeof err !== 'object') return false;
  const code = typeof err.code === 'string' ? err.code : '';
  if (code === '57P01' || code === '57P02' || code === '57P03' || code.startsWith('08')) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND'].includes(code))
    return true;
  const message = typeof err.message === 'string' ? err.message : '';
  return /^Connection terminated|^timeout exceeded when trying to connect|^Client has encountered a connection error|^Cannot use a pool after calling end|Client was closed and is not queryable/.test(
    message,
  );
}

/** The users_keep_an_owner trigger (0005) refused to leave a tenant without an active owner. */
export function isLastOwnerViolation(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === 'P0001' && err.constraint === 'users_last_owner';
}
