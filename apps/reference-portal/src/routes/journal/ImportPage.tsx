import { isJournalkitError } from '@journalkit/sdk';
import type { ImportReport } from '@journalkit/sdk';
import { areaKeys, useAccounts, useImportFile, useJournalkitContext } from '@journalkit/sdk/react';
import { Button, EmptyState, ImportWizard, importRefusalOf, Skeleton } from '@journalkit/ui';
import type { ImportOutcome, ImportWizardOptions, ImportWizardReport } from '@journalkit/ui';
import { useCallback, useRef } from 'react';
import { usePortalT } from '../../i18n/i18n';
import { Link, useRouter } from '../../router/router';
import { useTenant } from '../../tenant/context';
import { Page } from '../Page';
import { JournalNav } from './JournalNav';

const toReport = (r: ImportReport): ImportWizardReport => ({
  id: r.id,
  status: r.status,
  progress: r.progress,
  rowsRead: r.rowsRead,
  inserted: r.inserted,
  duplicates: r.duplicates,
  skipped: r.skipped,
  tradesAffected: r.tradesAffected,
  warnings: r.warnings,
  errors: r.errors,
});

/** Broker file import through the ImportWizard, on the SDK's importFile and getImport. */
export function ImportPage() {
  const tr = usePortalT('journal');
  const { basePath, uploadLimits } = useTenant();
  const { search } = useRouter();
  const { client, queryClient } = useJournalkitContext();
  const accounts = useAccounts();
  const importFile = useImportFile();
  const accountIds = useRef(new Map<string, string>());
  // `?account=<id>`: the accounts page's "Import trades" link picks that account.
  const preselected = new URLSearchParams(search).get('account');

  const send = useCallback(
    async (file: File, options: ImportWizardOptions, dryRun: boolean): Promise<ImportOutcome> => {
      try {
        const report = await importFile.mutateAsync({
          accountId: options.accountId,
          form: {
            file,
            format: options.format,
            dryRun,
            ...(options.mapping ? { mapping: JSON.stringify(options.mapping) } : {}),
          },
        });
        return { report: toReport(report) };
      } catch (error) {
        // The whole file refused (too large, not an export, another broker's format): the wizard
        // says what the file is and what to do, in the member's language.
        const refused = isJournalkitError(error) ? importRefusalOf(error.problem) : null;
        if (refused) return { refused };
        if (isJournalkitError(error) && error.status === 422)
          return {
            message: error.detail,
            errors: error.errors.flatMap((e) => ('line' in e ? [{ line: e.line, reason: e.reason }] : [])),
          };
        throw error;
      }
    },
    [importFile],
  );
  const onImport = useCallback(
    async (file: File, options: ImportWizardOptions) => {
      const outcome = await send(file, options, false);
      if ('report' in outcome && outcome.report.id)
        accountIds.current.set(outcome.report.id, options.accountId);
      return outcome;
    },
    [send],
  );
  const onPollImport = useCallback(
    async (importId: string) => {
      const accountId = accountIds.current.get(importId) ?? '';
      const report = await client.GET('/v1/accounts/{accountId}/imports/{importId}', {
        params: { path: { accountId, importId } },
      });
      return toReport(report);
    },
    [client],
  );
  const onDone = useCallback(
    () =>
      void Promise.all(
        (['trades', 'analytics', 'accounts'] as const).map((area) =>
          queryClient.invalidateQueries({ queryKey: areaKeys(area).all(client) }),
        ),
      ),
    [client, queryClient],
  );

  return (
    <Page title={tr('importTitle')} description={tr('importDescription')}>
      <JournalNav current="import" />
      {accounts.isError ? (
        <EmptyState variant="card" titleAs="h2" tone="negative" title={tr('loadError')} />
      ) : accounts.isPending ? (
        <Skeleton lines={4} />
      ) : !accounts.data.data.length ? (
        <EmptyState
          variant="card"
          titleAs="h2"
          title={tr('noAccounts')}
          description={tr('noAccountsDescription')}
          actions={
            <Button asChild>
              <Link href={`${basePath}/journal/accounts?create`}>{tr('goToAccounts')}</Link>
            </Button>
          }
        />
      ) : (
        <ImportWizard
          accounts={accounts.data.data.map((a) => ({ id: a.id, name: a.name }))}
          {...(preselected && accounts.data.data.some((a) => a.id === preselected)
            ? { defaultAccountId: preselected }
            : {})}
          onDryRun={(file, options) => send(file, options, true)}
          onImport={onImport}
          onPollImport={onPollImport}
          onDone={onDone}
          maxFileSize={uploadLimits.importBytes}
        />
      )}
    </Page>
  );
}
