/**
 * Builds the request URL: `{name}` path parameters percent-encoded; query parameters in OpenAPI's
 * default style (form, exploded: `a=1&a=2`; objects as `deepObject`: `a[b]=1`); null and
 * undefined left out; dates as ISO strings.
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  params: { path?: object; query?: object } = {},
): string {
  const pathParams = (params.path ?? {}) as Record<string, unknown>;
  const url =
    baseUrl +
    path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = pathParams[name];
      if (value === undefined || value === null)
        throw new TypeError(`Missing path parameter "${name}" for ${path}`);
      return encodeURIComponent(String(value));
    });
  const search = new URLSearchParams();
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) for (const v of value) add(key, v);
    else if (value instanceof Date) search.append(key, value.toISOString());
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    else search.append(key, String(value));
  };
  for (const [key, value] of Object.entries(params.query ?? {})) add(key, value);
  const query = search.toString();
  return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
}

/**
 * A multipart body given as an object (it holds a Blob or File): the FormData to send, else
 * undefined. Null and undefined fields are left out; objects are sent as JSON.
 */
export function toFormData(body: unknown): FormData | undefined {
  if (typeof body !== 'object' || body === null || !Object.values(body).some(isBlob)) return undefined;
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    form.append(
      key,
      isBlob(value) ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
    );
  }
  return form;
}

// Duck-typed: a Blob or File from another realm (node:buffer under jsdom, an iframe) counts too.
const isBlob = (value: unknown): value is Blob =>
  value instanceof Blob ||
  (typeof (value as Blob | null)?.arrayBuffer === 'function' && typeof (value as Blob).type === 'string');

/** Bodies sent as they are; anything else is JSON. */
export const isRawBody = (body: unknown): body is BodyInit =>
  body instanceof FormData ||
  body instanceof Blob ||
  body instanceof URLSearchParams ||
  body instanceof ArrayBuffer ||
  ArrayBuffer.isView(body);

/** A random id: the Idempotency-Key of a POST, the id of a call. Works outside secure contexts too. */
export const randomId = (): string =>
  globalThis.crypto.randomUUID?.() ??
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
