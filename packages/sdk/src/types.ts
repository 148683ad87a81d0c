import type {
  FilterKeys,
  IsOperationRequestBodyOptional,
  MediaType,
  OperationRequestBodyContent,
  PathsWithMethod,
  Readable,
  RequiredKeysOf,
  ResponseObjectMap,
  SuccessResponse,
  Writable,
} from 'openapi-typescript-helpers';
import type { components, operations, paths } from './generated/schema';
import type { Middleware } from './middleware/types';
import type { RetryOptions } from './retry';

/** The HTTP methods the client exposes. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The paths of `Paths` that have an operation for `M`. */
export type PathsFor<Paths, M extends Method> = PathsWithMethod<Paths & object, Lowercase<M>>;

/** The generated operation object for a path and method. */
export type OperationOf<Paths, P, M extends Method> = FilterKeys<FilterKeys<Paths, P>, Lowercase<M>>;

type ParamsOption<Op> = Op extends { parameters: infer Params }
  ? RequiredKeysOf<Params> extends never
    ? { params?: Params }
    : { params: Params }
  : { params?: never };

/** The fields of a multipart/form-data body, when the operation takes one. */
type MultipartOf<Op> = Op extends { requestBody?: infer R }
  ? [NonNullable<R>] extends [never]
    ? never
    : NonNullable<R> extends { content: { 'multipart/form-data': infer Fields } }
      ? Fields
      : never
  : never;

/**
 * A multipart body: the fields as an object (string fields, binary ones among them, take a Blob or
 * File; other values are sent as strings, objects as JSON), or a FormData you built.
 */
export type FormBody<Fields> =
  { [K in keyof Fields]: string extends Fields[K] ? Fields[K] | Blob : Fields[K] } | FormData;

type BodyType<Op> = [MultipartOf<Op>] extends [never]
  ? Writable<OperationRequestBodyContent<Op>>
  : FormBody<MultipartOf<Op>>;

type BodyOption<Op> =
  Writable<OperationRequestBodyContent<Op>> extends never
    ? { body?: never }
    : IsOperationRequestBodyOptional<Op> extends true
      ? { body?: BodyType<Op> }
      : { body: BodyType<Op> };

/** Options every call accepts, whatever the operation. */
export interface CallOptions extends Omit<RequestInit, 'method' | 'body' | 'headers' | 'signal'> {
  /** Extra headers for this call (they win over the client's). */
  headers?: HeadersInit;
  /** Cancels the call, including any wait between retries. */
  signal?: AbortSignal | null;
  /**
   * POST only: the `Idempotency-Key` to send. By default every POST gets a fresh random key,
   * reused by its retries, so a retried create never duplicates. `false` sends none (and then the
   * POST is never retried).
   */
  idempotencyKey?: string | false;
  /** Overrides the client's retry policy for this call; `false` disables retries. */
  retry?: RetryOptions | false;
}

/** The second argument of a call: `params` (path, query), `body` and {@link CallOptions}. */
export type CallInit<Op> = ParamsOption<Op> & BodyOption<Op> & CallOptions;

/** The init argument is optional exactly when nothing in it is required. */
export type CallArgs<Op> =
  RequiredKeysOf<CallInit<Op>> extends never ? [init?: CallInit<Op>] : [init: CallInit<Op>];

/** What a successful call resolves to (the 2XX body of the operation). */
export type ResponseData<Op> =
  ResponseObjectMap<Op> extends infer R extends Record<string | number, unknown>
    ? Readable<SuccessResponse<R, MediaType>>
    : never;

/** The data type of `GET path`, for use in your own code: `Data<'/v1/me'>`. */
export type DataOf<Paths, P extends PathsFor<Paths, M>, M extends Method = 'GET'> = ResponseData<
  OperationOf<Paths, P, M>
>;

/**
 * A named schema of the API's contract (`components.schemas` of apps/api/openapi.json):
 * `SchemaOf<'JournalEntry'>`. The SDK's model types (`Trade`, `User` …) are these, by name.
 */
export type SchemaOf<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The query parameters of an operation, by its operationId: `QueryOf<'listTrades'>`. */
export type QueryOf<Id extends keyof operations> = operations[Id] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

