import { Redirect, relativePath, useRouter } from '../router/router';
import { useTenant } from '../tenant/context';
import { RoutePage } from './RoutePage';
import { nextPath, publicSections, resolvePath, SIGN_IN_PATH } from './sections';
import { SessionScope } from './SessionScope';
import { PortalShell } from './shell/PortalShell';
import { NotFoundScreen } from './shell/StatusPages';

/**
 * The address → a page of the route tables (`sections.ts`). Signed out: the public pages
 * (sign-in); an address of no page says so; any other leads to `/sign-in?next=…`. Signed in: the
 * shell and the page (`/` and the public pages lead home, or back to `next`).
 */
export function PortalRoutes() {
  const { pathname, search } = useRouter();
  const { basePath, session } = useTenant();
  const path = relativePath(pathname, basePath);
  const open = resolvePath(path, publicSections);
  if (!session) {
    if (open.kind === 'page') return <RoutePage page={open} />;
    if (path !== '/' && resolvePath(path).kind === 'notFound') return <NotFoundScreen />;
    const next = path === '/' ? '' : `?next=${encodeURIComponent(path + search)}`;
    return <Redirect to={`${basePath}${SIGN_IN_PATH}${next}`} />;
  }
  if (path === '/' || open.kind === 'page') return <Redirect to={nextPath(search, basePath)} />;
  return (
    <SessionScope session={session}>
      <PortalShell path={path} resolved={resolvePath(path)} />
    </SessionScope>
  );
}
