import { EmptyState } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import type { SectionProps } from '../sections';

/** Placeholder until the journal pages land: says what is coming. */
export default function JournalSection(_props: SectionProps) {
  const t = usePortalT();
  const { name } = useTenant();
  return (
    <Page title={t('journal.title')}>
      <EmptyState
        variant="card"
        titleAs="h2"
        title={t('journal.emptyTitle')}
        description={t('journal.emptyDescription', { name })}
      />
    </Page>
  );
}
