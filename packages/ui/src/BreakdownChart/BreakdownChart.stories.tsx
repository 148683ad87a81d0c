import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { BreakdownChart } from './BreakdownChart';
import { Card } from '../Card/Card';
import { holdingBuckets, hourBuckets, setupBuckets, weekdayBuckets } from './fixtures';

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

/**
 * Setup names in a ~300 px dashboard card: each label gets its own line above its bar and value,
 * wraps between words only (two lines at most, then an ellipsis; the title and screen readers get
 * all of it), and nothing sticks out of the card.
 */
export const NarrowCard: Story = {
  args: { by: 'setup', data: setupBuckets },
  decorators: [
    (Story) => (
      <Card title="Net P&L by setup" style={{ inlineSize: 300 }}>
        {Story()}
      </Card>
    ),
  ],
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>('[data-component="BreakdownChart"]')!;
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    for (const label of root.querySelectorAll<HTMLElement>('[data-part="row"] > [data-part="label"]')) {
      await expect(label.title).toBe(label.textContent);
      // A word laid out on two lines would have two boxes (breaks after a hyphen are allowed).
      const text = label.firstChild!;
      for (const m of label.textContent!.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        await expect(range.getClientRects().length, m[0]).toBe(1);
      }
    }
  },
};

export const NarrowCardRightToLeft: Story = { ...NarrowCard, globals: { locale: 'ar' } };
