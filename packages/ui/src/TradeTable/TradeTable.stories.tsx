import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { makeJournalTrades } from '../test/journalTrades';
import { TradeTable } from './TradeTable';

const thousand = makeJournalTrades(1_000);
const hundredThousand = makeJournalTrades(100_000);

const meta = {
  title: 'Journal/TradeTable',
  component: TradeTable,
  args: { trades: thousand, onOpenTrade: fn(), maxHeight: '24rem' },
  argTypes: {
    trades: { control: false },
    loading: { control: 'boolean' },
    columnPicker: { control: 'boolean' },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
  },
} satisfies Meta<typeof TradeTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { size: 'md', columnPicker: true, loading: false } };

/** 100,000 trades: only the visible window is in the DOM; Enter on a row opens it. */
export const HundredThousandRows: Story = {
  args: { trades: hundredThousand },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('grid', { name: 'Trades' })).toHaveAttribute('aria-rowcount', '100001');
    await expect(canvas.getAllByRole('row').length).toBeLessThan(60);
    canvas.getAllByRole('row')[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onOpenTrade).toHaveBeenCalled();
  },
};

/**
 * Infinite scrolling: `onEndReached` is called as the scroll nears the last rows (and while the
 * rows do not fill the table); here it "loads" 50 more trades, up to 200.
 */
export const LoadMoreOnScroll: Story = {
  args: { trades: [] },
  render: function LoadMore(args) {
    const [count, setCount] = useState(50);
    const [loading, setLoading] = useState(false);
    const more = () => {
      if (count >= 200) return;
      setLoading(true);
      setTimeout(() => {
        setCount((c) => c + 50);
        setLoading(false);
      }, 300);
    };
    return (
      <>
        <TradeTable {...args} trades={thousand.slice(0, count)} loading={loading} onEndReached={more} />
        <p data-part="loaded">{count} trades loaded</p>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const loaded = canvasElement.querySelector('[data-part="loaded"]')!;
    await expect(loaded).toHaveTextContent('50 trades loaded');
    const viewport = canvasElement.querySelector<HTMLElement>('[data-part="viewport"]')!;
    viewport.scrollTop = viewport.scrollHeight;
    await waitFor(() => expect(loaded).toHaveTextContent('100 trades loaded'));
    await expect(canvas.getByRole('grid', { name: 'Trades' })).toHaveAttribute('aria-rowcount', '101');
  },
};

export const WithClosedColumn: Story = {
  args: { defaultVisibleColumnIds: ['symbol', 'side', 'opened', 'closed', 'qty', 'pnl', 'r', 'tags'] },
};

export const Loading: Story = { args: { trades: [], loading: true } };

export const Empty: Story = { args: { trades: [] } };

export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { trades: thousand.slice(0, 40) } };

const optionSymbols = ['SPY241220C00510000', 'AAPL250117P00180000', 'QQQ241115C00495000', 'ES'];

/**
 * Option symbols longer than the column, in Arabic: they are cut at their own end ("SPY2412…"),
 * never at their beginning, and the full symbol is in the cell's title.
 */
export const LongSymbolsRightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    trades: thousand.slice(0, 12).map((t, i) => ({ ...t, symbol: optionSymbols[i % optionSymbols.length]! })),
  },
  play: async ({ canvasElement }) => {
    const symbols = [
      ...canvasElement.querySelectorAll<HTMLElement>('[data-column="symbol"] [data-part="cell-content"]'),
    ];
    await expect(symbols.length).toBeGreaterThan(0);
    for (const content of symbols) {
      const box = content.getBoundingClientRect();
      const text = [...content.querySelectorAll('*'), content]
        .flatMap((el) => [...el.childNodes])
        .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent)!;
      // The symbol's first character is inside the visible box of the cell.
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect();
      await expect(first.left).toBeGreaterThanOrEqual(box.left - 0.5);
      await expect(first.right).toBeLessThanOrEqual(box.right + 0.5);
    }
  },
};

const typicalPrices: [string, string, string, string][] = [
  // symbol, quantity, entry, exit
  ['ESM24', '2', '5213.25', '5196.5'],
  ['MNQM24', '18', '18240.125', '18241.75'],
  ['PEPEUSDT', '2500000', '0.00012345', '0.00012298'],
  ['BTCUSD', '0.5', '65432.1', '66012.35'],
  ['EURUSD', '150000', '1.08412', '1.08655'],
  ['NVDA', '1200', '1024.775', '1031.2'],
];

/**
 * Futures, FX, crypto and stock prices at the columns' minimum widths (a narrow container: the
 * table scrolls sideways): no number is cut, and a crypto price keeps its eight decimals.
 */
export const TypicalPrices: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '20rem' }}>{Story()}</div>],
  args: {
    trades: thousand.slice(0, typicalPrices.length).map((t, i) => {
      const [symbol, quantity, entryPrice, exitPrice] = typicalPrices[i]!;
      return { ...t, symbol, quantity, entryPrice, exitPrice, netPnl: t.netPnl ?? '1284.5' };
    }),
  },
  play: async ({ canvasElement }) => {
    const cells = [
      ...canvasElement.querySelectorAll<HTMLElement>('[data-numeric] > [data-part="cell-content"]'),
    ];
    await expect(cells.length).toBeGreaterThan(0);
    await expect(canvasElement.textContent).toMatch(/0[.,٫]00012345/);
    // Every formatted number lies wholly inside its cell's visible box.
    const cut = cells.flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      return [...cell.querySelectorAll('[data-part="number"]')]
        .filter((num) => {
          const r = num.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        })
        .map((num) => `${cell.parentElement!.dataset.column}: ${num.textContent}`);
    });
    await expect(cut).toEqual([]);
  },
};

export const TypicalPricesRightToLeft: Story = { ...TypicalPrices, globals: { locale: 'ar' } };

export const TypicalPricesGerman: Story = { ...TypicalPrices, globals: { locale: 'de' } };
