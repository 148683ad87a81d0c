import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Secret kinds, recognisable by prefix (and by secret scanners). */
export const SECRET_PREFIX = {
  apiKey: 'jk_sk_',
  userToken: 'jk_ut_',
  session: 'jk_ss_',
} as const;

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
