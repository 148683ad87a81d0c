import { journal } from './journal/routes';
import { startPath } from './routeTable';
import { signIn } from './signIn/routes';

/** Where the portal starts: the journal's dashboard. */
export const HOME_PATH = startPath(journal);
/** The sign-in page, where every address leads a signed-out visitor. */
export const SIGN_IN_PATH = startPath(signIn);

// Characters a browser's URL parser strips or reinterprets before it resolves a path: C0 and C1
// controls (tabs and newlines are removed anywhere, so `/\t/evil.example` becomes
// `//evil.example`), spaces of any kind (leading ones are trimmed) and backslashes (read as `/`).
// A legitimate `next` never holds one: the portal builds it from a path it encoded itself.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNSAFE_IN_NEXT = /[\u0000-\u0020\u007f-\u009f\s\\]/u;

const FALLBACK_ORIGIN = 'https://portal.invalid';

/**
 * Where to go after sign-in: the `next` the user was sent away from, else home. `next` is a path
 * under the tenant's base path (`/admin/branding` for `/t/acme/admin/branding`). It is accepted
 * only when it is a plain relative path that, resolved the way the browser will resolve it
 * (`new URL`, dot segments and percent-encoded dots included), stays on this origin and under the
 * tenant's base path, with no empty segment (`//`, which a later navigation would read as another
 * host when it leads the path). Anything else leads home.
 */
export function nextPath(
  search: string,
  basePath: string,
  origin: string = typeof window === 'undefined' ? FALLBACK_ORIGIN : window.location.origin,
): string {
  const home = `${basePath}${HOME_PATH}`;
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || UNSAFE_IN_NEXT.test(next)) return home;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(`${basePath}${next}`, base);
  } catch {
    return home;
  }
  const path = url.pathname;
  if (url.origin !== base.origin || path.includes('//')) return home;
  if (basePath && path !== basePath && !path.startsWith(`${basePath}/`)) return home;
  const inner = path.slice(basePath.length).replace(/\/+$/, '') || '/';
  if (inner === '/' || inner === SIGN_IN_PATH || inner.startsWith(`${SIGN_IN_PATH}/`)) return home;
  return `${path}${url.search}${url.hash}`;
}
