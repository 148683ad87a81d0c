import type { Meta, StoryObj } from '@storybook/react-vite';
import { variantArgTypes } from '../internal/variants';
import { Link, linkVariants } from './Link';

const meta = {
  title: 'Components/Link',
  component: Link,
  args: { href: '#lessons', children: 'Read the risk management lesson' },
  argTypes: variantArgTypes(linkVariants),
} satisfies Meta<typeof Link>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = { args: { tone: 'accent', underline: 'always', external: false } };

export const InText: Story = {
  render: (args) => (
    <p style={{ maxInlineSize: '40ch' }}>
      Position sizing keeps losses survivable. <Link {...args} /> before your next session, then log how the
      plan held up.
    </p>
  ),
};

export const External: Story = {
  args: { href: 'https://example.com', external: true, children: 'Broker status page' },
};

export const LongText: Story = {
  args: { children: 'A very long link text that wraps over several lines because the column is narrow' },
  render: (args) => (
    <p style={{ maxInlineSize: '16rem' }}>
      <Link {...args} />
    </p>
  ),
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { href: 'https://example.com', external: true, children: 'صفحة حالة الوسيط' },
};