/** A typed method: `client.GET('/v1/users/{userId}', { params: { path: { userId } } })`. */
export type MethodCall<Paths, M extends Method> = <P extends PathsFor<Paths, M>>(
  path: P,
  ...init: CallArgs<OperationOf<Paths, P, M>>
) => Promise<ResponseData<OperationOf<Paths, P, M>>>;

/** GET paths that answer a `{data, nextCursor}` page. */
export type PaginatedPath<Paths> = {
  [P in PathsFor<Paths, 'GET'>]: ResponseData<OperationOf<Paths, P, 'GET'>> extends {
    data: readonly unknown[];
    nextCursor: string | null;
  }
    ? P
    : never;
}[PathsFor<Paths, 'GET'>];

/** The item type of a paginated GET path. */
export type ItemOf<Paths, P extends PathsFor<Paths, 'GET'>> =
  ResponseData<OperationOf<Paths, P, 'GET'>> extends { data: readonly (infer Item)[] } ? Item : never;

/** A token, or nothing for anonymous calls. */
export type TokenValue = string | null | undefined;

export interface ClientOptions {
  /** The API's origin, with any path prefix: `https://journal.example.com`. */
  baseUrl: string;
  /**
   * A static credential: an end-user token in browsers, or a tenant API key on servers.
   * Use `getToken` instead when tokens expire.
   */
  token?: string;
  /**
   * Returns the current end-user token (e.g. from your backend's token endpoint). Called on the
   * first request, its result is cached, and it is called again once when the API answers 401;
   * concurrent 401s share one refresh.
   */
  getToken?: () => TokenValue | Promise<TokenValue>;
  /** A fetch implementation; the platform fetch by default. */
  fetch?: (request: Request) => Promise<Response>;
  /** Sent as `Accept-Language`; a function is read on every request. */
  locale?: string | (() => string | undefined);
  /** The retry policy of every call (see {@link RetryOptions}); `false` disables retries. */
  retry?: RetryOptions | false;
  /** Middleware run on every attempt: onRequest in order, onResponse and onError in reverse. */
  middleware?: Middleware[];
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /**
   * Identifies this client in React Query keys. Two clients (two tenants, two users) never share
   * cached data. Defaults to a per-instance id; set it when you dehydrate queries on a server.
   */
  scope?: string;
  /** Allows an API key (`jk_sk_…`) in a browser. Never do this in production: the key leaks. */
  dangerouslyAllowBrowser?: boolean;
}

/** Options of {@link JournalkitClient.fetch}: a raw request through the client's pipeline. */
export interface RawInit extends CallOptions {
  method?: Method;
  body?: BodyInit | null;
}

export interface JournalkitClient<Paths extends object = paths> {
  GET: MethodCall<Paths, 'GET'>;
  POST: MethodCall<Paths, 'POST'>;
  PUT: MethodCall<Paths, 'PUT'>;
  PATCH: MethodCall<Paths, 'PATCH'>;
  DELETE: MethodCall<Paths, 'DELETE'>;
  /** Like the method calls, and resolves to the `Response` too (status, headers). */
  request<M extends Method, P extends PathsFor<Paths, M>>(
    method: M,
    path: P,
    ...init: CallArgs<OperationOf<Paths, P, M>>
  ): Promise<{ data: ResponseData<OperationOf<Paths, P, M>>; response: Response }>;
  /** Every item of a cursor-paginated list, fetching page after page as you iterate. */
  paginate<P extends PaginatedPath<Paths>>(
    path: P,
    ...init: CallArgs<OperationOf<Paths, P, 'GET'>>
  ): AsyncIterableIterator<ItemOf<Paths, P>>;
  /**
   * An untyped request through auth, locale, middleware, retries and errors that resolves to the
   * unread `Response` (a non-2XX still throws). For streams and operations not yet in the schema.
   */
  fetch(path: string, init?: RawInit): Promise<Response>;
  /** Adds middleware after the existing ones. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware. */
  eject(...middleware: Middleware[]): void;
  /** This client's cache scope (see {@link ClientOptions.scope}). */
  readonly scope: string;
  readonly baseUrl: string;
}
