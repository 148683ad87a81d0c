import { useMe, useSignOut } from '@journalkit/sdk/react';
import { AppShell, Skeleton } from '@journalkit/ui';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortalT } from '../../i18n/i18n';
import { Link, Redirect } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { HOME_PATH } from '../nextPath';
import { allows, startPath } from '../routeTable';
import { RoutePage } from '../RoutePage';
import { sections } from '../sections';
import type { Resolved } from '../sections';
import { NoAccessPage, NotFoundPage, UnreachablePage } from './StatusPages';

const MAIN_ID = 'portal-main';

const loading = <Skeleton lines={3} style={{ margin: '2rem' }} />;

/**
 * The signed-in frame: AppShell with the sections the user may open (those whose start page their
 * permissions cover), and the page of the address — or "page not found", or "no access".
 */
export function PortalShell({ path, resolved }: { path: string; resolved: Resolved }) {
  const t = usePortalT('common');
  const { i18n } = useTranslation();
  const tenant = useTenant();
  const me = useMe();
  const signOut = useSignOut();
  const user = me.data?.kind === 'user' ? me.data.user : undefined;
  const permissions: readonly string[] = me.data?.permissions ?? [];
  const current = resolved.section?.spec.id;

  // After client-side navigation, move focus to <main> so screen readers start at the new page.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(MAIN_ID)?.focus();
  }, [path]);

  // The section's strings are fetched with its code, not once its code has run.
  useEffect(() => {
    if (current) void i18n.loadNamespaces(current);
  }, [i18n, current]);

  const navigation = sections
    .filter((s) => allows(s.spec.routes[s.spec.start]!, permissions))
    .map((s) => ({
      id: s.spec.id,
      label: t(s.spec.label),
      href: `${tenant.basePath}${startPath(s.spec)}`,
      current: current === s.spec.id,
    }));

  let content;
  if (resolved.kind === 'start') content = <Redirect to={`${tenant.basePath}${resolved.to}`} />;
  else if (resolved.kind === 'notFound') content = <NotFoundPage section={resolved.section?.spec ?? null} />;
  else if (resolved.route.permission === null) content = <RoutePage page={resolved} />;
  else if (me.isPending) content = loading;
  else if (me.isError) content = <UnreachablePage onRetry={() => void me.refetch()} />;
  else if (!allows(resolved.route, permissions)) content = <NoAccessPage />;
  else content = <RoutePage page={resolved} />;

  return (
    <AppShell
      navigation={navigation}
      renderLink={(props) => <Link {...props} />}
      homeHref={`${tenant.basePath}${HOME_PATH}`}
      brandName={tenant.name}
      {...(user && { user: { name: user.displayName, email: user.email } })}
      onSignOut={() => signOut.mutate(undefined, { onSettled: () => tenant.endSession() })}
      mainId={MAIN_ID}
    >
      <Suspense fallback={loading}>{content}</Suspense>
    </AppShell>
  );
}
