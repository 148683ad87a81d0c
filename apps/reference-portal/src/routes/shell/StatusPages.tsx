import { vars as t } from '@journalkit/theme';
import { Button } from '@journalkit/ui';
import styled from 'styled-components';
import { usePortalT } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { StatusScreen } from '../../tenant/StatusScreen';
import { TenantLogo } from '../../tenant/TenantLogo';
import { HOME_PATH } from '../nextPath';
import { Page, usePageTitle } from '../Page';
import { startPath } from '../routeTable';
import type { AnySection } from '../routeTable';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${t.space[3]};
`;

/**
 * No page at this address inside a known portal (`/admin/users`, `/journal/nope`), in the shell:
 * links to the start of the section the address is in and to the portal's start page.
 */
export function NotFoundPage({ section }: { section: AnySection | null }) {
  const tr = usePortalT('common');
  const tenant = useTenant();
  usePageTitle(tr('notFound.title'));
  const home = `${tenant.basePath}${HOME_PATH}`;
  const start = section && `${tenant.basePath}${startPath(section)}`;
  return (
    <Page title={tr('notFound.title')} description={tr('notFound.description', { name: tenant.name })}>
      <Actions data-part="not-found-links">
        {start && start !== home && (
          <Button asChild>
            <Link href={start}>{tr('notFound.sectionLink', { section: tr(section.label) })}</Link>
          </Button>
        )}
        <Button asChild variant={start && start !== home ? 'outline' : 'solid'}>
          <Link href={home}>{tr('app.homeLink')}</Link>
        </Button>
      </Actions>
    </Page>
  );
}

/** A page the user's permissions (`GET /v1/me`) do not cover: says so, and leads to the start page. */
export function NoAccessPage() {
  const tr = usePortalT('common');
  const tenant = useTenant();
  usePageTitle(tr('forbidden.title'));
  return (
    <Page title={tr('forbidden.title')} description={tr('forbidden.description', { name: tenant.name })}>
      <Actions>
        <Button asChild>
          <Link href={`${tenant.basePath}${HOME_PATH}`}>{tr('app.homeLink')}</Link>
        </Button>
      </Actions>
    </Page>
  );
}

/** `GET /v1/me` failed (not a 401, which ends the session): the permissions are unknown. */
export function UnreachablePage({ onRetry }: { onRetry: () => void }) {
  const tr = usePortalT('common');
  usePageTitle(tr('app.unreachableTitle'));
  return (
    <Page title={tr('app.unreachableTitle')} description={tr('app.unreachableDescription')}>
      <Actions>
        <Button variant="outline" onClick={onRetry}>
          {tr('app.retry')}
        </Button>
      </Actions>
    </Page>
  );
}

/** Signed out, no page at this address: the whole-page message, leading to the start (sign-in). */
export function NotFoundScreen() {
  const tr = usePortalT('common');
  const tenant = useTenant();
  return (
    <StatusScreen
      brand={<TenantLogo />}
      title={tr('notFound.title')}
      documentTitle={tr('app.pageTitle', { page: tr('notFound.title'), tenant: tenant.name })}
      description={tr('notFound.description', { name: tenant.name })}
      actions={
        <Button asChild>
          <Link href={`${tenant.basePath}/`}>{tr('app.homeLink')}</Link>
        </Button>
      }
    />
  );
}
