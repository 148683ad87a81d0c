import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon } from '../icons';
import { variantArgTypes } from '../internal/variants';
import { Button, buttonVariants } from './Button';

const meta = {
  title: 'Components/Button',
  component: Button,
  args: { children: 'Save trade', onClick: fn() },
  argTypes: {
    ...variantArgTypes(buttonVariants),
    loading: { control: 'boolean' },
    disabled: { control: 'boolean' },
  },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save trade' }));
    await expect(args.onClick).toHaveBeenCalledTimes(1);
  },
};

export const Playground: Story = {
  args: { variant: 'solid', tone: 'accent', size: 'md', loading: false, disabled: false, fullWidth: false },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '0.75rem' }}>
      {buttonVariants.tone.values.map((tone) => (
        <div key={tone} style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
          {buttonVariants.variant.values.map((variant) => (
            <Button key={variant} {...args} tone={tone} variant={variant}>
              {`${tone} ${variant}`}
            </Button>
          ))}
        </div>
      ))}
    </div>
  ),
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
      {buttonVariants.size.values.map((size) => (
        <Button key={size} {...args} size={size}>{`Size ${size}`}</Button>
      ))}
    </div>
  ),
};

export const WithIcons: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.75rem' }}>
      <Button {...args} startIcon={<PlusIcon />}>
        New trade
      </Button>
      <Button {...args} tone="positive" startIcon={<ArrowUpIcon />}>
        Buy
      </Button>
      <Button {...args} tone="negative" startIcon={<ArrowDownIcon />}>
        Sell
      </Button>
    </div>
  ),
};

export const Loading: Story = {
  args: { loading: true },
  play: async ({ canvasElement, args }) => {
    const button = within(canvasElement).getByRole('button', { name: /Save trade/ });
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(button);
    await expect(args.onClick).not.toHaveBeenCalled();
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const LongText: Story = {
  args: { children: 'Export every trade from the last twelve months as a CSV file' },
  render: (args) => (
    <div style={{ maxInlineSize: '16rem', display: 'grid', gap: '0.75rem' }}>
      <Button {...args} />
      <Button {...args} fullWidth />
    </div>
  ),
};

export const AsLink: Story = {
  render: (args) => (
    <Button {...args} asChild variant="outline">
      <a href="#journal">Open journal</a>
    </Button>
  ),
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { children: 'حفظ الصفقة' },
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.75rem' }}>
      <Button {...args} startIcon={<PlusIcon />} />
      <Button {...args} loading />
    </div>
  ),
};
