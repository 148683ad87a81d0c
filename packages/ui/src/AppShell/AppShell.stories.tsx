import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { Card } from '../Card/Card';
import { EmptyState } from '../EmptyState/EmptyState';
import { AppShell } from './AppShell';

const logo =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32"><rect width="32" height="32" rx="8" fill="#0b5fff"/><path d="M9 20l6-8 5 6 4-4 5 6" stroke="#fff" stroke-width="2.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/><text x="40" y="22" font-family="system-ui,sans-serif" font-size="15" font-weight="700" fill="#0b5fff">Acme</text></svg>',
  );

const navigation = [
  { id: 'journal', label: 'Journal', href: '#journal', current: true },
  { id: 'learn', label: 'Learn', href: '#learn' },
  { id: 'community', label: 'Community', href: '#community' },
  { id: 'admin', label: 'Admin', href: '#admin' },
];

const page = (
  <div style={{ padding: '1.5rem', display: 'grid', gap: '1rem' }}>
    <h1 style={{ margin: 0 }}>Journal</h1>
    <Card>
      <EmptyState
        titleAs="h2"
        title="Your journal is coming"
        description="Import trades from your broker to start."
      />
    </Card>
  </div>
);

const meta = {
  title: 'Components/AppShell',
  component: AppShell,
  args: {
    navigation,
    user: { name: 'Ana Lima', email: 'ana@example.com' },
    onSignOut: fn(),
    children: page,
  },
  argTypes: { children: { control: false }, navigation: { control: 'object' } },
  // The shell is the page: no padding around it.
  decorators: [(Story) => <div style={{ margin: '-1.5rem' }}>{Story()}</div>],
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Playground: Story = {
  args: { brandName: 'Acme Trading', homeHref: '#home', navigationLabel: 'Primary' },
};

export const WithLogo: Story = { args: { logoUrl: logo, brandName: 'Acme' } };

/** A narrow container: the navigation collapses into a menu button and a panel. */
export const Narrow: Story = {
  decorators: [(Story) => <div style={{ maxInlineSize: '24rem', margin: '-1.5rem' }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Open menu' }));
    const drawer = await within(document.body).findByRole('dialog', { name: 'Menu' });
    await expect(within(drawer).getByRole('link', { name: 'Journal' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await userEvent.keyboard('{Escape}');
  },
};

export const UserMenuOpen: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Ana Lima' }));
    await within(document.body).findByRole('menuitem', { name: 'Sign out' });
  },
};

export const LongText: Story = {
  args: {
    brandName: 'Northern Hemisphere Proprietary Trading Academy',
    user: { name: 'Maximiliane Alexandra von Hohenberg-Schwarzenfeld', email: 'maximiliane@example.com' },
    navigation: [
      ...navigation,
      { id: 'reports', label: 'Reports and statements', href: '#reports' },
      { id: 'settings', label: 'Account settings', href: '#settings' },
    ],
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: {
    brandName: 'أكمي للتداول',
    user: { name: 'سارة أحمد', email: 'sara@example.com' },
    navigation: [
      { id: 'journal', label: 'اليوميات', href: '#journal', current: true },
      { id: 'learn', label: 'التعلّم', href: '#learn' },
      { id: 'community', label: 'المجتمع', href: '#community' },
    ],
    children: (
      <div style={{ padding: '1.5rem' }}>
        <h1 style={{ margin: 0 }}>اليوميات</h1>
      </div>
    ),
  },
};
