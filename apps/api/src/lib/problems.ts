/**
 * RFC 9457 problem details. Every error the API answers is one of these, with a stable `type`
 * URI under PROBLEM_BASE that clients can switch on (the SDK exposes it as `error.type`).
 */
export const PROBLEM_BASE = 'https://journalkit.dev/problems/';

export interface FieldError {
  /** JSON pointer into the request part, e.g. `/body/email` or `/query/limit`. */
  field: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export class HttpProblem extends Error {
  readonly type: string;
  constructor(
    readonly status: number,
    slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.type = PROBLEM_BASE + slug;
  }
}

export const badRequest = (slug: string, title: string, detail: string, ext?: Record<string, unknown>) =>
  new HttpProblem(400, slug, title, detail, ext);
export const unauthorized = (detail = 'Send a valid API key or token as `Authorization: Bearer <token>`.') =>
  new HttpProblem(
    401,
    'unauthenticated',
    'Authentication required',
    detail,
    {},
    { 'www-authenticate': 'Bearer' },
  );
/** "The request has 2 invalid fields: /body/a must …; /body/b must …." */
export const invalidFieldsDetail = (errors: readonly FieldError[]) =>
  `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}: ${errors
    .map((e) => `${e.field} ${e.message}`)
    .join('; ')}.`;

/** The 400 validation-error problem for field errors found beyond what a schema can say. */
export const invalidFields = (errors: FieldError[]) =>
  badRequest('validation-error', 'Invalid request', invalidFieldsDetail(errors), { errors });

export const forbidden = (detail: string) => new HttpProblem(403, 'forbidden', 'Permission denied', detail);
export const notFound = (what: string) =>
  new HttpProblem(404, 'not-found', 'Not found', `${what} does not exist or is not visible to you.`);
export const conflict = (slug: string, title: string, detail: string, ext?: Record<string, unknown>) =>
  new HttpProblem(409, slug, title, detail, ext);
export const unprocessable = (slug: string, title: string, detail: string, ext?: Record<string, unknown>) =>
  new HttpProblem(422, slug, title, detail, ext);
