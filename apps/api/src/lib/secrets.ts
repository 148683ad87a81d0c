import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Secret kinds, recognisable by prefix (and by secret scanners). */
export const SECRET_PREFIX = {
  apiKey: 'jk_sk_',
  userToken: 'jk_ut_',
  session: 'jk_ss_',
  device: 'jk_dt_',
} as const;

/** Any of our secrets inside a text (a response body): prefix + 43 base64url characters. */
export const SECRET_PATTERN = /jk_(?:sk|ut|ss|dt)_[A-Za-z0-9_-]{20,}/g;

/** 256 random bits, base64url, behind a recognisable prefix. */
export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** High-entropy secrets need no slow hash: SHA-256 lets the lookup be one indexed equality. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
