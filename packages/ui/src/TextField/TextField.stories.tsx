import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { TextField, textFieldVariants } from './TextField';

const meta = {
  title: 'Components/TextField',
  component: TextField,
  args: { label: 'Entry price', placeholder: '0.00' },
  argTypes: variantArgTypes(textFieldVariants),
  decorators: [(Story) => <div style={{ maxInlineSize: '22rem' }}>{Story()}</div>],
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Entry price' });
    await userEvent.type(input, '1.0845');
    await expect(input).toHaveValue('1.0845');
  },
};

export const Playground: Story = {
  args: {
    description: 'In the account currency',
    error: '',
    required: false,
    disabled: false,
    hideLabel: false,
    size: 'md',
  },
};

export const WithAdornments: Story = {
  args: { label: 'Risk per trade', startAdornment: '$', endAdornment: 'USD', inputMode: 'decimal' },
};

export const Required: Story = { args: { required: true, description: 'Needed to compute the R multiple' } };

export const WithError: Story = {
  args: { error: 'Entry price must be greater than zero', defaultValue: '-3' },
};

/**
 * An error that wraps in a narrow field: the icon keeps its 1em size and sits on the first line
 * (it used to shrink and centre on the two lines).
 */
export const WithLongError: Story = {
  args: {
    label: 'Starting balance',
    error: 'Enter an amount such as 25000 or -1744.92, without thousands separators.',
    defaultValue: '50,000',
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '16rem' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const error = canvasElement.querySelector<HTMLElement>('[data-part="error"]')!;
    const style = getComputedStyle(error);
    const fontSize = parseFloat(style.fontSize);
    const line = parseFloat(style.lineHeight) || fontSize * 1.5;
    const box = error.getBoundingClientRect();
    const icon = error.querySelector('svg')!.getBoundingClientRect();
    await expect(box.height).toBeGreaterThan(line * 1.5); // it wraps
    await expect(Math.round(icon.width)).toBe(Math.round(fontSize));
    // On the first line: the icon's centre is within the first line box.
    await expect(icon.top + icon.height / 2 - box.top).toBeLessThan(line);
  },
};

export const LongErrorRightToLeft: Story = {
  ...WithLongError,
  globals: { locale: 'ar' },
  args: {
    label: 'الرصيد الابتدائي',
    error: 'أدخل مبلغًا مثل 25000 أو -1744.92، بدون فواصل الآلاف.',
    defaultValue: '50,000',
  },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: '1.0845' } };

export const LongText: Story = {
  args: {
    label: 'Describe the market conditions that made you enter this position in one sentence',
    description: 'This helps the weekly review group trades by setup, session and volatility regime.',
    defaultValue: 'Breakout above the Asian session high after the London open with rising volume',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'سعر الدخول', description: 'بعملة الحساب', startAdornment: '$', required: true },
};
