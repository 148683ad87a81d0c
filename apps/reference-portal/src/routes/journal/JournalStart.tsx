import { Button, EmptyState } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useTenant } from '../../tenant/context';

/** The dashboard of a journal without trades: create an account first, or import into one. */
export function JournalStart({ hasAccounts }: { hasAccounts: boolean }) {
  const tr = usePortalT();
  const { basePath } = useTenant();
  return hasAccounts ? (
    <EmptyState
      variant="card"
      titleAs="h2"
      title={tr('journal.noTradesTitle')}
      description={tr('journal.noTradesDescription')}
      actions={
        <Button asChild>
          <Link href={`${basePath}/journal/import`}>{tr('journal.importLink')}</Link>
        </Button>
      }
    />
  ) : (
    <EmptyState
      variant="card"
      titleAs="h2"
      title={tr('journal.startTitle')}
      description={tr('journal.startDescription')}
      actions={
        <Button asChild>
          <Link href={`${basePath}/journal/accounts?create`}>{tr('journal.accounts.create')}</Link>
        </Button>
      }
    />
  );
}
