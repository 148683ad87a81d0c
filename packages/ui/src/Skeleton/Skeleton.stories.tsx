import type { Meta, StoryObj } from '@storybook/react-vite';
import { variantArgTypes } from '../internal/variants';
import { Skeleton, skeletonVariants } from './Skeleton';

const meta = {
  title: 'Components/Skeleton',
  component: Skeleton,
  args: { lines: 3 },
  argTypes: variantArgTypes(skeletonVariants),
  decorators: [
    (Story) => (
      <div aria-busy="true" aria-label="Loading trades" role="region" style={{ maxInlineSize: '24rem' }}>
        {Story()}
      </div>
    ),
  ],
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { shape: 'text', lines: 2, width: '100%', height: '1em' } };

export const TradeRow: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center' }}>
      <Skeleton shape="circle" height="2.5rem" />
      <div style={{ flex: 1 }}>
        <Skeleton lines={2} />
      </div>
      <Skeleton width="5rem" height="1.5rem" />
    </div>
  ),
};

export const Chart: Story = { args: { shape: 'rect', height: '10rem' } };

export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { lines: 4 } };
