import { Button, EmptyState } from '@journalkit/ui';
import { usePortalT } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { useTenant } from '../../tenant/context';

/** The dashboard of a journal without trades: create an account first, or import into one. */
export function JournalStart({ hasAccounts }: { hasAccounts: boolean }) {
  const tr = usePortalT('journal');
  const { basePath } = useTenant();
  // With accounts but no trades: import into one; without: create one first.
  const start = hasAccounts
    ? {
        title: tr('noTradesTitle'),
        description: tr('noTradesDescription'),
        href: `${basePath}/journal/import`,
        label: tr('importLink'),
      }
    : {
        title: tr('startTitle'),
        description: tr('startDescription'),
        href: `${basePath}/journal/accounts?create`,
        label: tr('accounts.create'),
      };
  return (
    <EmptyState
      variant="card"
      titleAs="h2"
      title={start.title}
      description={start.description}
      actions={
        <Button asChild>
          <Link href={start.href}>{start.label}</Link>
        </Button>
      }
    />
  );
}
