import type { Account } from '@journalkit/sdk';
import { vars as t } from '@journalkit/theme';
import { Badge, Button, Card, Link as UiLink, useFormatters } from '@journalkit/ui';
import styled from 'styled-components';
import { usePortalT } from '../../../i18n/i18n';
import { Link } from '../../../router/router';
import { useTenant } from '../../../tenant/context';

const Details = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
  gap: ${t.space[3]};
  margin: 0;
  & > div {
    min-inline-size: 0;
  }
  & dt {
    color: ${t.color.textMuted};
    font-size: ${t.font.size.sm};
  }
  & dd {
    margin: 0;
    font-weight: ${t.font.weight.medium};
    overflow-wrap: anywhere;
  }
`;

const Actions = styled.div`
  flex: 1;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${t.space[2]};
  & > a {
    margin-inline-start: auto;
  }
`;

interface AccountCardProps {
  account: Account;
  busy: boolean;
  onEdit: () => void;
  onArchive: () => void;
  onUnarchive: () => void;
}

/** One broker account: its settings, and edit / archive (restore when archived). */
export function AccountCard({ account, busy, onEdit, onArchive, onUnarchive }: AccountCardProps) {
  const tr = usePortalT('journal');
  const f = useFormatters();
  const { basePath } = useTenant();
  const archived = account.archivedAt !== null;
  const balance = account.startingBalance === null ? null : Number(account.startingBalance);
  const name = account.name;
  return (
    <Card
      titleAs="h2"
      title={name}
      description={[account.broker, account.brokerAccount].filter(Boolean).join(' · ')}
      actions={
        <Badge tone={archived ? 'neutral' : 'positive'}>
          {archived ? tr('accounts.archived') : tr('accounts.active')}
        </Badge>
      }
      data-state={archived ? 'archived' : 'active'}
      style={{ blockSize: '100%', boxSizing: 'border-box' }}
      footer={
        <Actions>
          <Button
            size="sm"
            variant="outline"
            tone="neutral"
            onClick={onEdit}
            aria-label={tr('accounts.editNamed', { name })}
          >
            {tr('accounts.edit')}
          </Button>
          {archived ? (
            <Button
              size="sm"
              variant="outline"
              tone="neutral"
              onClick={onUnarchive}
              loading={busy}
              aria-label={tr('accounts.unarchiveNamed', { name })}
            >
              {tr('accounts.unarchive')}
            </Button>
          ) : (
            <Button
              size="sm"
              variant="ghost"
              tone="negative"
              onClick={onArchive}
              loading={busy}
              aria-label={tr('accounts.archiveNamed', { name })}
            >
              {tr('accounts.archive')}
            </Button>
          )}
          {!archived && (
            <UiLink asChild>
              <Link href={`${basePath}/journal/import?account=${encodeURIComponent(account.id)}`}>
                {tr('accounts.importInto')}
              </Link>
            </UiLink>
          )}
        </Actions>
      }
    >
      <Details>
        <div>
          <dt>{tr('accounts.currency')}</dt>
          <dd>{account.currency}</dd>
        </div>
        <div>
          <dt>{tr('accounts.timezone')}</dt>
          <dd>{account.timezone.replace(/_/g, ' ')}</dd>
        </div>
        <div>
          <dt>{tr('accounts.startingBalance')}</dt>
          <dd data-part="starting-balance">
            {balance === null || !Number.isFinite(balance)
              ? tr('accounts.notSet')
              : f.money(balance, account.currency)}
          </dd>
        </div>
        {archived && (
          <div>
            <dt>{tr('accounts.archived')}</dt>
            <dd>{f.date(account.archivedAt!)}</dd>
          </div>
        )}
      </Details>
    </Card>
  );
}
