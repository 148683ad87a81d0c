/** Which tenant a URL belongs to, and the path prefix its routes live under. */
export interface TenantLocation {
  slug: string;
  /** `/t/acme` for path-based tenants, `''` for a tenant on its own host. */
  basePath: string;
}

const SLUG = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const PATH = new RegExp(`^/t/(${SLUG})(?=/|$)`);

/**
 * `/t/<slug>/…` on any host, else the host map (`journal.acme.com` → `acme`), else none.
 * Slugs follow the API's pattern (lowercase letters, digits, inner dashes), so a path can never
 * smuggle anything else into API calls.
 */
export function resolveTenant(
  { hostname, pathname }: { hostname: string; pathname: string },
  hosts: Readonly<Record<string, string>>,
): TenantLocation | null {
  const match = PATH.exec(pathname);
  if (match) return { slug: match[1]!, basePath: `/t/${match[1]!}` };
  const slug = hosts[hostname.toLowerCase()];
  if (slug && new RegExp(`^${SLUG}$`).test(slug)) return { slug, basePath: '' };
  return null;
}
