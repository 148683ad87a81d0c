import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Tabs } from './Tabs';

const example = (
  <Tabs.Root defaultValue="a" className="x">
    <Tabs.List aria-label="Journal" variant="soft">
      <Tabs.Trigger value="a">Overview</Tabs.Trigger>
      <Tabs.Trigger value="b" count={1200}>
        Trades
      </Tabs.Trigger>
      <Tabs.Trigger value="c" disabled>
        Notes
      </Tabs.Trigger>
      <Tabs.Trigger value="d">Reviews</Tabs.Trigger>
    </Tabs.List>
    <Tabs.Content value="a">Stats</Tabs.Content>
    <Tabs.Content value="b">List</Tabs.Content>
    <Tabs.Content value="c">Notes panel</Tabs.Content>
    <Tabs.Content value="d">Reviews panel</Tabs.Content>
  </Tabs.Root>
);

describe('Tabs', () => {
  it('is a named tablist whose arrows skip disabled tabs and select the panel', async () => {
    const { container } = renderWithProvider(example, { locale: 'de' });
    expect(container.querySelector('[data-component="Tabs"]')).toHaveClass('x');
    expect(screen.getByRole('tablist', { name: 'Journal' })).toHaveAttribute('data-variant', 'soft');
    expect(screen.getByRole('tab', { name: 'Trades 1.200' })).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tabpanel', { name: /Trades/ })).toHaveTextContent('List');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Reviews' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(container);
  });

  it('mirrors arrow keys in right-to-left locales', async () => {
    renderWithProvider(example, { locale: 'ar' });
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: /Trades/ })).toHaveAttribute('aria-selected', 'true');
  });
});
