import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
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

/**
 * A 320px phone: the detail fits the screen; the executions table, wider than that, scrolls
 * sideways in its own focusable region instead of pushing the page (and its badges) off screen.
 */
export const PhoneWidth: Story = {
  decorators: [(Story) => <div style={{ inlineSize: '320px' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-component="TradeDetail"]')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(320);
    const region = canvasElement.querySelector<HTMLElement>('[data-part="executions-scroll"]')!;
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAccessibleName();
  },
};

export const PhoneWidthRightToLeft: Story = { ...PhoneWidth, globals: { locale: 'ar' } };
