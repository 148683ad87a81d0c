import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Switch } from './Switch';

const meta = {
  title: 'Components/Switch',
  component: Switch,
  args: { label: 'Show fees in P&L' },
} satisfies Meta<typeof Switch>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const sw = within(canvasElement).getByRole('switch', { name: 'Show fees in P&L' });
    await userEvent.click(sw);
    await expect(sw).toBeChecked();
  },
};

export const Playground: Story = {
  args: { size: 'md', labelPosition: 'end', disabled: false, defaultChecked: false },
};

export const States: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <Switch {...args} label="Off" />
      <Switch {...args} label="On" defaultChecked />
      <Switch {...args} label="Small" size="sm" defaultChecked />
      <Switch {...args} label="Label first" labelPosition="start" />
      <Switch {...args} label="Disabled" disabled />
    </div>
  ),
};

export const LongText: Story = {
  args: {
    label:
      'Send me a weekly email with my journal summary, best and worst trades and the lessons I have not finished',
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'إظهار الرسوم', defaultChecked: true },
};
