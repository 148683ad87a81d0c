import type { Me } from '@journalkit/sdk';
import { createElement } from 'react';
import type { ComponentType, ReactElement } from 'react';
import type { NamespacedKey, PortalKey, PortalNamespace } from '../i18n/types';

/** A permission of the API (`resource:action`), as `GET /v1/me` lists the caller's. */
export type Permission = Me['permissions'][number];

type ParamName<P extends string> = P extends `${infer Head}/${infer Tail}`
  ? ParamName<Head> | ParamName<Tail>
  : P extends `:${infer Name}`
    ? Name
    : never;

/** The parameters of a path: `/journal/trades/:tradeId` → `{ tradeId: string }` (decoded). */
export type RouteParams<P extends string> = { readonly [K in ParamName<P>]: string };

/** One page of a section. */
export interface RouteSpec<N extends PortalNamespace = PortalNamespace> {
  /** Under the tenant's base path; a `:name` segment is a parameter (`/journal/trades/:tradeId`). */
  readonly path: `/${string}`;
  /**
   * What the page needs among the caller's permissions (`GET /v1/me`); without it the page says
   * "you do not have access". `null`: any signed-in user (in the public sign-in section: anyone).
   */
  readonly permission: Permission | null;
  /** The page's name (the document title, the section's navigation): a key of its namespace or `common`. */
  readonly title: NamespacedKey<N | 'common'>;
}

/**
 * A section of the portal: its pages, its catalog namespace (named as the section, loaded with
 * its pages), its name in the shell's navigation and the page it starts on.
 */
export interface SectionSpec<
  N extends PortalNamespace = PortalNamespace,
  R extends Record<string, RouteSpec<N>> = Record<string, RouteSpec<N>>,
> {
  /** The section's id, which is also its catalog namespace. */
  readonly id: N;
  /** Every route's path starts with it; the path itself leads to `start` when no page has it. */
  readonly path: `/${string}`;
  /** Its name in the navigation and in "Go to …" links: a `common` key (the shell has every section's). */
  readonly label: PortalKey<'common'>;
  /** The section's first page: its navigation link and where "Go to …" leads. */
  readonly start: keyof R & string;
  readonly routes: R;
}

/** Any section's spec (structural: a spec's `start` is one of its own route ids). */
export interface AnySection {
  readonly id: PortalNamespace;
  readonly path: `/${string}`;
  readonly label: PortalKey<'common'>;
  readonly start: string;
  readonly routes: Readonly<Record<string, RouteSpec>>;
}
export type RouteId<S extends AnySection> = keyof S['routes'] & string;
export type ParamsOf<S extends AnySection, K extends RouteId<S>> = RouteParams<S['routes'][K]['path']>;

/** A page of `S` with its parameters, as the matcher found it: what a section module renders. */
export type SectionPageProps<S extends AnySection> = {
  [K in RouteId<S>]: { readonly routeId: K; readonly params: ParamsOf<S, K> };
}[RouteId<S>];

/** Every page component of `S`, each taking its route's parameters as props. */
export type SectionPages<S extends AnySection> = {
  readonly [K in RouteId<S>]: ComponentType<ParamsOf<S, K>>;
};

/** The element of the page the matcher found: a section module's body (`renderPage(pages, props)`). */
export function renderPage<S extends AnySection>(
  pages: SectionPages<S>,
  { routeId, params }: SectionPageProps<S>,
): ReactElement {
  const Page = pages[routeId] as ComponentType<Readonly<Record<string, string>>>;
  return createElement(Page, params);
}

/**
 * Declares a section (checked when the module loads: each route under the section's path, paths
 * well formed and distinct, the start page one of its routes).
 */
export function defineSection<const N extends PortalNamespace, const R extends Record<string, RouteSpec<N>>>(
  spec: SectionSpec<N, R>,
): SectionSpec<N, R> {
  const seen = new Set<string>();
  for (const [id, route] of Object.entries(spec.routes)) {
    const where = `${spec.id}.routes.${id}`;
    if (route.path !== spec.path && !route.path.startsWith(`${spec.path}/`))
      throw new Error(`${where}: ${route.path} is not under ${spec.path}`);
    if (!/^(\/(:[a-zA-Z]\w*|[\w.~-]+))+$/.test(route.path))
      throw new Error(`${where}: ${route.path} is not a path of plain segments and :params`);
    const shape = route.path.replace(/:\w+/g, ':');
    if (seen.has(shape)) throw new Error(`${where}: another route has the path ${route.path}`);
    seen.add(shape);
  }
  const start = spec.routes[spec.start];
  if (!start) throw new Error(`${spec.id}: start ${spec.start} is not one of its routes`);
  if (start.path.includes(':')) throw new Error(`${spec.id}: its start page ${start.path} takes parameters`);
  return spec;
}

/**
 * The parameters of `path` against a route's `pattern` (both under the tenant's base path), or
 * `null`: segment by segment, a `:name` taking one non-empty segment, percent-decoded.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      if (!h) return null;
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null; // a malformed escape (`%E0%A4%A`) is no page
      }
    } else if (w !== h) return null;
  }
  return params;
}

/** The path of a route with its parameters filled in (each encoded): `/journal/trades/a%2Fb`. */
export function pathTo<P extends string>(
  route: { readonly path: P },
  ...[params]: keyof RouteParams<P> extends never ? [] : [RouteParams<P>]
): string {
  const values = (params ?? {}) as Record<string, string>;
  return route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name]!));
}

/** The path a section starts on (`defineSection` holds its start page free of parameters). */
export const startPath = (spec: AnySection): string => spec.routes[spec.start]!.path;

/** Whether a caller with `permissions` may open `route`. */
export const allows = (route: RouteSpec, permissions: readonly string[]): boolean =>
  route.permission === null || permissions.includes(route.permission);
