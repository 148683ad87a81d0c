import type { Meta, StoryObj } from '@storybook/react-vite';
import { EquityCurve } from './EquityCurve';
import { makeEquity } from './fixtures';

const meta = {
  title: 'Journal/EquityCurve',
  component: EquityCurve,
  args: { data: makeEquity(120), currency: 'USD', loading: false },
  decorators: [(Story) => <div style={{ maxInlineSize: '48rem' }}>{Story()}</div>],
} satisfies Meta<typeof EquityCurve>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { height: '24rem' } };

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { data: [] } };

export const ManyTrades: Story = { args: { data: makeEquity(600, 3) } };

export const Dark: Story = { globals: { colorMode: 'dark' } };

export const LongText: Story = {
  args: {
    currency: 'JPY',
    data: makeEquity(60).map((p) => ({ ...p, cumulativeNetPnl: `${p.cumulativeNetPnl}00000` })),
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };
