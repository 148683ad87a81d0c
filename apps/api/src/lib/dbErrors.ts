/** PostgreSQL error helpers (same codes on PGlite and PostgreSQL). */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; message?: string };
  if (err?.code !== '23505') return false;
  if (!constraint) return true;
  return err.constraint === constraint || (err.message ?? '').includes(constraint);
}
