import { isJournalkitError, isJournalkitNetworkError } from '@journalkit/sdk';
import { useJournalkitContext } from '@journalkit/sdk/react';
import { Button, Card, TextField } from '@journalkit/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { usePortalT } from '../../i18n/i18n';
import type { PortalTranslate } from '../../i18n/i18n';
import { useRouter } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { TenantLogo } from '../../tenant/TenantLogo';
import { useDocumentTitle } from '../../tenant/useDocumentHead';
import { nextPath } from '../sections';
import { LanguageLinks } from './LanguageLinks';
import { Brand, ErrorBox, Form, Heading, Layout } from './SignInPage.styles';

function errorMessage(error: unknown, t: PortalTranslate): string {
  if (isJournalkitNetworkError(error)) return t('signIn.network');
  if (isJournalkitError(error)) {
    if (error.status === 401 || error.status === 400 || error.status === 404) return t('signIn.invalid');
    if (error.status === 429) return t('signIn.rateLimited');
    return t('signIn.failed', { reason: error.detail || error.title });
  }
  return t('signIn.failed', { reason: error instanceof Error ? error.message : String(error) });
}

/**
 * Email + password sign-in, themed as the tenant. The SDK has no sign-in hook yet, so this calls
 * `POST /v1/auth/sign-in` with the provider's client through React Query directly.
 */
export function SignInPage() {
  const t = usePortalT();
  const tenant = useTenant();
  const { search, navigate } = useRouter();
  const { client, queryClient } = useJournalkitContext();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  useDocumentTitle(t('app.pageTitle', { page: t('signIn.pageTitle'), tenant: tenant.name }));

  const signIn = useMutation(
    {
      mutationFn: (body: { tenant: string; email: string; password: string }) =>
        client.POST('/v1/auth/sign-in', { body }),
      onSuccess: (result) => {
        tenant.signIn({ token: result.token, expiresAt: result.expiresAt });
        navigate(nextPath(search, tenant.basePath), { replace: true });
      },
    },
    queryClient,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ tenant: tenant.slug, email: email.trim(), password });
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
              <h1 id="sign-in-title">{t('signIn.title', { name: tenant.name })}</h1>
              <p>{t('signIn.description')}</p>
            </Heading>
            {signIn.isError && (
              <ErrorBox role="alert" data-part="sign-in-error">
                {errorMessage(signIn.error, t)}
              </ErrorBox>
            )}
            <TextField
              label={t('signIn.email')}
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
              label={t('signIn.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <Button type="submit" size="lg" fullWidth loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Form>
        </Card>
        <LanguageLinks />
      </main>
    </Layout>
  );
}
