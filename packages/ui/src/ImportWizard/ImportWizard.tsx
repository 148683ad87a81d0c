import { forwardRef, useEffect, useMemo, useState } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { Button } from '../Button/Button';
import { FileDrop } from '../FileDrop/FileDrop';
import { importWizard as strings } from '../i18n/locales/importWizard/en';
import { useT } from '../i18n/useT';
import { useFormatters } from '../intl/useFormatters';
import { Progress } from '../Progress/Progress';
import { useJournalkit } from '../provider/context';
import { Select } from '../Select/Select';
import { Stepper } from '../Stepper/Stepper';
import { Actions, Message, StepBody, WizardRoot } from './ImportWizard.styles';
import { MappingStep, missingFields } from './MappingStep';
import { knownFormat, refusalText } from './refusal';
import { ReportFigures, RowTable } from './ResultSummary';
import { importFormats, readCsvHeader } from './types';
import type {
  ImportAccountOption,
  ImportFormat,
  ImportMapping,
  ImportOutcome,
  ImportRefusal,
  ImportWizardOptions,
  ImportWizardReport,
} from './types';

const OTHER = 'other';
type StepId = 'source' | 'mapping' | 'preview' | 'import';

export interface ImportWizardProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  accounts: readonly ImportAccountOption[];
  defaultAccountId?: string;
  /** Dry run: what would happen, nothing stored. */
  onDryRun: (file: File, options: ImportWizardOptions) => Promise<ImportOutcome>;
  /** The real import (a finished report, or a queued/running job to poll). */
  onImport: (file: File, options: ImportWizardOptions) => Promise<ImportOutcome>;
  /** The job's current report (for 202 jobs). */
  onPollImport: (id: string) => Promise<ImportWizardReport>;
  /** Called once the import succeeded. */
  onDone?: (report: ImportWizardReport) => void;
  /** Milliseconds between polls (default 1000). */
  pollInterval?: number;
  /**
   * Largest file the API accepts, bytes (`uploadLimits.importBytes` of the public tenant). A
   * larger file is refused in the browser, before anything is sent, with both sizes in words.
   */
  maxFileSize?: number;
}

