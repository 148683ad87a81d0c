import { vars as t } from '@journalkit/theme';
import type { ReactNode } from 'react';
import styled from 'styled-components';
import { usePortalT } from '../i18n/i18n';
import { useTenant } from '../tenant/context';
import { useDocumentTitle } from '../tenant/useDocumentHead';

const PageRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[6]};
  inline-size: 100%;
  max-inline-size: 72rem;
  margin-inline: auto;
  padding-block: ${t.space[7]};
  padding-inline: ${t.space[5]};
  box-sizing: border-box;
`;

const Heading = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  & > h1 {
    margin: 0;
    font-family: ${t.font.family.heading};
    font-size: ${t.font.size['3xl']};
    font-weight: ${t.font.weight.bold};
    line-height: ${t.font.lineHeight.tight};
  }
  & > p {
    margin: 0;
    color: ${t.color.textMuted};
    max-inline-size: 60ch;
  }
`;

/** `document.title` for a page of the tenant's portal: "Trades · Acme Trading". */
export function usePageTitle(page: string) {
  const t = usePortalT('common');
  const { name } = useTenant();
  useDocumentTitle(t('app.pageTitle', { page, tenant: name }));
}

/**
 * A page of the signed-in portal: its `<h1>` and an optional lead paragraph. The tab title is the
 * route's (its table's `title`), set where the route is rendered.
 */
export function Page({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <PageRoot data-part="page">
      <Heading>
        <h1>{title}</h1>
        {description && <p>{description}</p>}
      </Heading>
      {children}
    </PageRoot>
  );
}
