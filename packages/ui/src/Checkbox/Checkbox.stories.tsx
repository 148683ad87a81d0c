import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Checkbox } from './Checkbox';

const meta = {
  title: 'Components/Checkbox',
  component: Checkbox,
  args: { label: 'Followed my trading plan' },
} satisfies Meta<typeof Checkbox>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox', { name: 'Followed my trading plan' });
    await userEvent.click(box);
    await expect(box).toBeChecked();
  },
};

export const Playground: Story = {
  args: {
    description: 'Counts toward your discipline score',
    disabled: false,
    invalid: false,
    required: false,
  },
};

export const States: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <Checkbox {...args} label="Unchecked" />
      <Checkbox {...args} label="Checked" defaultChecked />
      <Checkbox {...args} label="Some trades selected" checked="indeterminate" />
      <Checkbox {...args} label="Disabled" disabled />
      <Checkbox {...args} label="Disabled and checked" disabled defaultChecked />
      <Checkbox {...args} label="Invalid" invalid />
    </div>
  ),
};

export const LongText: Story = {
  args: {
    label:
      'I confirm that I have read the risk disclosure and understand that leveraged products can lose more than the deposit',
    description: 'Required once per account before live trading.',
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}>{Story()}</div>],
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'التزمت بخطة التداول', description: 'يُحتسب ضمن درجة الانضباط', defaultChecked: true },
};
