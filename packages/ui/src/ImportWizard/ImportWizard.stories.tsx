import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ImportWizard } from './ImportWizard';
import type { ImportOutcome, ImportWizardOptions, ImportWizardReport } from './types';

const accounts = [
  { id: 'a1', name: 'Main futures' },
  { id: 'a2', name: 'Crypto' },
];
const report = (over: Partial<ImportWizardReport> = {}): ImportWizardReport => ({
  id: 'job1',
  status: 'succeeded',
  progress: 1,
  rowsRead: 1204,
  inserted: 1180,
  duplicates: 20,
  skipped: 4,
  tradesAffected: 311,
  warnings: [{ line: 88, reason: 'fees missing, counted as 0', kind: 'fees' }],
  errors: [],
  ...over,
});
const file = () => new File(['Date,Ticker,Side,Qty,Price\n'], 'fills.csv', { type: 'text/csv' });
let polls = 0;

const meta = {
  title: 'Journal/ImportWizard',
  component: ImportWizard,
  args: {
    accounts,
    onDryRun: fn(async (): Promise<ImportOutcome> => ({ report: report({ id: null }) })),
    onImport: fn(async (): Promise<ImportOutcome> => {
      polls = 0;
      return { report: report({ status: 'queued', progress: 0 }) };
    }),
    onPollImport: fn(async () => {
      polls += 1;
      return polls < 3 ? report({ status: 'running', progress: polls / 3 }) : report();
    }),
    onDone: fn(),
    pollInterval: 300,
  },
  argTypes: { accounts: { control: 'object' }, pollInterval: { control: 'number' } },
} satisfies Meta<typeof ImportWizard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {};

/** Dry run, then the import polled to the end. */
export const DryRunAndImport: Story = {
  args: { pollInterval: 20 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Broker file/), file());
    await userEvent.click(canvas.getByRole('button', { name: 'Check file' }));
    await expect(await canvas.findByText('New executions')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Import' }));
    await expect(await canvas.findByText('Import finished.')).toBeVisible();
    await waitFor(() => expect(args.onDone).toHaveBeenCalled());
  },
};

/** A 422: the rows the API could not read, by line. */
export const WithError: Story = {
  args: {
    onDryRun: fn(async (): Promise<ImportOutcome> => ({
      errors: [
        { line: 3, reason: 'price is not a number: "4,800.25"' },
        { line: 9, reason: 'side must be buy or sell: "B"' },
      ],
    })),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Broker file/), file());
    await userEvent.click(canvas.getByRole('button', { name: 'Check file' }));
    await expect(await canvas.findByRole('table', { name: 'Rows that could not be read' })).toBeVisible();
  },
};

/** A PDF renamed `.csv`: the API says what it is (422 import-unsupported-file), the wizard in words. */
export const NotAnExport: Story = {
  args: {
    onDryRun: fn(async (): Promise<ImportOutcome> => ({
      refused: { reason: 'unsupported-file', fileKind: 'pdf' },
    })),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Broker file/), file());
    await userEvent.click(canvas.getByRole('button', { name: 'Check file' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/This is a PDF/);
  },
};

/** A MetaTrader 5 export checked as another format: one button picks MT5 and checks again. */
export const AnotherBrokersExport: Story = {
  args: {
    onDryRun: fn(async (_file: File, options: ImportWizardOptions): Promise<ImportOutcome> =>
      options.format === 'mt5'
        ? { report: report({ id: null }) }
        : { refused: { reason: 'format-mismatch', detectedFormat: 'mt5' } },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Broker file/), file());
    await userEvent.click(canvas.getByRole('button', { name: 'Check file' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/MetaTrader 5 export/);
    await userEvent.click(canvas.getByRole('button', { name: 'Use MetaTrader 5 and check again' }));
    await expect(await canvas.findByText('New executions')).toBeVisible();
  },
};

/** A file over the tenant's upload limit, refused in the browser before anything is sent. */
export const TooLarge: Story = {
  args: { maxFileSize: 1024 },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(
      canvas.getByLabelText(/Broker file/),
      new File(['x'.repeat(4096)], 'big.csv', { type: 'text/csv' }),
    );
    await expect(await canvas.findByText(/the largest you can import is 1 kB/)).toBeVisible();
    await expect(args.onDryRun).not.toHaveBeenCalled();
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** Another CSV in German: the fields still to map, as a German list ("…, Menge und Kurs"). */
export const MissingColumnsGerman: Story = {
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    canvas.getByRole('combobox', { name: 'Dateiformat' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.click(await body.findByRole('option', { name: /Andere CSV/ }));
    // The select's overlay blocks the page's pointer events until it has closed.
    await waitFor(() => expect(canvasElement.ownerDocument.body).not.toHaveStyle({ pointerEvents: 'none' }));
    await userEvent.upload(canvas.getByLabelText(/Broker-Datei/), file());
    await userEvent.click(canvas.getByRole('button', { name: 'Weiter' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      'Noch erforderlich: Ausführungszeit, Symbol, Anlageklasse, Richtung (Kauf/Verkauf), Menge und Kurs',
    );
  },
};
