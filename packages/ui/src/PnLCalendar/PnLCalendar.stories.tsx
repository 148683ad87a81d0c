import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { novemberDays } from './fixtures';
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

export const Default: Story = {};

export const Playground: Story = { args: { currency: 'EUR' } };

export const Empty: Story = { args: { days: [] } };

export const LongText: Story = {
  args: {
    currency: 'JPY',
    days: novemberDays.map((d) => ({ ...d, netPnl: String(Number(d.netPnl) * 100_000) })),
  },
};

export const MondayFirst: Story = { globals: { locale: 'de' }, args: { currency: 'EUR' } };

export const RightToLeft: Story = { globals: { locale: 'ar' } };
