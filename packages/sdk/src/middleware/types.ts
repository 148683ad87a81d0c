/** What every middleware callback receives. */
export interface MiddlewareContext {
  /** The request of this attempt (a middleware may have replaced it). */
  request: Request;
  /** The schema path, e.g. `/v1/users/{userId}` (or the raw path for `client.fetch`). */
  readonly schemaPath: string;
  /** The `params` the call was made with. */
  readonly params: { readonly path?: object; readonly query?: object };
  /** A unique id of the call, shared by its retries. */
  readonly id: string;
  /** 0 for the first attempt, 1 for the first retry, … */
  readonly attempt: number;
}

/**
 * Middleware, as in openapi-fetch: `onRequest` runs in order before each attempt and may return a
 * new `Request`, or a `Response` to answer without the network; `onResponse` runs in reverse
 * order and may return a new `Response`; `onError` runs in reverse order when fetch itself fails
 * (network, CORS) and may return a `Response` to recover or an `Error` to throw instead.
 * API errors (4XX/5XX) are responses: they reach `onResponse`, not `onError`.
 */
export interface Middleware {
  onRequest?(
    context: MiddlewareContext,
  ): Request | Response | undefined | void | Promise<Request | Response | undefined | void>;
  onResponse?(
    context: MiddlewareContext & { response: Response },
  ): Response | undefined | void | Promise<Response | undefined | void>;
  onError?(
    context: MiddlewareContext & { error: unknown },
  ): Response | Error | undefined | void | Promise<Response | Error | undefined | void>;
}
