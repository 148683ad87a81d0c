import { createRef } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { AccountSwitcher } from './AccountSwitcher';
import { sampleAccounts } from './fixtures';

describe('AccountSwitcher', () => {
  it('offers all accounts, shows broker and currency, groups archived ones', async () => {
    const onValueChange = vi.fn();
    const ref = createRef<HTMLButtonElement>();
    const { baseElement, container } = renderWithProvider(
      <AccountSwitcher
        ref={ref}
        className="mine"
        accounts={sampleAccounts}
        value={null}
        onValueChange={onValueChange}
      />,
    );
    const root = container.querySelector('[data-component="AccountSwitcher"]');
    expect(root).toHaveClass('mine');
    const trigger = screen.getByRole('combobox', { name: 'Account' });
    expect(trigger).toBe(ref.current);
    expect(trigger).toHaveTextContent('All accounts');
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: 'All accounts' })).toHaveAttribute('aria-selected', 'true');
    const archived = screen.getByRole('group', { name: 'Archived' });
    expect(within(archived).getByRole('option')).toHaveTextContent('Old swing account · TD Ameritrade · USD');
    expect(
      within(screen.getByRole('group', { name: 'Accounts' })).getByRole('option', {
        name: 'Depot · Trade Republic · EUR',
      }),
    ).toBeInTheDocument();
    await expectNoAxeViolations(baseElement);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenCalledWith(sampleAccounts[0]!.id);
  });

  it('reports "All accounts" as null and shows the chosen account', async () => {
    const onValueChange = vi.fn();
    renderWithProvider(
      <AccountSwitcher
        accounts={sampleAccounts.slice(0, 2)}
        value={sampleAccounts[1]!.id}
        onValueChange={onValueChange}
      />,
    );
    const trigger = screen.getByRole('combobox', { name: 'Account' });
    expect(trigger).toHaveTextContent('Futures · Tradovate · USD');
    expect(screen.queryByRole('group')).toBeNull();
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}{Home}{Enter}');
    expect(onValueChange).toHaveBeenCalledWith(null);
  });
});
