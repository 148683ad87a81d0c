import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { variantArgTypes } from '../internal/variants';
import { Stepper, stepperVariants } from './Stepper';

const steps = [
  { id: 'file', label: 'Choose file', description: 'CSV from your broker' },
  { id: 'map', label: 'Map columns' },
  { id: 'review', label: 'Review trades' },
  { id: 'import', label: 'Import' },
];

const meta = {
  title: 'Components/Stepper',
  component: Stepper,
  args: { steps, current: 1 },
  argTypes: {
    ...variantArgTypes(stepperVariants),
    current: { control: { type: 'range', min: 0, max: 4 } },
    steps: { control: false },
  },
} satisfies Meta<typeof Stepper>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Progress' });
    await expect(within(list).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'step');
  },
};

export const Playground: Story = { args: { orientation: 'horizontal' } };

export const Vertical: Story = { args: { orientation: 'vertical', current: 2 } };

/** A wizard: completed steps are buttons that go back. */
export const InAWizard: Story = {
  render: function Render(args) {
    const [current, setCurrent] = useState(2);
    return (
      <div style={{ display: 'grid', gap: '1.5rem' }}>
        <Stepper {...args} current={current} onStepClick={(i) => setCurrent(i)} />
        <div style={{ display: 'flex', gap: '0.75rem' }}>
          <Button variant="outline" onClick={() => setCurrent((c) => Math.max(0, c - 1))}>
            Back
          </Button>
          <Button onClick={() => setCurrent((c) => Math.min(steps.length, c + 1))}>Continue</Button>
        </div>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Choose file/ }));
    await expect(canvas.getAllByRole('listitem')[0]).toHaveAttribute('aria-current', 'step');
  },
};

export const WithError: Story = {
  args: {
    current: 2,
    steps: [
      steps[0]!,
      { id: 'map', label: 'Map columns', description: '2 required columns are missing', state: 'error' },
      steps[2]!,
      steps[3]!,
    ],
  },
};

export const Complete: Story = { args: { current: 4 } };

export const LongText: Story = {
  args: {
    steps: [
      { id: 'a', label: 'Connect your Interactive Brokers account with a Flex Web Service token' },
      {
        id: 'b',
        label: 'Choose which accounts and date range to import',
        description: 'Up to 365 days at a time',
      },
      { id: 'c', label: 'Review' },
    ],
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    steps: [
      { id: 'file', label: 'اختيار الملف' },
      { id: 'map', label: 'مطابقة الأعمدة' },
      { id: 'review', label: 'المراجعة' },
    ],
  },
};
