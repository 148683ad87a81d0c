// The portal's Content-Security-Policy. One definition for the two places it is sent: the
// `<meta http-equiv>` the build writes into index.html (holds on any static host), and the
// response header a host adds (which can name the exact API origin and `frame-ancestors`, neither
// of which a static file can know or carry). Browsers enforce both: a request must pass each.
// Used by vite.config.ts (build only: Vite's dev server needs inline scripts for its HMR) and by
// the test's static server.

export type CspDirectives = Record<string, readonly string[]>;

/** Loopback over plain http: a local API (`pnpm start`, tests). Never another host without TLS. */
export const LOOPBACK_HTTP = ['http://127.0.0.1:*', 'http://localhost:*'] as const;

/**
 * What every page of the portal needs, and no more:
 * - scripts only from the portal's own origin (its bundle and `/config.js`): no inline script, no
 *   `eval`, so injected markup cannot run code;
 * - styles from the origin plus inline `<style>` (styled-components and the theme's CSS variables
 *   are injected at run time; a static host cannot hand out per-response nonces);
 * - images from the origin, any https host (tenant logos and favicons are https URLs or paths by
 *   the theme schema), `data:` (the placeholder favicon) and `blob:` (screenshots shown before and
 *   after upload);
 * - `connect-src`: see {@link metaPolicy} / {@link headerPolicy};
 * - no plugins, no `<base>` elsewhere, forms post only to the portal.
 */
export function baseDirectives(connectSrc: readonly string[]): CspDirectives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'https:', 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': connectSrc,
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/** `https://api.example.com/v1` → `https://api.example.com`; undefined when not an http(s) URL. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The policy the build writes into index.html. The API's URL is runtime configuration
 * (`/config.js`), unknown at build time, so `connect-src` allows any https origin plus loopback
 * http (and the build-time `VITE_JOURNALKIT_API_URL` origin when one is set). `frame-ancestors`
 * cannot be set from a meta element (browsers ignore it there): send {@link headerPolicy}.
 */
export function metaPolicy(buildApiUrl?: string): CspDirectives {
  const extra = originOf(buildApiUrl);
  const connect = ["'self'", 'https:', ...LOOPBACK_HTTP];
  const loopback = extra && /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?$/.test(extra);
  if (extra && extra.startsWith('http:') && !loopback) connect.push(extra);
  return baseDirectives(connect);
}

export interface HeaderPolicyOptions {
  /** The API origin the deployment's `/config.js` names (`https://api.journal.example.com`). */
  apiOrigin: string;
  /** Who may frame the portal: `'none'` (default) or the partner sites that embed it. */
  frameAncestors?: readonly string[];
}

/** The policy a host sends as a `Content-Security-Policy` header: the exact API origin, framing. */
export function headerPolicy({ apiOrigin, frameAncestors = ["'none'"] }: HeaderPolicyOptions): CspDirectives {
  const origin = originOf(apiOrigin);
  if (!origin) throw new Error(`headerPolicy: apiOrigin must be an http(s) URL (got ${apiOrigin})`);
  return { ...baseDirectives(["'self'", origin]), 'frame-ancestors': frameAncestors };
}

/** `default-src 'self'; script-src 'self'; …` */
export function serializePolicy(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}
