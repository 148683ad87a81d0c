import { useMe, useSignOut } from '@journalkit/sdk/react';
import { AppShell, EmptyState, Skeleton } from '@journalkit/ui';
import { Suspense, useEffect, useRef } from 'react';
import { usePortalT } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { HOME_PATH, matchSection, sections } from '../sections';

const MAIN_ID = 'portal-main';

/** The signed-in frame: AppShell with the sections the user may see, and the current section. */
export function PortalShell({ path }: { path: string }) {
  const t = usePortalT();
  const tenant = useTenant();
  const me = useMe();
  const signOut = useSignOut();
  const user = me.data?.kind === 'user' ? me.data.user : undefined;
  const permissions: readonly string[] = me.data?.permissions ?? [];
  const match = matchSection(path);

  // After client-side navigation, move focus to <main> so screen readers start at the new page.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(MAIN_ID)?.focus();
  }, [path]);

  const navigation = sections
    .filter((s) => !s.permission || permissions.includes(s.permission))
    .map((s) => ({
      id: s.id,
      label: t(s.label),
      href: `${tenant.basePath}${s.path}`,
      current: match?.section.id === s.id,
    }));

  const Section = match?.section.Component;
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
      <Suspense fallback={<Skeleton lines={3} style={{ margin: '2rem' }} />}>
        {Section && match ? <Section subPath={match.subPath} /> : <NotFoundPage />}
      </Suspense>
    </AppShell>
  );
}

function NotFoundPage() {
  const t = usePortalT();
  return (
    <Page title={t('app.notFoundTitle')}>
      <EmptyState variant="card" titleAs="h2" title={t('app.notFoundTitle')} />
    </Page>
  );
}
