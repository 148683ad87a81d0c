import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { aprilDays, novemberDays } from './fixtures';
import { PnLCalendar } from './PnLCalendar';

const meta = {
  title: 'Journal/PnLCalendar',
  component: PnLCalendar,
  args: {
    defaultMonth: '2026-11',
    days: novemberDays,
    currency: 'USD',
    onSelectDay: fn(),
    onMonthChange: fn(),
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '40rem' }}>{Story()}</div>],
} satisfies Meta<typeof PnLCalendar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every amount shown lies wholly in its cell (never "+$6,39…"), whatever form the width allows. */
const noAmountCut: Story['play'] = async ({ canvasElement }) => {
  const cut = [...canvasElement.querySelectorAll<HTMLElement>('[data-part="pnl"]')].flatMap((amount) => {
    const box = amount.getBoundingClientRect();
    return [...amount.querySelectorAll<HTMLElement>('[data-part="number"]')]
      .filter((n) => getComputedStyle(n).visibility !== 'hidden')
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return r.left < box.left - 0.5 || r.right > box.right + 0.5;
      })
      .map((n) => n.textContent);
  });
  await expect(cut).toEqual([]);
};

export const Default: Story = {};

export const Playground: Story = { args: { currency: 'EUR' } };

export const Empty: Story = { args: { days: [] } };

export const LongText: Story = {
  play: noAmountCut,
  args: {
    currency: 'JPY',
    days: novemberDays.map((d) => ({ ...d, netPnl: String(Number(d.netPnl) * 100_000) })),
  },
};

export const MondayFirst: Story = { globals: { locale: 'de' }, args: { currency: 'EUR' } };

export const RightToLeft: Story = { globals: { locale: 'ar' } };

/** Four-figure days in a dashboard half-width card: in full where they fit, else compact. */
export const LargeAmounts: Story = {
  args: { defaultMonth: '2024-04', days: aprilDays },
  decorators: [(Story) => <div style={{ maxInlineSize: '25rem' }}>{Story()}</div>],
  play: async (context) => {
    await noAmountCut(context);
    const root = context.canvasElement.querySelector('[data-component="PnLCalendar"]')!;
    await expect(root).toHaveAttribute('data-fit', 'compact');
    await expect(
      context.canvas.getByRole('button', { name: /April 8, 2024: Profit \+\$6,394\.20/ }),
    ).toHaveAttribute('title', '+$6,394.20');
  },
};

export const LargeAmountsWide: Story = {
  args: { defaultMonth: '2024-04', days: aprilDays },
  decorators: [(Story) => <div style={{ inlineSize: '48rem' }}>{Story()}</div>],
  play: async (context) => {
    await noAmountCut(context);
    await expect(context.canvasElement.querySelector('[data-component="PnLCalendar"]')).toHaveAttribute(
      'data-fit',
      'full',
    );
  },
};

/** A 320px card (a phone): not even "+$6.4K" fits; the cells show the arrow, the name and title the amount. */
export const NarrowCard: Story = {
  args: { defaultMonth: '2024-04', days: aprilDays },
  decorators: [(Story) => <div style={{ inlineSize: '20rem' }}>{Story()}</div>],
  play: noAmountCut,
};

export const LargeAmountsRightToLeft: Story = {
  ...LargeAmounts,
  globals: { locale: 'ar' },
  play: noAmountCut,
};

export const NarrowCardRightToLeft: Story = { ...NarrowCard, globals: { locale: 'ar' } };
