import type { Meta, StoryObj } from '@storybook/react-vite';
import { variantArgTypes } from '../internal/variants';
import { Progress, progressVariants } from './Progress';

const meta = {
  title: 'Components/Progress',
  component: Progress,
  args: { label: 'Course progress', value: 42, showValue: true },
  argTypes: { ...variantArgTypes(progressVariants), value: { control: { type: 'range', min: 0, max: 100 } } },
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}>{Story()}</div>],
} satisfies Meta<typeof Progress>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {
  args: { variant: 'bar', size: 'md', tone: 'accent', max: 100, hideLabel: false },
};

export const Ring: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '1.5rem', flexWrap: 'wrap' }}>
      {progressVariants.size.values.map((size) => (
        <Progress
          key={size}
          {...args}
          variant="ring"
          size={size}
          label={`Lesson quiz (${size})`}
          value={75}
        />
      ))}
    </div>
  ),
};

export const Tones: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {progressVariants.tone.values.map((tone) => (
        <Progress key={tone} {...args} tone={tone} label={`Monthly target (${tone})`} value={64} />
      ))}
    </div>
  ),
};

export const Indeterminate: Story = { args: { value: null, label: 'Importing trades', showValue: false } };

export const Empty: Story = { args: { value: 0, label: 'Course not started' } };

export const Complete: Story = { args: { value: 100, label: 'Course complete', tone: 'positive' } };

export const LongText: Story = {
  args: {
    label: 'Module 4: Managing open positions through high-impact news releases and overnight gaps',
    value: 18,
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <Progress {...args} label="تقدم الدورة" value={30} />
      <Progress {...args} label="اختبار الدرس" variant="ring" value={30} />
    </div>
  ),
};
