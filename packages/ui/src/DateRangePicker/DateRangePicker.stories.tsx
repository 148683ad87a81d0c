import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { DateRangePicker, dateRangePickerVariants } from './DateRangePicker';

const presets = [
  { label: 'This week', range: { start: '2025-03-10', end: '2025-03-16' } },
  { label: 'Last 30 days', range: { start: '2025-02-13', end: '2025-03-14' } },
  { label: 'Q1 2025', range: { start: '2025-01-01', end: '2025-03-31' } },
];

const meta = {
  title: 'Components/DateRangePicker',
  component: DateRangePicker,
  args: {
    label: 'Period',
    defaultValue: { start: '2025-03-03', end: '2025-03-07' },
    onValueChange: fn(),
  },
  argTypes: {
    ...variantArgTypes(dateRangePickerVariants),
    months: { control: 'inline-radio', options: [1, 2] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '22rem', minBlockSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof DateRangePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Period' }));
    await within(document.body).findByRole('dialog', { name: 'Choose a date range' });
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-date', '2025-03-03'));
    await userEvent.keyboard('{Enter}{ArrowDown}{ArrowDown}{Enter}');
    await expect(args.onValueChange).toHaveBeenCalledWith({ start: '2025-03-03', end: '2025-03-17' });
  },
};

export const Playground: Story = {
  args: {
    description: 'Trades closed in this period',
    months: 2,
    size: 'md',
    disabled: false,
    required: false,
  },
};

export const Open: Story = { args: { defaultOpen: true, presets } };

export const OneMonth: Story = { args: { defaultOpen: true, months: 1 } };

export const Empty: Story = { args: { defaultValue: null } };

export const WithError: Story = {
  args: { defaultValue: null, error: 'Choose a period of at most one year' },
};

export const Disabled: Story = { args: { disabled: true } };

export const LongText: Story = {
  args: {
    label: 'Period used for the monthly performance review that is shared with your coach',
    defaultValue: { start: '2024-11-28', end: '2025-02-03' },
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    label: 'الفترة',
    defaultOpen: true,
    presets: [
      { label: 'هذا الأسبوع', range: { start: '2025-03-08', end: '2025-03-14' } },
      { label: 'الربع الأول', range: { start: '2025-01-01', end: '2025-03-31' } },
    ],
  },
};
