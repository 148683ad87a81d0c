import type { Meta, StoryObj } from '@storybook/react-vite';
import { EquityCurve } from './EquityCurve';
import { allWinners, makeEquity, makeIntradayEquity } from './fixtures';

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

/** Several trades closing on each day: the time axis labels hours between days, never the same day twice. */
export const SameDayTrades: Story = { args: { data: makeIntradayEquity(5, 4) } };

/** No drawdown at all: its scale reads $0.00, never -$0.00. */
export const NoDrawdown: Story = { args: { data: allWinners } };

export const NarrowRightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { data: makeIntradayEquity(5, 4) },
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
};
