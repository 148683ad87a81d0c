import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Popover } from './Popover';

describe('Popover', () => {
  it('opens a named dialog from its trigger, moves focus in, closes with Escape back to the trigger', async () => {
    const ref = createRef<HTMLDivElement>();
    const { baseElement } = renderWithProvider(
      <Popover.Root>
        <Popover.Trigger asChild>
          <Button>Filters</Button>
        </Popover.Trigger>
        <Popover.Content ref={ref} className="x" closeButton>
          <Popover.Title>Show trades</Popover.Title>
          <Popover.Description>Pick what the list shows.</Popover.Description>
          <Button>Apply</Button>
        </Popover.Content>
      </Popover.Root>,
      { locale: 'ar', resources: { ar: { common: { close: 'إغلاق' } } } },
    );
    const trigger = screen.getByRole('button', { name: 'Filters' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Show trades' });
    expect(dialog).toBe(ref.current);
    expect(dialog).toHaveClass('x');
    expect(dialog).toHaveAttribute('data-component', 'Popover.Content');
    expect(dialog).toHaveAccessibleDescription('Pick what the list shows.');
    expect(dialog.closest('[data-part="portal"]')).toHaveAttribute('dir', 'rtl');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await expectNoAxeViolations(baseElement);
    await userEvent.click(screen.getByRole('button', { name: 'إغلاق' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });
});
