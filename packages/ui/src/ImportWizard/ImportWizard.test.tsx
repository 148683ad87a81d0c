import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ar } from '../i18n/locales/ar';
import { de } from '../i18n/locales/de';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { ImportWizard } from './ImportWizard';
import { missingFields } from './MappingStep';
import { importRefusalOf, readCsvHeader } from './types';
import type { ImportWizardReport } from './types';

const slow = { timeout: 30_000 };
const accounts = [
  { id: 'a1', name: 'Main futures' },
  { id: 'a2', name: 'Crypto' },
];
const csv = (text = 'Date;Ticker;"Buy/Sell";Qty;Px\n2024-01-02;ES;B;1;4800\n') =>
  new File([text], 'fills.csv', { type: 'text/csv' });
const report = (over: Partial<ImportWizardReport> = {}): ImportWizardReport => ({
  id: null,
  status: 'succeeded',
  progress: 1,
  rowsRead: 12,
  inserted: 10,
  duplicates: 2,
  skipped: 0,
  tradesAffected: 4,
  warnings: [],
  errors: [],
  ...over,
});

describe('ImportWizard', () => {
  it('checks the file with a dry run, imports it and polls the job to the end', slow, async () => {
    const onDryRun = vi.fn().mockResolvedValue({ report: report() });
    const onImport = vi
      .fn()
      .mockResolvedValue({ report: report({ id: 'job1', status: 'queued', progress: 0 }) });
    const onPollImport = vi.fn().mockResolvedValue(report({ id: 'job1' }));
    const onDone = vi.fn();
    const ref = createRef<HTMLElement>();
    const { container } = renderWithProvider(
      <ImportWizard
        ref={ref}
        className="partner"
        accounts={accounts}
        onDryRun={onDryRun}
        onImport={onImport}
        onPollImport={onPollImport}
        onDone={onDone}
        pollInterval={5}
      />,
    );
    expect(ref.current).toHaveAttribute('data-component', 'ImportWizard');
    expect(ref.current).toHaveClass('partner');
    expect(screen.getByRole('region', { name: 'Import trades' })).toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Check file' });
    expect(check).toHaveAttribute('aria-disabled', 'true');
    const file = csv();
    await userEvent.upload(screen.getByLabelText(/Broker file/), file);
    await userEvent.click(check);
    expect(onDryRun).toHaveBeenCalledWith(file, { accountId: 'a1', format: 'generic' });
    expect(await screen.findByText('New executions')).toBeInTheDocument();
    expect(screen.getByText('Duplicates').nextElementSibling).toHaveTextContent('2');
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledWith(file, { accountId: 'a1', format: 'generic' });
    expect(await screen.findByText('Import finished.')).toBeInTheDocument();
    expect(onPollImport).toHaveBeenCalledWith('job1');
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('progressbar', { name: /Import progress/ })).toHaveAttribute('aria-valuenow');
    await expectNoAxeViolations(container);
    await userEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    expect(screen.getByRole('button', { name: 'Check file' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('shows the rows a 422 refused, with line and reason, and does not import', slow, async () => {
    const onDryRun = vi.fn().mockResolvedValue({ errors: [{ line: 3, reason: 'price is not a number' }] });
    const onImport = vi.fn();
    const { container } = renderWithProvider(
      <ImportWizard accounts={accounts} onDryRun={onDryRun} onImport={onImport} onPollImport={vi.fn()} />,
    );
    await userEvent.upload(screen.getByLabelText(/Broker file/), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    const table = await screen.findByRole('table', { name: 'Rows that could not be read' });
    expect(within(table).getByRole('row', { name: /3 price is not a number/ })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be read/);
    expect(screen.getByRole('button', { name: 'Import' })).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(container);
  });

  it('says what a refused file is and offers the format it was exported in', slow, async () => {
    const onDryRun = vi
      .fn()
      .mockResolvedValueOnce({ refused: { reason: 'unsupported-file', fileKind: 'pdf' } })
      .mockResolvedValueOnce({ refused: { reason: 'format-mismatch', detectedFormat: 'mt5' } })
      .mockResolvedValueOnce({ report: report() });
    const { container } = renderWithProvider(
      <ImportWizard accounts={accounts} onDryRun={onDryRun} onImport={vi.fn()} onPollImport={vi.fn()} />,
    );
    await userEvent.upload(screen.getByLabelText(/Broker file/), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^This is a PDF, not a broker export/);
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This looks like a MetaTrader 5 export: choose that format.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Use MetaTrader 5 and check again' }));
    expect(onDryRun).toHaveBeenLastCalledWith(expect.any(File), { accountId: 'a1', format: 'mt5' });
    expect(await screen.findByText('New executions')).toBeInTheDocument();
    expect(onDryRun).toHaveBeenCalledTimes(3);
  });

  it(
    'takes a MetaTrader 4 statement (.htm), says what an HTML page is and offers MetaTrader 4',
    slow,
    async () => {
      const onDryRun = vi
        .fn()
        .mockResolvedValueOnce({ refused: { reason: 'unsupported-file', fileKind: 'html' } })
        .mockResolvedValueOnce({ refused: { reason: 'format-mismatch', detectedFormat: 'mt4' } })
        .mockResolvedValueOnce({ report: report() });
      renderWithProvider(
        <ImportWizard accounts={accounts} onDryRun={onDryRun} onImport={vi.fn()} onPollImport={vi.fn()} />,
      );
      const statement = new File(['<html><table></table></html>'], 'Statement.htm', { type: 'text/html' });
      await userEvent.upload(screen.getByLabelText(/Broker file/), statement);
      await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
      expect(onDryRun).toHaveBeenLastCalledWith(statement, { accountId: 'a1', format: 'generic' });
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /^This is a web page \(HTML\), not a CSV file/,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'This looks like a MetaTrader 4 export: choose that format.',
      );
      await userEvent.click(screen.getByRole('button', { name: 'Use MetaTrader 4 and check again' }));
      expect(onDryRun).toHaveBeenLastCalledWith(statement, { accountId: 'a1', format: 'mt4' });
      expect(await screen.findByText('New executions')).toBeInTheDocument();
    },
  );

  it('refuses a file over maxFileSize before calling the API, with both sizes in German', slow, async () => {
    const onDryRun = vi.fn();
    renderWithProvider(
      <ImportWizard
        accounts={accounts}
        maxFileSize={1024 * 1024}
        onDryRun={onDryRun}
        onImport={vi.fn()}
        onPollImport={vi.fn()}
      />,
      { locale: 'de', resources: { de } },
    );
    await userEvent.upload(screen.getByLabelText(/Broker-Datei/), csv('x'.repeat(1024 * 1024 + 1)));
    expect(
      await screen.findByText('Diese Datei ist 1,1 MB groß; importieren können Sie höchstens 1 MB.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Datei prüfen' })).toHaveAttribute('aria-disabled', 'true');
    expect(onDryRun).not.toHaveBeenCalled();
  });

  it('reads the refusal from an API problem', () => {
    const P = 'https://journalkit.dev/problems/';
    expect(importRefusalOf({ type: `${P}payload-too-large`, status: 413, maxBytes: 10 })).toEqual({
      reason: 'too-large',
      maxBytes: 10,
    });
    expect(importRefusalOf({ type: `${P}import-unsupported-file`, status: 422, fileKind: 'image' })).toEqual({
      reason: 'unsupported-file',
      fileKind: 'image',
    });
    expect(
      importRefusalOf({ type: `${P}import-format-mismatch`, status: 422, detectedFormat: 'binance' }),
    ).toEqual({ reason: 'format-mismatch', detectedFormat: 'binance' });
    expect(importRefusalOf({ type: `${P}import-rows-invalid`, status: 422 })).toBeNull();
  });

  it('maps the columns of another CSV read in the browser', slow, async () => {
    const onDryRun = vi.fn();
    renderWithProvider(
      <ImportWizard accounts={accounts} onDryRun={onDryRun} onImport={vi.fn()} onPollImport={vi.fn()} />,
    );
    screen.getByRole('combobox', { name: 'File format' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.click(screen.getByRole('option', { name: /Other CSV/ }));
    await userEvent.upload(screen.getByLabelText(/Broker file/), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('combobox', { name: 'Time of execution' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Still needed: Time of execution, Symbol/);
    expect(screen.getByRole('button', { name: 'Check file' })).toHaveAttribute('aria-disabled', 'true');
    screen.getByRole('combobox', { name: 'Symbol' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.click(screen.getByRole('option', { name: 'Ticker' }));
    expect(screen.getByRole('status')).not.toHaveTextContent(/Symbol/);
  });

  it.each([
    {
      locale: 'de',
      labels: { format: 'Dateiformat', other: /Andere CSV/, file: /Broker-Datei/, next: 'Weiter' },
      missing:
        'Noch erforderlich: Ausführungszeit, Symbol, Anlageklasse, Richtung (Kauf/Verkauf), Menge und Kurs',
    },
    {
      locale: 'ar',
      labels: { format: 'تنسيق الملف', other: /ملف CSV آخر/, file: /ملف الوسيط/, next: 'التالي' },
      missing: 'ما زال مطلوبًا: وقت التنفيذ والرمز وفئة الأصل والاتجاه (شراء/بيع) والكمية والسعر',
    },
  ])('lists the missing fields as a $locale list', slow, async ({ locale, labels, missing }) => {
    renderWithProvider(
      <ImportWizard accounts={accounts} onDryRun={vi.fn()} onImport={vi.fn()} onPollImport={vi.fn()} />,
      { locale, resources: { de, ar } },
    );
    screen.getByRole('combobox', { name: labels.format }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.click(screen.getByRole('option', { name: labels.other }));
    await userEvent.upload(screen.getByLabelText(labels.file), csv());
    await userEvent.click(screen.getByRole('button', { name: labels.next }));
    expect(await screen.findByRole('status')).toHaveTextContent(missing);
  });

  it('reads a CSV header (BOM, quotes, separators) and lists missing fields', async () => {
    expect(await readCsvHeader(csv('\uFEFFa,"b, c",d\n1,2,3'))).toEqual(['a', 'b, c', 'd']);
    expect(await readCsvHeader(csv('x;y\n'))).toEqual(['x', 'y']);
    expect(missingFields({ columns: { symbol: 'S' }, constants: { asset_class: 'stock' } })).toEqual([
      'executed_at',
      'side',
      'quantity',
      'price',
    ]);
  });
});
