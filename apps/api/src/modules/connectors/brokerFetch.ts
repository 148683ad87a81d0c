import { ConnectorError, type ConnectorContext } from './connector';

/** Redirects followed per request, each only to an allowed origin. */
export const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface BrokerRequest {
  /** What the user reads first, e.g. `IBKR Flex request`. */
  step: string;
  /** Origins (`https://host[:port]`) the request, and every redirect, may go to. */
  allowedOrigins: ReadonlySet<string>;
}

/**
 * The origin of an address a connector may send a broker credential to, or null when it may not:
 * an absolute http(s) URL without user info whose origin is on the allow-list. The allow-list
 * itself holds https origins only, except loopback ones an operator listed for tests (config.ts).
 */
export function allowedUrl(raw: string | URL, base: string | URL | undefined, allowed: ReadonlySet<string>) {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  if (!allowed.has(url.origin)) return null;
  url.hash = '';
  return url;
}

function networkReason(e: unknown, signal: AbortSignal): string {
  if (signal.aborted) return 'timed out';
  const cause = (e as { cause?: { code?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  return code && /^[A-Z][A-Z0-9_]{1,39}$/.test(code) ? code : 'network error';
}

async function readBounded(res: Response, maxBytes: number, step: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new ConnectorError(`${step}: the answer is larger than ${maxBytes} bytes`, false);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ConnectorError(`${step}: the answer is larger than ${maxBytes} bytes`, false);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, size);
}

/**
 * GET of a broker address that carries a credential. Only allowed origins are ever contacted:
 * redirects are not followed by fetch but here, at most MAX_REDIRECTS times and only to an allowed
 * origin. Failures are ConnectorErrors with a fixed message naming the step and the HTTP status or
 * network error code, never any of the answer's content. Answers larger than `ctx.maxBytes` fail.
 */
export async function brokerGet(start: URL, req: BrokerRequest, ctx: ConnectorContext): Promise<Buffer> {
  const first = allowedUrl(start, undefined, req.allowedOrigins);
  if (!first) throw new ConnectorError(`${req.step}: the address is not an allowed broker host`, false);
  let url: URL = first;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await ctx.fetch(url, {
        signal: ctx.signal,
        redirect: 'manual',
        headers: { 'user-agent': 'Journalkit/1.0' },
      });
    } catch (e) {
      throw new ConnectorError(
        `${req.step}: the service could not be reached (${networkReason(e, ctx.signal)})`,
        true,
      );
    }
    if (REDIRECT_STATUSES.has(res.status)) {
      await res.body?.cancel().catch(() => {});
      const location = res.headers.get('location');
      const next: URL | null = location === null ? null : allowedUrl(location, url, req.allowedOrigins);
      if (!next) {
        throw new ConnectorError(
          `${req.step}: redirected (HTTP ${res.status}) away from the allowed broker hosts; not followed`,
          false,
        );
      }
      if (hop >= MAX_REDIRECTS) {
        throw new ConnectorError(`${req.step}: more than ${MAX_REDIRECTS} redirects; not followed`, false);
      }
      url = next;
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new ConnectorError(`${req.step}: HTTP ${res.status}`, res.status >= 500 || res.status === 429);
    }
    try {
      return await readBounded(res, ctx.maxBytes, req.step);
    } catch (e) {
      if (e instanceof ConnectorError) throw e;
      throw new ConnectorError(`${req.step}: the answer broke off (${networkReason(e, ctx.signal)})`, true);
    }
  }
}

/**
 * A broker's own error text, made safe to store and show: XML entities dropped (not decoded),
 * only letters, digits, spaces and plain punctuation kept (no markup, no control or direction
 * characters, no `:` so no URL scheme), whitespace collapsed, at most `max` characters.
 */
export function sanitizeBrokerText(text: string, max = 120): string {
  const clean = text
    .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);?/gi, ' ')
    .replace(/[^\p{L}\p{N} .,;!?'()/%-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}
