import type { Meta, StoryObj } from '@storybook/react-vite';
import { variantArgTypes } from '../internal/variants';
import { Avatar, avatarVariants } from './Avatar';

// A tiny inline image so stories need no network.
const picture =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#8ec5fc"/><circle cx="32" cy="26" r="12" fill="#fff"/><rect x="14" y="42" width="36" height="22" rx="11" fill="#fff"/></svg>',
  );

const meta = {
  title: 'Components/Avatar',
  component: Avatar,
  args: { name: 'Ada Lovelace' },
  argTypes: variantArgTypes(avatarVariants),
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { size: 'md', shape: 'circle', src: picture, decorative: false } };

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center' }}>
      {avatarVariants.size.values.map((size) => (
        <Avatar key={size} {...args} size={size} />
      ))}
    </div>
  ),
};

export const WithPicture: Story = { args: { src: picture } };

export const BrokenImage: Story = { args: { src: 'data:image/png;base64,broken', name: 'Grace Hopper' } };

export const LongName: Story = {
  args: { name: 'Maria Anna Sophia Theresia von Habsburg-Lothringen', size: 'lg', shape: 'square' },
};

export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { name: 'محمد علي', size: 'lg' } };
