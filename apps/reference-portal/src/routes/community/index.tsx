import { EmptyState } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { renderPage } from '../routeTable';
import type { SectionPageProps, SectionPages } from '../routeTable';
import type { community } from './routes';

/** Placeholder until the community pages land: says what is coming. */
function CommunityHome() {
  const t = usePortalT('community');
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

const pages: SectionPages<typeof community> = { home: CommunityHome };

export default function CommunitySection(props: SectionPageProps<typeof community>) {
  return renderPage(pages, props);
}
