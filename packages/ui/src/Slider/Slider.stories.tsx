import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { Slider, sliderVariants } from './Slider';

const meta = {
  title: 'Components/Slider',
  component: Slider,
  args: {
    label: 'Risk per trade',
    defaultValue: [0.01],
    min: 0,
    max: 0.05,
    step: 0.0025,
    format: { style: 'percent', maximumFractionDigits: 2 },
  },
  argTypes: { ...variantArgTypes(sliderVariants), format: { control: false } },
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}>{Story()}</div>],
} satisfies Meta<typeof Slider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const thumb = within(canvasElement).getByRole('slider', { name: 'Risk per trade' });
    thumb.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(thumb).toHaveAttribute('aria-valuetext', '1.25%');
  },
};

export const Playground: Story = {
  args: {
    description: 'Of the account balance',
    size: 'md',
    showValue: true,
    disabled: false,
    hideLabel: false,
  },
};

export const Range: Story = {
  args: {
    label: 'R multiple',
    defaultValue: [-1, 3],
    min: -5,
    max: 10,
    step: 0.5,
    format: { maximumFractionDigits: 1 },
    formatValue: undefined,
  },
};

export const WithError: Story = {
  args: { defaultValue: [0.05], error: 'More than 2% per trade breaks your plan' },
};

export const Disabled: Story = { args: { disabled: true } };

export const LongText: Story = {
  args: {
    label: 'Maximum daily loss before the journal locks new entries for the rest of the session',
    description: 'As a share of the balance at the start of the day, including open positions.',
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'نطاق R', defaultValue: [-1, 3], min: -5, max: 10, step: 0.5, format: {} },
};
