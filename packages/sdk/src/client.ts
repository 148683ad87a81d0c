import { isJournalkitNetworkError, toJournalkitError } from './errors';
import type { paths } from './generated/schema';
import { runAttempt } from './middleware/run';
import type { Middleware } from './middleware/types';
import { DEFAULT_RETRY, retryAfterSeconds, retryDelay, sleep } from './retry';
import type { ClientOptions, JournalkitClient, Method, RawInit, TokenValue } from './types';
import { buildUrl, isRawBody, randomId, toFormData } from './url';

interface AnyInit extends Omit<RawInit, 'body'> {
  params?: { path?: object; query?: { cursor?: string | null } & object };
  body?: unknown;
}

let instances = 0;

/**
 * Creates a typed client for the Journalkit API. Every operation of the OpenAPI document is a
 * call on `GET`/`POST`/`PUT`/`PATCH`/`DELETE` with its path, checked at compile time; calls
 * resolve to the response body and throw {@link JournalkitError} (the API answered with a problem)
 * or {@link JournalkitNetworkError} (no answer). Create one per tenant and user; never share one
 * module-wide.
 */
export function createJournalkitClient<Paths extends object = paths>(
  options: ClientOptions,
): JournalkitClient<Paths> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const middleware: Middleware[] = [...(options.middleware ?? [])];
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const { getToken } = options;

  // The token in use, shared by concurrent calls; replaced once when a call using it gets a 401.
  let token: Promise<TokenValue> | undefined;
  const currentToken = () => {
    if (!token) {
      const promise = (token = Promise.resolve().then(() => (getToken ? getToken() : options.token)));
      promise.catch(() => {
        if (token === promise) token = undefined; // a failed getToken() is asked again next time
      });
    }
    return token;
  };

  async function send(method: Method, path: string, init: AnyInit = {}, raw?: boolean) {
    const { params = {}, body, headers, signal, idempotencyKey, retry, ...rest } = init;
    const policy =
      retry === false || (retry === undefined && options.retry === false)
        ? undefined
        : { ...DEFAULT_RETRY, ...(options.retry || {}), ...retry };
    const url = buildUrl(baseUrl, path, params);
    const base = new Headers(options.headers);
    new Headers(headers).forEach((value, key) => base.set(key, value));
    let payload = body as BodyInit | undefined;
    if (!raw && body !== undefined && !isRawBody(body)) {
      payload = toFormData(body);
      if (!payload) {
        payload = JSON.stringify(body);
        if (!base.has('content-type')) base.set('content-type', 'application/json');
      }
    }
    if (method === 'POST' && idempotencyKey !== false && !base.has('idempotency-key')) {
      base.set('idempotency-key', idempotencyKey || randomId());
    }
    const retryable = method === 'POST' ? base.has('idempotency-key') : method !== 'PATCH';
    const id = randomId();

    for (let attempt = 0, refreshed = false; ;) {
      const used = currentToken();
      const credential = await used;
      const requestHeaders = new Headers(base);
      if (credential) {
        if (
          credential.startsWith('jk_sk_') &&
          typeof document === 'object' &&
          !options.dangerouslyAllowBrowser
        ) {
          throw new Error(
            'Journalkit: API keys (jk_sk_…) belong on servers; in browsers use end-user tokens.',
          );
        }
        requestHeaders.set('authorization', `Bearer ${credential}`);
      }
      const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
      if (locale && !requestHeaders.has('accept-language')) requestHeaders.set('accept-language', locale);

      let response: Response | undefined;
      let failure: unknown;
      try {
        const request = new Request(url, {
          ...rest,
          method,
          headers: requestHeaders,
          body: payload ?? null,
          signal: signal ?? null,
        });
        response = await runAttempt(
          middleware,
          fetchImpl,
          { request, schemaPath: path, params, id, attempt },
          signal,
        );
      } catch (error) {
        if (signal?.aborted || !isJournalkitNetworkError(error)) throw error;
        failure = error;
      }
      if (response?.ok) {
        return { data: raw ? undefined : await parseBody(response), response };
      }
      if (response?.status === 401 && getToken && !refreshed) {
        // The token expired or was revoked: ask for a new one, once. The request never ran.
        refreshed = true;
        await response.body?.cancel();
        // No await between this and the next currentToken(): concurrent 401s share one refresh.
        if (token === used) token = undefined;
        continue;
      }
      const retryAfter = response && retryAfterSeconds(response);
      const error = response ? await toJournalkitError(response, retryAfter) : failure;
      const transient =
        !response ||
        response.status === 429 ||
        response.status === 503 ||
        (response.status === 409 && (error as { code?: string }).code === 'idempotency-in-progress');
      const delay = policy && retryable && transient ? retryDelay(policy, attempt, retryAfter) : -1;
      if (delay < 0) throw error;
      await sleep(delay, signal);
      attempt++;
    }
  }

  const call = (method: Method) => (path: string, init?: AnyInit) =>
    send(method, path, init).then((result) => result.data);

  async function* paginate(path: string, init: AnyInit = {}) {
    let cursor = init.params?.query?.cursor;
    do {
      const query = { ...init.params?.query, cursor };
      const { data } = (await send('GET', path, { ...init, params: { ...init.params, query } })) as {
        data: { data: unknown[]; nextCursor: string | null };
      };
      yield* data.data;
      cursor = data.nextCursor;
    } while (cursor);
  }

  const client = {
    GET: call('GET'),
    POST: call('POST'),
    PUT: call('PUT'),
    PATCH: call('PATCH'),
    DELETE: call('DELETE'),
    request: (method: Method, path: string, init?: AnyInit) => send(method, path, init),
    paginate,
    fetch: (path: string, init: RawInit = {}) =>
      send(init.method ?? 'GET', path, init, true).then((r) => r.response),
    use: (...added: Middleware[]) => void middleware.push(...added),
    eject: (...removed: Middleware[]) => {
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
    scope: options.scope ?? `jk${++instances}`,
    baseUrl,
  };
  return client as unknown as JournalkitClient<Paths>;
}

/** No content → undefined; JSON → parsed; anything else → text. */
async function parseBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined;
  const text = await response.text();
  if (!text) return undefined;
  return /json/i.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
}
