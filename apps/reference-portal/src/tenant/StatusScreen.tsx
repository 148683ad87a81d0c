import { vars as t } from '@journalkit/theme';
import { AlertIcon, Button, Card, Spinner, VisuallyHidden } from '@journalkit/ui';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { usePortalT } from '../i18n/i18n';
import { useDocumentTitle } from './useDocumentHead';

const Message = styled.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: ${t.space[3]};
  max-inline-size: 28rem;
  text-align: center;
  & > h1 {
    margin: 0;
    font-family: ${t.font.family.heading};
    font-size: ${t.font.size.xl};
  }
  & > p {
    margin: 0;
    color: ${t.color.textMuted};
  }
  & > svg {
    color: ${t.color.negativeText};
    font-size: ${t.font.size['2xl']};
  }
`;

const Center = styled.div`
  display: grid;
  place-items: center;
  min-block-size: 100dvh;
  padding: 1.5rem;
  box-sizing: border-box;
`;

/** Before the branding has loaded: a spinner (no tenant colours yet, so nothing flashes). */
export function Splash() {
  const t = usePortalT('common');
  return (
    <Center role="status" aria-live="polite">
      <Spinner />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}

/** A whole-page message: unknown tenant, unreachable API, no tenant in the address, no such page. */
export function StatusScreen({
  title,
  documentTitle = title,
  brand,
  description,
  actions,
  tone = 'neutral',
}: {
  title: string;
  /** The tab's title, when it says more than `title`. */
  documentTitle?: string;
  /** Above the title: the tenant's logo, on a message of a known tenant. */
  brand?: ReactNode;
  description: string;
  actions?: ReactNode;
  tone?: 'neutral' | 'negative';
}) {
  useDocumentTitle(documentTitle);
  return (
    <Center>
      <main>
        <Card variant="elevated">
          <Message {...(tone === 'negative' && { role: 'alert' })}>
            {tone === 'negative' && <AlertIcon />}
            {brand}
            <h1>{title}</h1>
            <p>{description}</p>
            {actions}
          </Message>
        </Card>
      </main>
    </Center>
  );
}

export function UnreachableScreen({ onRetry }: { onRetry: () => void }) {
  const t = usePortalT('common');
  return (
    <StatusScreen
      tone="negative"
      title={t('app.unreachableTitle')}
      description={t('app.unreachableDescription')}
      actions={
        <Button variant="outline" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
    />
  );
}
