import { useMe } from '@journalkit/sdk/react';
import { EmptyState, Skeleton } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { Redirect } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import type { SectionProps } from '../sections';
import { BrandingPage } from './branding/BrandingPage';

/** Admin pages, for users allowed to change the tenant (`tenant:update`). `/admin` → Branding. */
export default function AdminSection({ subPath }: SectionProps) {
  const t = usePortalT();
  const tenant = useTenant();
  const me = useMe();
  if (me.isPending) return <Skeleton lines={3} style={{ margin: '2rem' }} />;
  if (!me.data?.permissions.includes('tenant:update'))
    return (
      <Page title={t('admin.title')}>
        <EmptyState
          variant="card"
          titleAs="h2"
          title={t('admin.forbiddenTitle')}
          description={t('admin.forbiddenDescription', { name: tenant.name })}
        />
      </Page>
    );
  if (subPath === '/') return <Redirect to={`${tenant.basePath}/admin/branding`} />;
  if (subPath === '/branding') return <BrandingPage />;
  return (
    <Page title={t('app.notFoundTitle')}>
      <EmptyState variant="card" titleAs="h2" title={t('app.notFoundTitle')} />
    </Page>
  );
}
