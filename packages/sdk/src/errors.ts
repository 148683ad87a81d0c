import type { components } from './generated/schema';

/** The API's RFC 9457 problem body. */
export type Problem = components['schemas']['Problem'];
/** One item of a problem's `errors`: a field error or, for uploaded files, a row error. */
export type ProblemError = NonNullable<Problem['errors']>[number];
/** An invalid request field: a JSON pointer (`/body/email`) and a message. */
export type FieldError = Extract<ProblemError, { field: string }>;
/** A rejected line of an uploaded file (imports): its 1-based number and why. */
export type RowError = Extract<ProblemError, { line: number }>;

// A registered symbol, not `instanceof`: the ESM and CJS builds (or two copies of the package)
// each have their own classes, and the guards must still recognise each other's errors.
const KIND = Symbol.for('journalkit.error');

/** The API answered with an error (a problem+json body, or a bare status from a proxy). */
export class JournalkitError extends Error {
  /** The HTTP status. */
  readonly status: number;
  /** The problem type URI, e.g. `https://journalkit.dev/problems/rate-limited`. */
  readonly type: string;
  /** The last segment of `type`, handy in a `switch`: `rate-limited`, `validation-error`, … */
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  /**
   * Field errors of a validation problem, or row errors of a rejected file (empty otherwise).
   * Narrow with `'field' in e` / `'line' in e`.
   */
  readonly errors: ProblemError[];
  /** The API's request id: quote it to support. */
  readonly requestId: string | undefined;
  /** Seconds to wait, from `Retry-After`, when the API sent one. */
  readonly retryAfter: number | undefined;
  /** The whole problem body, with any extension members. */
  readonly problem: Problem;
  readonly response: Response;

  constructor(problem: Problem, response: Response, retryAfter?: number) {
    super(problem.detail || problem.title);
    Object.defineProperty(this, KIND, { value: 'api' });
    this.name = 'JournalkitError';
    this.problem = problem;
    this.status = problem.status;
    this.type = problem.type;
    this.code = problem.type.slice(problem.type.lastIndexOf('/') + 1);
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId ?? response.headers.get('x-request-id') ?? undefined;
    this.retryAfter = retryAfter;
    this.response = response;
  }
}

/** No response arrived: DNS, connection refused or reset, CORS, offline. `cause` is fetch's error. */
export class JournalkitNetworkError extends Error {
  constructor(cause: unknown) {
    super(`Network request failed${cause instanceof Error ? `: ${cause.message}` : ''}`, { cause });
    Object.defineProperty(this, KIND, { value: 'network' });
    this.name = 'JournalkitNetworkError';
  }
}

/** Narrows an unknown error to an API error. */
export const isJournalkitError = (error: unknown): error is JournalkitError =>
  (error as Record<symbol, unknown> | null)?.[KIND] === 'api';

/** Narrows an unknown error to a network failure (no response). */
export const isJournalkitNetworkError = (error: unknown): error is JournalkitNetworkError =>
  (error as Record<symbol, unknown> | null)?.[KIND] === 'network';

/** Reads an error response into a {@link JournalkitError}, whatever its body. */
export async function toJournalkitError(
  response: Response,
  retryAfter: number | undefined,
): Promise<JournalkitError> {
  const text = await response.text().catch(() => '');
  let body: Partial<Problem> | undefined;
  try {
    body = JSON.parse(text) as Partial<Problem>;
  } catch {
    // Not JSON: a proxy or load balancer answered.
  }
  const problem: Problem =
    body && typeof body.type === 'string'
      ? (body as Problem)
      : {
          type: 'about:blank',
          title: response.statusText || `HTTP ${response.status}`,
          status: response.status,
          detail: text.slice(0, 500),
        };
  problem.status = response.status;
  return new JournalkitError(problem, response, retryAfter);
}
