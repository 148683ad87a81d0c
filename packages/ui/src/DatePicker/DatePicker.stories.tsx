import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { Calendar } from './Calendar';
import { DatePicker, datePickerVariants } from './DatePicker';

const meta = {
  title: 'Components/DatePicker',
  component: DatePicker,
  args: { label: 'Trade date', defaultValue: '2025-03-14', onValueChange: fn() },
  argTypes: variantArgTypes(datePickerVariants),
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem', minBlockSize: '26rem' }}>{Story()}</div>],
} satisfies Meta<typeof DatePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Change date/ }));
    const dialog = await within(document.body).findByRole('dialog', { name: 'Choose a date' });
    await waitFor(() => expect(document.activeElement).toHaveAttribute('data-date', '2025-03-14'));
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await expect(args.onValueChange).toHaveBeenCalledWith('2025-03-15');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  },
};

export const Playground: Story = {
  args: {
    description: 'The day the position was opened',
    size: 'md',
    required: false,
    disabled: false,
    hideLabel: false,
    min: '2025-01-01',
    max: '2025-12-31',
  },
};

export const Open: Story = { args: { defaultOpen: true } };

export const Empty: Story = { args: { defaultValue: null } };

export const WithError: Story = {
  args: { defaultValue: null, required: true, error: 'Enter the date of the trade' },
};

export const Disabled: Story = { args: { disabled: true } };

/** Weekends disabled, and a range limit. */
export const Limits: Story = {
  args: {
    defaultOpen: true,
    min: '2025-03-03',
    max: '2025-03-28',
    isDateDisabled: (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
  },
};

export const LongText: Story = {
  args: {
    label: 'Date the broker settled the trade (may differ from the execution date for some instruments)',
    description: 'Leave empty to use the execution date from the import.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'تاريخ الصفقة', defaultOpen: true },
};

/** The grid on its own (for an inline journal calendar). */
export const InlineCalendar: Story = {
  render: () => <Calendar defaultFocusedDate="2025-03-14" selected="2025-03-14" onSelect={() => {}} />,
};
