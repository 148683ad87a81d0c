import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CloseIcon, ExternalLinkIcon, PlusIcon } from '../icons';
import { buttonVariants } from '../Button/Button';
import { variantArgTypes } from '../internal/variants';
import { IconButton } from './IconButton';

const meta = {
  title: 'Components/IconButton',
  component: IconButton,
  args: { label: 'Add trade', children: <PlusIcon /> },
  argTypes: { ...variantArgTypes(buttonVariants), children: { control: false } },
} satisfies Meta<typeof IconButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {
  args: { variant: 'ghost', tone: 'neutral', size: 'md', tooltip: true, disabled: false, loading: false },
};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.75rem' }}>
      {buttonVariants.variant.values.map((variant) => (
        <IconButton
          key={variant}
          {...args}
          variant={variant}
          tone="accent"
          label={`Add trade (${variant})`}
        />
      ))}
    </div>
  ),
};

export const TooltipOnFocus: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('button', { name: 'Add trade' })).toHaveFocus();
    await expect(await within(document.body).findByRole('tooltip')).toHaveTextContent('Add trade');
  },
};

export const Disabled: Story = { args: { disabled: true, label: 'Close position', children: <CloseIcon /> } };

export const Loading: Story = { args: { loading: true } };

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'فتح في علامة تبويب جديدة', children: <ExternalLinkIcon /> },
};
