/** When and how long to wait before trying a failed request again. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  retries?: number;
  /** First backoff step in ms, doubled on each retry, with jitter. Default 500. */
  baseDelay?: number;
  /**
   * The longest wait in ms. A `Retry-After` longer than this is not waited for: the error is
   * thrown at once (with `retryAfter` set) so the caller decides. Default 30 000.
   */
  maxDelay?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, baseDelay: 500, maxDelay: 30_000 };

/** Seconds from a `Retry-After` header (delay-seconds or an HTTP date). */
export function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/**
 * The wait in ms before retry number `attempt + 1`, or -1 not to retry. `Retry-After` is honoured
 * as sent; otherwise exponential backoff with "equal jitter": half the step plus a random half.
 */
export function retryDelay(policy: Required<RetryOptions>, attempt: number, retryAfter?: number): number {
  if (attempt >= policy.retries) return -1;
  if (retryAfter !== undefined) {
    const ms = retryAfter * 1000;
    return ms > policy.maxDelay ? -1 : ms;
  }
  const step = Math.min(policy.maxDelay, policy.baseDelay * 2 ** attempt);
  return step / 2 + (Math.random() * step) / 2;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
