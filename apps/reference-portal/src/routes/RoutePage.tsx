import { usePortalT } from '../i18n/i18n';
import { usePageTitle } from './Page';
import type { Resolved } from './sections';

type Found = Extract<Resolved, { kind: 'page' }>;

/** The tab title from the route's table (`title`), in the section's namespace: it loads with the page. */
function RouteTitle({ page }: { page: Found }) {
  const t = usePortalT(page.section.spec.id);
  usePageTitle(t(page.route.title));
  return null;
}

/** A page the matcher found: its section's module renders it with the route's parameters. */
export function RoutePage({ page }: { page: Found }) {
  const { Component } = page.section;
  return (
    <>
      <RouteTitle page={page} />
      <Component routeId={page.routeId} params={page.params} />
    </>
  );
}
