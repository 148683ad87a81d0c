import { presets } from '@journalkit/theme';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef } from 'react';
import type { AnchorHTMLAttributes, Ref } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { AppShell } from './AppShell';
import type { AppShellProps } from './AppShell';

const navigation = [
  { id: 'journal', label: 'Journal', href: '/journal', current: true },
  { id: 'learn', label: 'Learn', href: '/learn' },
  { id: 'community', label: 'Community', href: '/community' },
];
const user = { name: 'Ana Lima', email: 'ana@example.com' };

function Shell(props: Partial<AppShellProps> & { ref?: Ref<HTMLDivElement> }) {
  return (
    <AppShell navigation={navigation} user={user} {...props}>
      <h1>Journal</h1>
    </AppShell>
  );
}

describe('AppShell', () => {
  it('has a banner, named navigation with the current page, and main; follows the conventions', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(<Shell ref={ref} className="partner" />);
    expect(ref.current).toHaveAttribute('data-component', 'AppShell');
    expect(ref.current).toHaveClass('partner');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Primary' });
    expect(within(nav).getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Learn' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { name: 'Journal' }));
    // Without a logo the brand is the tenant's name, linking home.
    expect(screen.getByRole('link', { name: 'Journalkit home' })).toHaveAttribute('href', '/');
    await expectNoAxeViolations(container);
  });

  it('starts with a skip link that moves focus to main', async () => {
    renderWithProvider(<Shell />);
    await userEvent.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it("shows the tenant's logo with its name as the text alternative", () => {
    renderWithProvider(<Shell homeHref="/t/acme" />, {
      theme: { ...presets.default, id: 'acme', name: 'Acme Trading', logo: { url: '/acme.svg' } },
      colorMode: 'light',
    });
    const home = screen.getByRole('link', { name: 'Acme Trading home' });
    expect(home).toHaveAttribute('href', '/t/acme');
    expect(within(home).getByRole('img', { name: 'Acme Trading' })).toHaveAttribute('src', '/acme.svg');
  });

  it('renders links through any router', async () => {
    const navigate = vi.fn();
    const RouterLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
      function RouterLink({ onClick, ...props }, ref) {
        return (
          <a
            ref={ref}
            {...props}
            data-router="yes"
            onClick={(e) => {
              onClick?.(e);
              e.preventDefault();
              navigate(props.href);
            }}
          />
        );
      },
    );
    renderWithProvider(<Shell renderLink={(p) => <RouterLink {...p} />} />);
    const nav = screen.getByRole('navigation', { name: 'Primary' });
    const learn = within(nav).getByRole('link', { name: 'Learn' });
    expect(learn).toHaveAttribute('data-router', 'yes');
    expect(learn).toHaveAttribute('data-part', 'nav-link');
    await userEvent.click(learn);
    expect(navigate).toHaveBeenCalledWith('/learn');
  });

  it('opens the user menu by keyboard with the name, email and sign out', async () => {
    const onSignOut = vi.fn();
    const onProfile = vi.fn();
    renderWithProvider(
      <Shell
        onSignOut={onSignOut}
        userMenuActions={[{ id: 'profile', label: 'Profile', onSelect: onProfile }]}
      />,
    );
    const trigger = screen.getByRole('button', { name: 'Ana Lima' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: 'Ana Lima' });
    expect(menu).toHaveTextContent('ana@example.com');
    expect(within(menu).getByRole('menuitem', { name: 'Profile' })).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens the navigation in a modal panel from the menu button and closes it on navigation', async () => {
    const { baseElement } = renderWithProvider(<Shell />);
    await userEvent.click(screen.getByRole('button', { name: 'Open menu' }));
    const drawer = screen.getByRole('dialog', { name: 'Menu' });
    expect(drawer).toHaveAttribute('data-part', 'nav-drawer');
    const nav = within(drawer).getByRole('navigation', { name: 'Primary' });
    expect(within(nav).getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(baseElement);
    await userEvent.click(within(nav).getByRole('link', { name: 'Community' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open menu' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open menu' })).toHaveFocus();
  });

  it('translates its strings and runs right to left', async () => {
    const { container } = renderWithProvider(<Shell onSignOut={() => {}} />, {
      locale: 'ar',
      resources: {
        ar: { appShell: { skipToContent: 'انتقل إلى المحتوى الرئيسي', primaryNavigation: 'التنقل الرئيسي' } },
      },
    });
    expect(screen.getByRole('link', { name: 'انتقل إلى المحتوى الرئيسي' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'التنقل الرئيسي' })).toBeInTheDocument();
    expect(screen.getByRole('banner').closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(container);
  });
});
