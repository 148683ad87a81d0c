import type { SystemDatabase } from '../../db/database';
import { HttpProblem } from '../../lib/problems';

/**
 * Password-guessing limits after OWASP's authentication guidance: failures are counted per
 * client address, per account (tenant + email, whether or not it exists, so both answer alike)
 * and per remembered device, in the database (every API process sees the same counts). Each
 * sign-in is counted before the password is checked — a burst of parallel guesses cannot slip
 * through between check and count — and a success takes its own count back. Past a free
 * allowance every further attempt doubles the wait (1 s, 2 s, 4 s … at most 15 minutes); attempts
 * during a wait are refused without looking at the password and are not counted, so the wait
 * never grows while nobody tries. A device that signed in before presents its device token and
 * is counted on its own instead of the account: failures from elsewhere cannot lock the account's
 * owner out of the devices they use (OWASP's "device cookies").
 */
export interface ThrottlePolicy {
  /** Attempts counted before any wait. */
  free: number;
  /** Longest wait between attempts, seconds. */
  maxWaitSeconds: number;
  /** Counts restart after this long without an attempt, seconds. */
  windowSeconds: number;
}

export const SIGN_IN_POLICIES = {
  address: { free: 30, maxWaitSeconds: 900, windowSeconds: 3600 },
  account: { free: 5, maxWaitSeconds: 900, windowSeconds: 3600 },
  device: { free: 10, maxWaitSeconds: 900, windowSeconds: 3600 },
} satisfies Record<string, ThrottlePolicy>;

export function waitSeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.free) return 0;
  return Math.min(policy.maxWaitSeconds, 2 ** Math.min(30, failures - policy.free - 1));
}

export function signInThrottled(retryAfterSeconds: number): HttpProblem {
  return new HttpProblem(
    429,
    'sign-in-throttled',
    'Too many sign-in attempts',
    `Too many sign-in attempts. Try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );
}

export class SignInThrottle {
  constructor(
    private readonly database: SystemDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts an attempt under `key`; throws the 429 problem instead when the key is in a wait.
   * Several keys are taken in order; a refusal leaves the keys taken before it counted.
   */
  async attempt(key: string, policy: ThrottlePolicy): Promise<void> {
    const retryAfter = await this.database.withSystem(async (trx) => {
      await trx
        .insertInto('auth_throttle')
        .values({ key, failures: 0, last_failure_at: new Date(0), blocked_until: null })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const row = await trx
        .selectFrom('auth_throttle')
        .selectAll()
        .where('key', '=', key)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const now = this.now();
      if (row.blocked_until && row.blocked_until.getTime() > now) {
        return Math.max(1, Math.ceil((row.blocked_until.getTime() - now) / 1000));
      }
      const fresh = row.last_failure_at.getTime() < now - policy.windowSeconds * 1000;
      const failures = fresh ? 1 : row.failures + 1;
      const wait = waitSeconds(failures, policy);
      await trx
        .updateTable('auth_throttle')
        .set({
          failures,
          last_failure_at: new Date(now),
          blocked_until: wait ? new Date(now + wait * 1000) : null,
        })
        .where('key', '=', key)
        .execute();
      return 0;
    });
    if (retryAfter) throw signInThrottled(retryAfter);
  }

  /** A successful sign-in: the account's and device's counts start over; the address's loses this attempt. */
  async succeeded(reset: string[], takeBack: Array<[string, ThrottlePolicy]>): Promise<void> {
    await this.database.withSystem(async (trx) => {
      if (reset.length) await trx.deleteFrom('auth_throttle').where('key', 'in', reset).execute();
      for (const [key, policy] of takeBack) {
        await trx
          .updateTable('auth_throttle')
          .set((eb) => ({
            failures: eb('failures', '-', 1),
            blocked_until: eb
              .case()
              .when('failures', '<=', policy.free + 1)
              .then(null)
              .else(eb.ref('blocked_until'))
              .end(),
          }))
          .where('key', '=', key)
          .where('failures', '>', 0)
          .execute();
      }
    });
  }

  /** Drops counters nobody has touched for a day (the app runs it hourly). */
  async purge(): Promise<void> {
    await this.database.withSystem((trx) =>
      trx
        .deleteFrom('auth_throttle')
        .where('last_failure_at', '<', new Date(this.now() - 86_400_000))
        .where((eb) =>
          eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', new Date(this.now()))]),
        )
        .execute(),
    );
  }
}
