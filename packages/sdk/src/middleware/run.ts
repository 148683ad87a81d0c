import { JournalkitNetworkError } from '../errors';
import type { Middleware, MiddlewareContext } from './types';

/**
 * One attempt through the middleware chain: onRequest in order (a returned Response answers
 * without the network), fetch, then onResponse in reverse. A failed fetch goes through onError in
 * reverse; unless one recovers with a Response it is thrown as a JournalkitNetworkError (or as the
 * Error a middleware returned, or as is when the call was aborted).
 */
export async function runAttempt(
  middleware: readonly Middleware[],
  fetchImpl: (request: Request) => Promise<Response>,
  context: MiddlewareContext,
  signal: AbortSignal | null | undefined,
): Promise<Response> {
  let response: Response | undefined;
  for (const m of middleware) {
    const result = await m.onRequest?.(context);
    if (result instanceof Request) context.request = result;
    else if (result instanceof Response) {
      response = result;
      break;
    }
  }
  const reversed = [...middleware].reverse();
  if (!response) {
    try {
      response = await fetchImpl(context.request);
    } catch (error) {
      let thrown: unknown = error;
      for (const m of reversed) {
        const result = await m.onError?.({ ...context, error: thrown });
        if (result instanceof Response) {
          response = result;
          break;
        }
        if (result instanceof Error) thrown = result;
      }
      if (!response) throw thrown !== error || signal?.aborted ? thrown : new JournalkitNetworkError(error);
    }
  }
  for (const m of reversed) {
    const result: Response | undefined | void = await m.onResponse?.({ ...context, response });
    if (result instanceof Response) response = result;
  }
  return response;
}
