import { createJournalkitClient, isJournalkitError } from '@journalkit/sdk';
import { JournalkitProvider, usePublicTenant } from '@journalkit/sdk/react';
import { isRtlLocale, JournalkitThemeProvider, ToastProvider } from '@journalkit/ui';
import { Suspense, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { usePortalI18n, usePortalT } from '../i18n/i18n';
import { useRouter } from '../router/router';
import { TenantContext } from './context';
import type { PortalTenant } from './context';
import { guessLocale, pickLocale, rememberLocale } from './locale';
import type { TenantLocation } from './resolveTenant';
import { clearSession, loadSession, saveSession } from './session';
import type { PortalSession } from './session';
import { Splash, StatusScreen, UnreachableScreen } from './StatusScreen';
import { tenantTheme } from './theme';
import { useDocumentHead } from './useDocumentHead';

interface TenantAppProps {
  location: TenantLocation;
  apiUrl: string;
  children: ReactNode;
}

/**
 * One tenant's portal. Its own API client (no credentials: public branding and sign-in) in its
 * own JournalkitProvider; the signed-in pages add a session client below (routes/SessionScope).
 */
export function TenantApp({ location, apiUrl, children }: TenantAppProps) {
  const [client] = useState(() =>
    createJournalkitClient({ baseUrl: apiUrl, scope: `portal:${location.slug}` }),
  );
  return (
    <JournalkitProvider client={client}>
      <BrandedTenant location={location} apiUrl={apiUrl}>
        {children}
      </BrandedTenant>
    </JournalkitProvider>
  );
}

/**
 * Loads the public branding, then themes everything below it: colours, logo, locale, direction.
 * Strings load by namespace (i18n/backend.ts): what renders before they have waits, unthemed for
 * the shell's own (a few milliseconds), on the tenant's canvas for a page's.
 */
function BrandedTenant({ location, apiUrl, children }: TenantAppProps) {
  const { slug, basePath } = location;
  const { search } = useRouter();
  const branding = usePublicTenant(slug);
  const [session, setSession] = useState<PortalSession | null>(() => loadSession(slug));
  const { data, refetch } = branding;
  // Until the branding says which locales the tenant has, a guess (`?lang=`, the last choice…).
  const wanted = data ? pickLocale({ search, slug }, data) : guessLocale({ search, slug });
  // The locale whose strings have loaded: it follows `wanted` once they have.
  const { i18n, locale } = usePortalI18n(wanted);
  const dir = isRtlLocale(locale) ? 'rtl' : 'ltr';
  const resolved = useMemo(() => data && tenantTheme(data.theme, slug, data.name), [data, slug]);
  useDocumentHead({ locale, dir, favicon: resolved?.theme.favicon });

  const tenant = useMemo<PortalTenant | null>(() => {
    if (!data || !resolved) return null;
    return {
      slug,
      basePath,
      apiUrl,
      name: data.name,
      locale,
      supportedLocales: data.supportedLocales,
      uploadLimits: data.uploadLimits,
      theme: resolved.theme,
      themeErrors: resolved.errors,
      session,
      signIn: (next) => {
        saveSession(slug, next);
        setSession(next);
      },
      endSession: () => {
        clearSession(slug);
        setSession(null);
      },
      refreshBranding: () => refetch(),
    };
  }, [data, resolved, slug, basePath, apiUrl, locale, session, refetch]);

  const asked = new URLSearchParams(search).get('lang');
  useEffect(() => {
    if (asked && asked === locale) rememberLocale(slug, locale);
  }, [asked, locale, slug]);

  if (!tenant) {
    return (
      <JournalkitThemeProvider locale={locale} i18n={i18n} hasBackground={false}>
        <Suspense fallback={null}>
          {branding.isPending ? (
            <Splash />
          ) : isJournalkitError(branding.error) && branding.error.status === 404 ? (
            <TenantNotFound />
          ) : (
            <UnreachableScreen onRetry={() => void refetch()} />
          )}
        </Suspense>
      </JournalkitThemeProvider>
    );
  }
  return (
    <JournalkitThemeProvider
      theme={tenant.theme}
      locale={locale}
      i18n={i18n}
      style={{ minBlockSize: '100dvh' }}
      data-tenant={slug}
    >
      <Suspense fallback={null}>
        <TenantContext.Provider value={tenant}>
          <ToastProvider>{children}</ToastProvider>
        </TenantContext.Provider>
      </Suspense>
    </JournalkitThemeProvider>
  );
}

/** No tenant with this slug (the API's 404): the one place that says "we could not find this portal". */
function TenantNotFound() {
  const t = usePortalT('common');
  return (
    <StatusScreen title={t('app.tenantNotFoundTitle')} description={t('app.tenantNotFoundDescription')} />
  );
}
