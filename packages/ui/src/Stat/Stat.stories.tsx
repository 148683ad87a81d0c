import type { Meta, StoryObj } from '@storybook/react-vite';
import { Stat } from './Stat';

const meta = {
  title: 'Components/Stat',
  component: Stat,
  args: {
    label: 'Net P&L',
    value: 1840.25,
    format: 'money',
    currency: 'USD',
    pnl: true,
    delta: 0.124,
    deltaLabel: 'vs last month',
  },
  argTypes: {
    format: { control: 'select', options: ['number', 'money', 'percent'] },
    deltaFormat: { control: 'select', options: ['number', 'money', 'percent'] },
    size: { control: 'select', options: ['sm', 'md'] },
  },
} satisfies Meta<typeof Stat>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {
  args: { lowerIsBetter: false, loading: false, size: 'md', deltaFormat: 'percent' },
};

export const Dashboard: Story = {
  render: () => (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))', gap: '1.5rem' }}
    >
      <Stat
        label="Net P&L"
        value={-642.1}
        format="money"
        currency="USD"
        pnl
        delta={-0.08}
        deltaLabel="vs last month"
      />
      <Stat label="Win rate" value={0.583} format="percent" delta={0.021} />
      <Stat label="Profit factor" value={1.74} delta={0} deltaFormat="number" />
      <Stat
        label="Max drawdown"
        value={0.064}
        format="percent"
        delta={0.012}
        lowerIsBetter
        deltaLabel="higher is worse"
      />
    </div>
  ),
};

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = {
  args: {
    value: '—',
    pnl: false,
    delta: undefined,
    deltaLabel: undefined,
    label: 'Expectancy (no trades yet)',
  },
};

export const LongText: Story = {
  args: {
    label: 'Average realised risk-to-reward on trades tagged “A+ setup” this quarter',
    value: 2.35,
    format: 'number',
    pnl: false,
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '14rem' }}>{Story()}</div>],
};

export const Locales: Story = {
  globals: { locale: 'de' },
  args: { value: 123456.78, currency: 'EUR' },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'صافي الربح والخسارة', deltaLabel: 'مقارنة بالشهر الماضي' },
};
