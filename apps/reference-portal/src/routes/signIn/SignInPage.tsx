import { isJournalkitError, isJournalkitNetworkError } from '@journalkit/sdk';
import { useJournalkitContext } from '@journalkit/sdk/react';
import { Button, Card, TextField } from '@journalkit/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { usePortalT } from '../../i18n/i18n';
import type { PortalTranslate } from '../../i18n/i18n';
import { useRouter } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { loadDeviceToken, saveDeviceToken } from '../../tenant/session';
import { TenantLogo } from '../../tenant/TenantLogo';
import { nextPath } from '../nextPath';
import { LanguageLinks } from './LanguageLinks';
import { Brand, ErrorBox, Form, Heading, Layout } from './SignInPage.styles';

function errorMessage(error: unknown, t: PortalTranslate<'signIn'>): string {
  if (isJournalkitNetworkError(error)) return t('network');
  if (isJournalkitError(error)) {
    if (error.status === 401 || error.status === 400 || error.status === 404) return t('invalid');
    if (error.status === 429) return t('rateLimited'); // without Retry-After (a proxy's 429)
    return t('failed', { reason: error.detail || error.title });
  }
  return t('failed', { reason: error instanceof Error ? error.message : String(error) });
}

/** Seconds the API asked us to wait before the next attempt (`Retry-After`), if it did. */
function waitSeconds(error: unknown): number | undefined {
  if (!isJournalkitError(error) || error.status !== 429) return undefined;
  const fromBody = error.problem['retryAfterSeconds'];
  const seconds = typeof fromBody === 'number' ? fromBody : error.retryAfter;
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/**
 * The time the next attempt is taken ("14:32:05" in the page's language), until it has come. An
 * absolute time, not a ticking countdown: the alert it sits in is read out once, not every second.
 */
function useRetryTime(until: number | null, locale: string): string | null {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    setPassed(false);
    if (until === null) return;
    const timer = setTimeout(() => setPassed(true), Math.max(0, until - Date.now()));
    return () => clearTimeout(timer);
  }, [until]);
  if (until === null || passed) return null;
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(until);
}

/**
 * Email + password sign-in, themed as the tenant. The SDK has no sign-in hook yet, so this calls
 * `POST /v1/auth/sign-in` with the provider's client through React Query directly.
 */
export function SignInPage() {
  const t = usePortalT('signIn');
  const tenant = useTenant();
  const { search, navigate } = useRouter();
  const { client, queryClient } = useJournalkitContext();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // After a 429 sign-in-throttled: when the API takes the next attempt; the form waits until then.
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const retryTime = useRetryTime(retryAt, tenant.locale);

  const signIn = useMutation(
    {
      mutationFn: (body: { tenant: string; email: string; password: string; deviceToken?: string }) =>
        // Not retried: a throttled attempt is the member's to repeat when the form says so, and
        // the SDK waiting out a 429 by itself would spend one more guess on the same password.
        client.POST('/v1/auth/sign-in', { body, retry: false }),
      onError: (error) => {
        const seconds = waitSeconds(error);
        setRetryAt(seconds === undefined ? null : Date.now() + seconds * 1000);
      },
      onSuccess: (result, body) => {
        setRetryAt(null);
        saveDeviceToken(tenant.slug, body.email, result.deviceToken);
        tenant.signIn({ token: result.token, expiresAt: result.expiresAt });
        navigate(nextPath(search, tenant.basePath), { replace: true });
      },
    },
    queryClient,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (retryTime) return;
    const address = email.trim();
    const deviceToken = loadDeviceToken(tenant.slug, address);
    signIn.mutate({ tenant: tenant.slug, email: address, password, ...(deviceToken && { deviceToken }) });
  };

  return (
    <Layout>
      <main>
        <Card variant="elevated" padding="none" data-part="sign-in-card">
          <Form onSubmit={submit} aria-labelledby="sign-in-title">
            <Brand>
              <TenantLogo />
            </Brand>
            <Heading>
              <h1 id="sign-in-title">{t('title', { name: tenant.name })}</h1>
              <p>{t('description')}</p>
            </Heading>
            {signIn.isError && (
              <ErrorBox role="alert" data-part="sign-in-error">
                {retryAt === null
                  ? errorMessage(signIn.error, t)
                  : retryTime
                    ? t('throttled', { time: retryTime })
                    : t('throttledNow')}
              </ErrorBox>
            )}
            <TextField
              label={t('email')}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              dir="ltr"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <TextField
              label={t('password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <Button
              type="submit"
              size="lg"
              fullWidth
              loading={signIn.isPending}
              disabled={retryTime !== null}
            >
              {t('submit')}
            </Button>
          </Form>
        </Card>
        <LanguageLinks />
      </main>
    </Layout>
  );
}
