import { EmptyState } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { renderPage } from '../routeTable';
import type { SectionPageProps, SectionPages } from '../routeTable';
import type { learn } from './routes';

/** Placeholder until the learn pages land: says what is coming. */
function LearnHome() {
  const t = usePortalT('learn');
  const { name } = useTenant();
  return (
    <Page title={t('title')}>
      <EmptyState
        variant="card"
        titleAs="h2"
        title={t('emptyTitle')}
        description={t('emptyDescription', { name })}
      />
    </Page>
  );
}

const pages: SectionPages<typeof learn> = { home: LearnHome };

export default function LearnSection(props: SectionPageProps<typeof learn>) {
  return renderPage(pages, props);
}
