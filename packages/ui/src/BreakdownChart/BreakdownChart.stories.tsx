import type { Meta, StoryObj } from '@storybook/react-vite';
import { BreakdownChart } from './BreakdownChart';
import { holdingBuckets, hourBuckets, weekdayBuckets } from './fixtures';

const meta = {
  title: 'Journal/BreakdownChart',
  component: BreakdownChart,
  args: { by: 'weekday', data: weekdayBuckets, metric: 'netPnl' },
  argTypes: {
    by: {
      control: 'select',
      options: ['symbol', 'side', 'tag', 'setup', 'mistake', 'weekday', 'hour', 'holding'],
    },
    metric: { control: 'select', options: ['netPnl', 'winRate', 'profitFactor', 'expectancy'] },
    sort: { control: 'select', options: [undefined, 'natural', 'value'] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '36rem' }}>{Story()}</div>],
} satisfies Meta<typeof BreakdownChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { defaultSort: 'natural' } };

export const ByHour: Story = { args: { by: 'hour', data: hourBuckets } };

export const ByHolding: Story = { args: { by: 'holding', data: holdingBuckets } };

export const WinRate: Story = { args: { by: 'holding', data: holdingBuckets, metric: 'winRate' } };

export const SortedByValue: Story = { args: { defaultSort: 'value' } };

export const Empty: Story = { args: { data: [] } };

export const LongText: Story = {
  args: {
    by: 'tag',
    data: [
      { ...weekdayBuckets[0]!, key: 'A+ setup with confirmation on the higher timeframe and volume' },
      { ...weekdayBuckets[1]!, key: 'revenge' },
    ],
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };
