import type { Meta, StoryObj } from '@storybook/react-vite';
import { makeJournalTradeDetail } from '../test/journalTrades';
import { TradeDetail } from './TradeDetail';

const trade = makeJournalTradeDetail();

const meta = {
  title: 'Journal/TradeDetail',
  component: TradeDetail,
  args: { trade },
  argTypes: { trade: { control: 'object' } },
} satisfies Meta<typeof TradeDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {};

export const Losing: Story = {
  args: { trade: { ...trade, direction: 'short', netPnl: '-212.40', rMultiple: -1.06 } },
};

export const OpenTrade: Story = {
  args: {
    trade: {
      ...trade,
      status: 'open',
      closedAt: null,
      exitPrice: null,
      netPnl: null,
      rMultiple: null,
      holdingSeconds: null,
      executions: trade.executions.slice(0, 2),
    },
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** An option symbol in a narrow Arabic layout: left to right, wrapped rather than cut. */
export const LongSymbolRightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { trade: { ...trade, symbol: 'SPY241220C00510000' } },
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
};
