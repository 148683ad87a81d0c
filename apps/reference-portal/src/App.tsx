import { JournalkitThemeProvider } from '@journalkit/ui';
import { Suspense } from 'react';
import type { PortalConfig } from './config';
import { usePortalI18n, usePortalT } from './i18n/i18n';
import { PortalRoutes } from './routes/PortalRoutes';
import { Router, useRouter } from './router/router';
import { resolveTenant } from './tenant/resolveTenant';
import { StatusScreen } from './tenant/StatusScreen';
import { TenantApp } from './tenant/TenantApp';

export function App({ config }: { config: PortalConfig }) {
  return (
    <Router>
      <TenantFromLocation config={config} />
    </Router>
  );
}

/** `/t/<slug>/…` or a mapped host → that tenant's portal; anything else → a hint where to go. */
function TenantFromLocation({ config }: { config: PortalConfig }) {
  const { pathname } = useRouter();
  const location = resolveTenant({ hostname: window.location.hostname, pathname }, config.hosts);
  if (!location) return <NoTenant />;
  return (
    <TenantApp key={location.slug} location={location} apiUrl={config.apiUrl}>
      <PortalRoutes />
    </TenantApp>
  );
}

function NoTenant() {
  const { i18n, locale } = usePortalI18n(navigator.language || 'en');
  return (
    <JournalkitThemeProvider locale={locale} i18n={i18n}>
      <Suspense fallback={null}>
        <NoTenantMessage />
      </Suspense>
    </JournalkitThemeProvider>
  );
}

function NoTenantMessage() {
  const t = usePortalT('common');
  return <StatusScreen title={t('app.noTenantTitle')} description={t('app.noTenantDescription')} />;
}
