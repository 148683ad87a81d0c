import type { Account } from '@journalkit/sdk';
import { useAccounts, useArchiveAccount, useUnarchiveAccount } from '@journalkit/sdk/react';
import { vars as t } from '@journalkit/theme';
import { Button, EmptyState, PlusIcon, Skeleton, Switch, useToast } from '@journalkit/ui';
import { useEffect, useState } from 'react';
import styled from 'styled-components';
import { usePortalT } from '../../../i18n/i18n';
import { useRouter } from '../../../router/router';
import { Page } from '../../Page';
import { JournalNav } from '../JournalNav';
import { AccountCard } from './AccountCard';
import { AccountDialog } from './AccountDialog';

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${t.space[3]};
`;

const List = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  gap: ${t.space[4]};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Note = styled.p`
  margin: 0;
  color: ${t.color.textMuted};
`;

/** Accounts are few; the list asks for the API's largest page. */
const LIMIT = 200;

/** The dialog keeps its account while it closes, so its title does not change mid-animation. */
type DialogState = { open: boolean; account?: Account | undefined };

/**
 * The user's broker accounts: create (also from `?create`), edit, archive with undo, and the
 * archived ones behind a switch.
 */
export function AccountsPage() {
  const tr = usePortalT('journal');
  const { pathname, search, navigate } = useRouter();
  const { toast } = useToast();
  const [showArchived, setShowArchived] = useState(false);
  // Archived ones too, always: the switch then shows them at once, and an empty list is known to
  // be empty (not "everything archived").
  const accounts = useAccounts({ includeArchived: true, limit: LIMIT });
  const archive = useArchiveAccount();
  const unarchive = useUnarchiveAccount();
  const [dialog, setDialog] = useState<DialogState>(() => ({
    open: new URLSearchParams(search).has('create'),
  }));
  // `?create` (the import page's link) opens the dialog once; reloading later should not.
  useEffect(() => {
    if (new URLSearchParams(search).has('create')) navigate(pathname, { replace: true });
  }, [search, pathname, navigate]);

  const failed = (error: unknown) =>
    toast({
      tone: 'negative',
      title: tr('accounts.actionFailed', { reason: error instanceof Error ? error.message : '' }),
    });
  const restore = (account: Account) =>
    unarchive.mutate(account.id, {
      onSuccess: (a) => toast({ tone: 'positive', title: tr('accounts.unarchivedToast', { name: a.name }) }),
      onError: failed,
    });
  const archiveAccount = (account: Account) =>
    archive.mutate(account.id, {
      onSuccess: (a) =>
        toast({
          title: tr('accounts.archivedToast', { name: a.name }),
          description: tr('accounts.archivedToastDescription'),
          action: {
            label: tr('accounts.undo'),
            altText: tr('accounts.undoAltText'),
            onClick: () => restore(a),
          },
        }),
      onError: failed,
    });
  const busyId = archive.isPending ? archive.variables : unarchive.isPending ? unarchive.variables : null;

  const list = accounts.data?.data ?? [];
  const active = list.filter((a) => a.archivedAt === null);
  const archived = list.filter((a) => a.archivedAt !== null);
  const shown = showArchived ? [...active, ...archived] : active;
  const create = (
    <Button startIcon={<PlusIcon />} onClick={() => setDialog({ open: true })}>
      {tr('accounts.create')}
    </Button>
  );

  return (
    <Page title={tr('accounts.title')} description={tr('accounts.description')}>
      <JournalNav current="accounts" />
      {list.length > 0 && (
        <Toolbar>
          <Switch
            label={tr('accounts.showArchived')}
            checked={showArchived}
            onCheckedChange={setShowArchived}
          />
          {create}
        </Toolbar>
      )}
      {accounts.isError ? (
        <EmptyState variant="card" titleAs="h2" tone="negative" title={tr('loadError')} />
      ) : accounts.isPending ? (
        <Skeleton lines={4} />
      ) : active.length === 0 && archived.length === 0 ? (
        <EmptyState
          variant="card"
          titleAs="h2"
          title={tr('accounts.emptyTitle')}
          description={tr('accounts.emptyDescription')}
          actions={create}
        />
      ) : (
        <>
          {active.length === 0 && !showArchived && <Note>{tr('accounts.allArchived')}</Note>}
          {shown.length > 0 && (
            <List aria-label={tr('accounts.listLabel')}>
              {shown.map((account) => (
                <li key={account.id}>
                  <AccountCard
                    account={account}
                    busy={busyId === account.id}
                    onEdit={() => setDialog({ open: true, account })}
                    onArchive={() => archiveAccount(account)}
                    onUnarchive={() => restore(account)}
                  />
                </li>
              ))}
            </List>
          )}
          {showArchived && archived.length === 0 && <Note>{tr('accounts.noArchived')}</Note>}
          {accounts.data?.nextCursor && <Note>{tr('accounts.firstOnly', { count: LIMIT })}</Note>}
        </>
      )}
      <AccountDialog
        open={dialog.open}
        account={dialog.account}
        onOpenChange={(open) => setDialog((d) => ({ ...d, open }))}
        onSaved={(account, created) => {
          setDialog((d) => ({ ...d, open: false }));
          toast({
            tone: 'positive',
            title: tr(created ? 'accounts.created' : 'accounts.saved', {
              name: account.name,
            }),
          });
        }}
      />
    </Page>
  );
}
