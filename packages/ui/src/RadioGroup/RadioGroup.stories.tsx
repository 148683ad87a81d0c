import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { RadioGroup, radioGroupVariants } from './RadioGroup';

const meta = {
  title: 'Components/RadioGroup',
  component: RadioGroup,
  args: {
    label: 'Direction',
    defaultValue: 'long',
    options: [
      { value: 'long', label: 'Long' },
      { value: 'short', label: 'Short' },
      { value: 'flat', label: 'Flat (no position)', disabled: true },
    ],
  },
  argTypes: { ...variantArgTypes(radioGroupVariants), options: { control: false } },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: 'Long' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown>}');
    await userEvent.keyboard('{/ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Short' })).toBeChecked();
  },
};

export const Playground: Story = {
  args: {
    description: 'Of the first fill',
    orientation: 'vertical',
    variant: 'plain',
    required: false,
    disabled: false,
    hideLabel: false,
  },
};

export const Horizontal: Story = { args: { orientation: 'horizontal' } };

export const Cards: Story = {
  args: {
    label: 'File format',
    variant: 'card',
    defaultValue: 'mt5',
    options: [
      { value: 'mt5', label: 'MetaTrader 5', description: 'Detailed report (HTML or XLSX)' },
      { value: 'ibkr', label: 'Interactive Brokers', description: 'Flex query, trades section (CSV)' },
      { value: 'csv', label: 'Generic CSV', description: 'Map the columns yourself' },
    ],
  },
};

export const WithError: Story = {
  args: { defaultValue: undefined, required: true, error: 'Choose the direction of the trade' },
};

export const Disabled: Story = { args: { disabled: true } };

export const LongText: Story = {
  args: {
    label: 'When the stop and the target are both hit inside the same bar, which one counts?',
    defaultValue: 'stop',
    options: [
      {
        value: 'stop',
        label: 'The stop loss, to stay conservative',
        description: 'Recommended when you import bar data without tick information.',
      },
      { value: 'target', label: 'The take profit' },
    ],
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    label: 'الاتجاه',
    orientation: 'horizontal',
    options: [
      { value: 'long', label: 'شراء' },
      { value: 'short', label: 'بيع' },
    ],
  },
};
