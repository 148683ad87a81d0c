import type { Meta, StoryObj } from '@storybook/react-vite';
import { emptySummary, mixedSummary, usdSummary } from './fixtures';
import { StatsGrid } from './StatsGrid';

const meta = {
  title: 'Journal/StatsGrid',
  component: StatsGrid,
  args: { summary: usdSummary, loading: false },
} satisfies Meta<typeof StatsGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { headingAs: 'h3' } };

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { summary: emptySummary } };

export const Losing: Story = {
  args: {
    summary: {
      ...usdSummary,
      netPnl: '-2210.75',
      expectancy: '-46.06',
      averageR: -0.31,
      maxDrawdownPercent: 16.24,
    },
  },
};

export const SeveralCurrencies: Story = { args: { summary: mixedSummary } };

export const LongText: Story = {
  args: {
    summary: { ...usdSummary, currency: 'JPY', netPnl: '123456789012.00', maxDrawdown: '98765432100.00' },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}>{Story()}</div>],
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };
