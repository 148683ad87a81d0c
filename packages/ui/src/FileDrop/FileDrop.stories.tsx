import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { FileDrop } from './FileDrop';

const meta = {
  title: 'Components/FileDrop',
  component: FileDrop,
  args: {
    accept: ['.csv', 'text/csv'],
    maxSize: 20_000_000,
    description: 'Export the trades report from your broker as CSV.',
    onValueChange: fn(),
    onReject: fn(),
  },
  argTypes: { accept: { control: 'object' }, value: { control: false }, defaultValue: { control: false } },
  decorators: [(Story) => <div style={{ maxInlineSize: '32rem' }}>{Story()}</div>],
} satisfies Meta<typeof FileDrop>;

export default meta;
type Story = StoryObj<typeof meta>;

const file = (name: string, bytes: number, type = 'text/csv') =>
  new File(['x'.repeat(bytes)], name, { type });

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByLabelText('Drag a file here or choose a file');
    await userEvent.upload(input, file('ibkr-2025-03.csv', 48_200));
    await expect(args.onValueChange).toHaveBeenCalled();
    await expect(within(canvasElement).getByRole('list', { name: 'Selected files' })).toHaveTextContent(
      'ibkr-2025-03.csv',
    );
  },
};

export const Playground: Story = { args: { multiple: false, disabled: false, loading: false } };

export const Selected: Story = { args: { defaultValue: [file('mt5-report-march.csv', 1_250_000)] } };

export const Multiple: Story = {
  args: {
    multiple: true,
    maxFiles: 3,
    accept: ['image/*'],
    maxSize: 5_000_000,
    description: 'Chart screenshots for this trade (up to 3).',
    defaultValue: [file('entry.png', 320_000, 'image/png'), file('exit.png', 290_000, 'image/png')],
  },
};

/** A file the zone refused, and an error from the caller. */
export const WithError: Story = {
  args: { error: 'The server could not read this file: row 14 has 9 columns, expected 11.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText(/Drag a file here/);
    await userEvent.upload(input, file('statement.pdf', 1000, 'application/pdf'), { applyAccept: false });
    await expect(
      within(canvasElement).getByText(/statement.pdf is not an accepted file type/),
    ).toBeInTheDocument();
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const Loading: Story = { args: { loading: true, defaultValue: [file('ibkr-2025-03.csv', 48_200)] } };

export const LongText: Story = {
  args: {
    label: 'Drop the Flex query export for every account you want to bring into this journal',
    defaultValue: [
      file('U1234567_U7654321_flex_query_trades_confirms_2024-01-01_2024-12-31_final_v2.csv', 9_800_000),
    ],
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    description: 'صدّر تقرير الصفقات من الوسيط بصيغة CSV.',
    defaultValue: [file('صفقات-مارس.csv', 48_200)],
  },
};
