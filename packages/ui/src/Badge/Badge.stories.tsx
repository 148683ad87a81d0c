import type { Meta, StoryObj } from '@storybook/react-vite';
import { AlertIcon, ArrowDownIcon, ArrowUpIcon, CheckIcon } from '../icons';
import { variantArgTypes } from '../internal/variants';
import { Badge, badgeVariants } from './Badge';

const meta = {
  title: 'Components/Badge',
  component: Badge,
  args: { children: 'Open' },
  argTypes: variantArgTypes(badgeVariants),
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { tone: 'accent', variant: 'soft', size: 'sm' } };

export const AllTones: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {badgeVariants.variant.values.map((variant) => (
        <div key={variant} style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          {badgeVariants.tone.values.map((tone) => (
            <Badge key={tone} {...args} tone={tone} variant={variant}>
              {tone}
            </Badge>
          ))}
        </div>
      ))}
    </div>
  ),
};

export const TradeOutcomes: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: '0.5rem' }}>
      <Badge tone="positive" icon={<ArrowUpIcon />}>
        Win
      </Badge>
      <Badge tone="negative" icon={<ArrowDownIcon />}>
        Loss
      </Badge>
      <Badge tone="info" icon={<CheckIcon />}>
        Plan followed
      </Badge>
      <Badge tone="warning" icon={<AlertIcon />}>
        Oversized
      </Badge>
    </div>
  ),
};

export const LongText: Story = {
  args: { children: 'Breakout with volume confirmation after news', tone: 'secondary' },
  decorators: [(Story) => <div style={{ maxInlineSize: '10rem' }}>{Story()}</div>],
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  render: () => (
    <div style={{ display: 'flex', gap: '0.5rem' }}>
      <Badge tone="positive" icon={<ArrowUpIcon />}>
        ربح
      </Badge>
      <Badge tone="negative" icon={<ArrowDownIcon />}>
        خسارة
      </Badge>
    </div>
  ),
};
