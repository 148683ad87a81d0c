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
