import { lazy } from 'react';
import type { ComponentType } from 'react';
import { admin } from './admin/routes';
import { community } from './community/routes';
import { journal } from './journal/routes';
import { learn } from './learn/routes';
import { matchPath, startPath } from './routeTable';
import type { AnySection, RouteSpec, SectionPageProps } from './routeTable';
import SignInSection from './signIn';
import { signIn } from './signIn/routes';

/** A section as the shell renders it: its route table and the component that renders its pages. */
export interface PortalSection {
  readonly spec: AnySection;
  readonly Component: ComponentType<{ routeId: string; params: Readonly<Record<string, string>> }>;
}

/**
 * A section's table with its module. The module's default export renders the table's pages (typed
 * by the table), so the one cast here holds: the matcher hands it a route id of that table and the
 * parameters of that route's path.
 */
function section<S extends AnySection>(
  spec: S,
  Component: ComponentType<SectionPageProps<S>>,
): PortalSection {
  return { spec, Component: Component as unknown as PortalSection['Component'] };
}

/**
 * The signed-in sections, in navigation order. Each is its own module (and its own chunk, loaded
 * with its strings): its folder holds its route table (`routes.ts`), its pages and its module
 * (`index.tsx`). The navigation shows a section to users allowed to open its start page.
 */
export const sections: readonly PortalSection[] = [
  section(
    journal,
    lazy(() => import('./journal')),
  ),
  section(
    learn,
    lazy(() => import('./learn')),
  ),
  section(
    community,
    lazy(() => import('./community')),
  ),
  section(
    admin,
    lazy(() => import('./admin')),
  ),
];

/** The sections a signed-out visitor may open (in the first chunk: the first page most visitors see). */
export const publicSections: readonly PortalSection[] = [section(signIn, SignInSection)];

export { HOME_PATH, nextPath, SIGN_IN_PATH } from './nextPath';

/** What an address inside the portal is. */
export type Resolved =
  | {
      kind: 'page';
      section: PortalSection;
      routeId: string;
      route: RouteSpec;
      params: Readonly<Record<string, string>>;
    }
  /** A section's own path when no page has it (`/admin`): its start page. */
  | { kind: 'start'; section: PortalSection; to: string }
  /** No page: inside a section (`/admin/users`) or in none (`/nope`). */
  | { kind: 'notFound'; section: PortalSection | null };

/**
 * The page of `path` (under the tenant's base path, as `relativePath` gives it) among `within`.
 * Where two routes match, the one with more fixed segments wins (`/x/new` over `/x/:id`).
 */
export function resolvePath(path: string, within: readonly PortalSection[] = sections): Resolved {
  for (const entry of within) {
    const { spec } = entry;
    if (path !== spec.path && !path.startsWith(`${spec.path}/`)) continue;
    let best: Extract<Resolved, { kind: 'page' }> | null = null;
    let bestFixed = -1;
    for (const [routeId, route] of Object.entries(spec.routes)) {
      const params = matchPath(route.path, path);
      const fixed = route.path.split('/').filter((s) => s && !s.startsWith(':')).length;
      if (params && fixed > bestFixed) {
        best = { kind: 'page', section: entry, routeId, route, params };
        bestFixed = fixed;
      }
    }
    if (best) return best;
    if (path === spec.path) return { kind: 'start', section: entry, to: startPath(spec) };
    return { kind: 'notFound', section: entry };
  }
  return { kind: 'notFound', section: null };
}
