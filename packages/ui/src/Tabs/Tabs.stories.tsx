import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { variantArgTypes } from '../internal/variants';
import { Tabs, tabsVariants } from './Tabs';
import type { TabsListProps, TabsRootProps } from './Tabs';

interface Args {
  variant: NonNullable<TabsListProps['variant']>;
  orientation: NonNullable<TabsRootProps['orientation']>;
  fullWidth: boolean;
  disabled: boolean;
  labels: [string, string, string];
}

const meta = {
  title: 'Components/Tabs',
  args: {
    variant: 'underline',
    orientation: 'horizontal',
    fullWidth: false,
    disabled: false,
    labels: ['Overview', 'Trades', 'Notes'],
  },
  argTypes: {
    ...variantArgTypes(tabsVariants),
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
  },
  render: ({ variant, orientation, fullWidth, disabled, labels }) => (
    <Tabs.Root defaultValue="overview" orientation={orientation}>
      <Tabs.List aria-label="Journal" variant={variant} fullWidth={fullWidth}>
        <Tabs.Trigger value="overview">{labels[0]}</Tabs.Trigger>
        <Tabs.Trigger value="trades" count={128}>
          {labels[1]}
        </Tabs.Trigger>
        <Tabs.Trigger value="notes" disabled={disabled}>
          {labels[2]}
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="overview">Win rate, expectancy and drawdown for the selected period.</Tabs.Content>
      <Tabs.Content value="trades">Every closed trade, newest first.</Tabs.Content>
      <Tabs.Content value="notes">Your journal notes.</Tabs.Content>
    </Tabs.Root>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('tab', { name: 'Overview' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('tab', { name: /Trades/ })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tabpanel')).toHaveTextContent('Every closed trade');
  },
};

export const Playground: Story = {};

export const Soft: Story = { args: { variant: 'soft' } };

export const Vertical: Story = { args: { orientation: 'vertical' } };

export const Disabled: Story = { args: { disabled: true } };

export const LongText: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem' }}>{Story()}</div>],
  args: {
    labels: ['Performance by session and weekday', 'Trades imported from all accounts', 'Weekly reviews'],
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { labels: ['نظرة عامة', 'الصفقات', 'الملاحظات'] },
};
