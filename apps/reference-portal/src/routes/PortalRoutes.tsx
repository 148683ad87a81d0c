import { Redirect, relativePath, useRouter } from '../router/router';
import { useTenant } from '../tenant/context';
import { nextPath } from './sections';
import { SessionScope } from './SessionScope';
import { PortalShell } from './shell/PortalShell';
import { SignInPage } from './signIn/SignInPage';

/**
 * Signed out: every address leads to `/sign-in?next=…`. Signed in: the shell and the section of
 * the address (`/` and `/sign-in` lead home, or back to `next`).
 */
export function PortalRoutes() {
  const { pathname, search } = useRouter();
  const { basePath, session } = useTenant();
  const path = relativePath(pathname, basePath);
  if (!session) {
    if (path === '/sign-in') return <SignInPage />;
    const next = path === '/' ? '' : `?next=${encodeURIComponent(path + search)}`;
    return <Redirect to={`${basePath}/sign-in${next}`} />;
  }
  if (path === '/' || path === '/sign-in') return <Redirect to={nextPath(search, basePath)} />;
  return (
    <SessionScope session={session}>
      <PortalShell path={path} />
    </SessionScope>
  );
}
