import type { Meta, StoryObj } from '@storybook/react-vite';
import { Badge } from '../Badge/Badge';
import { Button } from '../Button/Button';
import { IconButton } from '../IconButton/IconButton';
import { CloseIcon } from '../icons';
import { variantArgTypes } from '../internal/variants';
import { Skeleton } from '../Skeleton/Skeleton';
import { Stat } from '../Stat/Stat';
import { Card, cardVariants } from './Card';

const meta = {
  title: 'Components/Card',
  component: Card,
  args: {
    title: 'Weekly review',
    description: 'Mar 3 – Mar 9',
    children: 'You took 14 trades, 9 winners. Your best setup was the London breakout.',
  },
  argTypes: variantArgTypes(cardVariants),
  decorators: [(Story) => <div style={{ maxInlineSize: '28rem' }}>{Story()}</div>],
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {
  args: { variant: 'outline', padding: 'md', titleAs: 'h3', interactive: false },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {cardVariants.variant.values.map((variant) => (
        <Card key={variant} {...args} variant={variant} title={`Variant: ${variant}`} />
      ))}
    </div>
  ),
};

export const WithActionsAndFooter: Story = {
  args: {
    actions: (
      <IconButton label="Dismiss review" size="sm">
        <CloseIcon />
      </IconButton>
    ),
    footer: (
      <>
        <Button variant="outline">Later</Button>
        <Button>Start review</Button>
      </>
    ),
    children: (
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
        <Stat label="Net P&L" value={1840.25} format="money" pnl size="sm" />
        <Stat label="Win rate" value={0.643} format="percent" size="sm" />
        <Badge tone="positive">Plan followed</Badge>
      </div>
    ),
  },
};

export const Loading: Story = {
  args: { title: undefined, description: undefined, children: <Skeleton lines={3} />, 'aria-busy': true },
};

export const LongText: Story = {
  args: {
    title:
      'A very long card title that needs to wrap because the trader named this playbook very descriptively',
    description:
      'Created from the template “Opening range breakout with volume confirmation on index futures”',
  },
};

export const AsLink: Story = {
  render: (args) => (
    <Card {...args} asChild interactive>
      <a href="#lesson-3" style={{ textDecoration: 'none' }}>
        Lesson 3: Position sizing
      </a>
    </Card>
  ),
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    title: 'المراجعة الأسبوعية',
    description: '٣ – ٩ مارس',
    children: 'نفذت ١٤ صفقة، ٩ منها رابحة.',
    footer: <Button>ابدأ المراجعة</Button>,
  },
};