/** Broker file import: source and format, column mapping for other CSVs, dry-run preview, import. */
export const ImportWizard = forwardRef<HTMLElement, ImportWizardProps>(function ImportWizard(
  {
    accounts,
    defaultAccountId,
    onDryRun,
    onImport,
    onPollImport,
    onDone,
    pollInterval = 1000,
    maxFileSize,
    ...rest
  },
  ref,
) {
  const t = useT(strings);
  const f = useFormatters();
  const { locale } = useJournalkit();
  // "A, B und C" in German, "A وB وC" in Arabic: the locale's own list, not a comma join.
  const list = useMemo(() => new Intl.ListFormat(locale, { type: 'conjunction' }), [locale]);
  const [step, setStep] = useState<StepId>('source');
  const [accountId, setAccountId] = useState(defaultAccountId ?? accounts[0]?.id ?? '');
  const [format, setFormat] = useState<ImportFormat | typeof OTHER>('generic');
  const [files, setFiles] = useState<File[]>([]);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ImportMapping>({ columns: {}, timeFormat: 'iso' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportOutcome | null>(null);
  const [report, setReport] = useState<ImportWizardReport | null>(null);
  // The file refused as a whole (too large, not an export, another format): shown on the file.
  const [refusal, setRefusal] = useState<ImportRefusal | null>(null);
  const file = files[0];
  const other = format === OTHER;
  const options = (chosen: ImportFormat | typeof OTHER = format): ImportWizardOptions =>
    chosen === OTHER ? { accountId, format: 'generic', mapping } : { accountId, format: chosen };
  const formatLabel = (id: ImportFormat | typeof OTHER) => t(`importWizard.formats.${id}`);
  /** A refused file goes back to the first step, where the message sits on the file. */
  const refuse = (outcome: ImportOutcome): boolean => {
    if (!('refused' in outcome)) return false;
    setRefusal(outcome.refused);
    setPreview(null);
    setStep('source');
    return true;
  };

  const order: StepId[] = other
    ? ['source', 'mapping', 'preview', 'import']
    : ['source', 'preview', 'import'];
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    setRefusal(null);
    try {
      await action();
    } catch (error) {
      setFailure(error instanceof Error && error.message ? error.message : t('importWizard.failed'));
    } finally {
      setBusy(false);
    }
  };
  const dryRun = (chosen: ImportFormat | typeof OTHER = format) =>
    run(async () => {
      const outcome = await onDryRun(file!, options(chosen));
      if (refuse(outcome)) return;
      setPreview(outcome);
      setStep('preview');
    });
  /** "This looks like a MetaTrader 5 export": pick that format and check the file again. */
  const switchFormat = (to: ImportFormat) => {
    setFormat(to);
    void dryRun(to);
  };
  const next = () =>
    other
      ? run(async () => {
          setHeaders(await readCsvHeader(file!));
          setStep('mapping');
        })
      : dryRun();
  const startImport = () =>
    run(async () => {
      setStep('import');
      const outcome = await onImport(file!, options());
      if (refuse(outcome)) return;
      if ('report' in outcome) setReport(outcome.report);
      else {
        setPreview(outcome);
        setStep('preview');
      }
    });

  const restart = () => {
    setFiles([]);
    setRefusal(null);
    setPreview(null);
    setReport(null);
    setFailure(null);
    setStep('source');
  };

  // Poll a queued or running job until it finishes.
  useEffect(() => {
    if (!report?.id || (report.status !== 'queued' && report.status !== 'running')) return;
    const id = report.id;
    let cancelled = false;
    const timer = setTimeout(() => {
      onPollImport(id).then(
        (r) => !cancelled && setReport(r),
        () => !cancelled && setFailure(t('importWizard.failed')),
      );
    }, pollInterval);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [report, onPollImport, pollInterval, t]);
  useEffect(() => {
    if (report?.status === 'succeeded') onDone?.(report);
  }, [report, onDone]);

  const stepLabels: Record<StepId, string> = {
    source: t('importWizard.stepSource'),
    mapping: t('importWizard.stepMapping'),
    preview: t('importWizard.stepPreview'),
    import: t('importWizard.stepImport'),
  };
  const missing = missingFields(mapping);
  const previewErrors = preview && 'errors' in preview ? preview : null;
  const previewReport = preview && 'report' in preview ? preview.report : null;
  const done = report?.status === 'succeeded' || report?.status === 'failed';
  const detected = refusal?.reason === 'format-mismatch' ? knownFormat(refusal.detectedFormat) : null;
  const suggested = detected && detected !== format && file ? detected : null;

  return (
    <WizardRoot ref={ref} aria-label={t('importWizard.label')} {...rest} data-component="ImportWizard">
      <Stepper
        steps={order.map((id) => ({
          id,
          label: stepLabels[id],
          state:
            id === 'preview' && previewErrors ? 'error' : id === 'import' && done ? 'complete' : undefined,
        }))}
        current={order.indexOf(step)}
      />
      <StepBody data-part="step" data-step={step}>
        {step === 'source' && (
          <>
            <Select
              label={t('importWizard.account')}
              value={accountId}
              onValueChange={setAccountId}
              options={accounts.map((a) => ({ value: a.id, label: a.name }))}
            />
            <Select
              label={t('importWizard.format')}
              value={format}
              onValueChange={(v) => {
                setFormat(v as ImportFormat | typeof OTHER);
                setRefusal(null);
              }}
              options={[
                ...importFormats.map((id) => ({ value: id, label: formatLabel(id) })),
                { value: OTHER, label: formatLabel(OTHER) },
              ]}
            />
            <FileDrop
              label={t('importWizard.file')}
              accept={['.csv', '.txt', 'text/csv', '.htm', '.html', 'text/html']}
              value={files}
              onValueChange={(next) => {
                setFiles(next);
                setRefusal(null);
              }}
              {...(maxFileSize !== undefined && { maxSize: maxFileSize })}
              rejectionMessage={(r, sizes) =>
                r.reason === 'size' ? t('importWizard.fileTooLarge', sizes) : undefined
              }
              error={
                refusal && file ? (
                  <span role="alert" data-part="refusal" data-reason={refusal.reason}>
                    {refusalText(refusal, {
                      t,
                      f,
                      file,
                      chosen: formatLabel(format),
                      ...(maxFileSize !== undefined && { maxFileSize }),
                    })}
                  </span>
                ) : undefined
              }
            />
            <Actions>
              {suggested && (
                <Button variant="outline" onClick={() => switchFormat(suggested)} loading={busy}>
                  {t('importWizard.useFormat', { format: formatLabel(suggested) })}
                </Button>
              )}
              <Button onClick={next} disabled={!file || !accountId} loading={busy}>
                {t(other ? 'importWizard.next' : 'importWizard.checkFile')}
              </Button>
            </Actions>
          </>
        )}
        {step === 'mapping' && (
          <>
            <Message>{t('importWizard.mappingHelp')}</Message>
            <MappingStep headers={headers} mapping={mapping} onChange={setMapping} />
            {missing.length > 0 && (
              <Message data-tone="negative" role="status">
                {t('importWizard.missing', {
                  fields: list.format(missing.map((f) => t(`importWizard.fields.${f}`))),
                })}
              </Message>
            )}
            <Actions>
              <Button variant="outline" tone="neutral" onClick={() => setStep('source')}>
                {t('importWizard.back')}
              </Button>
              <Button onClick={() => dryRun()} disabled={missing.length > 0} loading={busy}>
                {t('importWizard.checkFile')}
              </Button>
            </Actions>
          </>
        )}
        {step === 'preview' && preview && (
          <>
            {previewErrors ? (
              <>
                <Message data-tone="negative" role="alert">
                  {previewErrors.message ?? t('importWizard.rowsRefused')}
                </Message>
                <RowTable caption={t('importWizard.errorsTable')} rows={previewErrors.errors} />
              </>
            ) : (
              <>
                <Message>{t('importWizard.previewHelp')}</Message>
                {previewReport && <ReportFigures report={previewReport} />}
              </>
            )}
            <Actions>
              <Button variant="outline" tone="neutral" onClick={() => setStep(other ? 'mapping' : 'source')}>
                {t('importWizard.back')}
              </Button>
              <Button onClick={startImport} disabled={Boolean(previewErrors)} loading={busy}>
                {t('importWizard.import')}
              </Button>
            </Actions>
          </>
        )}
        {step === 'import' && (
          <>
            <Progress
              label={t('importWizard.progress')}
              value={report ? report.progress : null}
              max={1}
              showValue
              tone={
                report?.status === 'failed'
                  ? 'negative'
                  : report?.status === 'succeeded'
                    ? 'positive'
                    : undefined
              }
            />
            {report && done && (
              <>
                <Message role="status" data-tone={report.status === 'failed' ? 'negative' : undefined}>
                  {t(report.status === 'failed' ? 'importWizard.doneFailed' : 'importWizard.done')}
                </Message>
                <ReportFigures report={report} />
                {report.errors.length > 0 && (
                  <RowTable caption={t('importWizard.errorsTable')} rows={report.errors} />
                )}
                <Actions>
                  <Button variant="outline" tone="neutral" onClick={restart}>
                    {t('importWizard.another')}
                  </Button>
                </Actions>
              </>
            )}
          </>
        )}
        {failure && (
          <Message data-tone="negative" role="alert">
            {failure}
          </Message>
        )}
      </StepBody>
    </WizardRoot>
  );
});
