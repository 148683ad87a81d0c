import { EmptyState } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import type { SectionProps } from '../sections';

/** Placeholder until the learn pages land: says what is coming. */
export default function LearnSection(_props: SectionProps) {
  const t = usePortalT();
  const { name } = useTenant();
  return (
    <Page title={t('learn.title')}>
      <EmptyState
        variant="card"
        titleAs="h2"
        title={t('learn.emptyTitle')}
        description={t('learn.emptyDescription', { name })}
      />
    </Page>
  );
}
