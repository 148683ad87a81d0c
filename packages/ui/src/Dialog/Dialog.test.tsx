import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Dialog } from './Dialog';

function Example() {
  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <Button>Edit trade</Button>
      </Dialog.Trigger>
      <Dialog.Content className="x">
        <Dialog.Title>Edit trade</Dialog.Title>
        <Dialog.Description>Change entry, exit or notes.</Dialog.Description>
        <Dialog.Footer>
          <Dialog.Close asChild>
            <Button variant="outline">Cancel</Button>
          </Dialog.Close>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}

describe('Dialog', () => {
  it('opens a named, described modal, traps focus, closes with Escape and returns focus', async () => {
    const { baseElement } = renderWithProvider(<Example />, {
      locale: 'ar',
      resources: { ar: { dialog: { close: 'إغلاق مربع الحوار' } } },
    });
    const trigger = screen.getByRole('button', { name: 'Edit trade' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Edit trade' });
    expect(dialog).toHaveAccessibleDescription('Change entry, exit or notes.');
    expect(dialog).toHaveAttribute('data-component', 'Dialog.Content');
    expect(dialog).toHaveClass('x');
    expect(dialog.closest('[data-part="portal"]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('button', { name: 'إغلاق مربع الحوار' })).toBeInTheDocument();
    await expectNoAxeViolations(baseElement);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('closes from the corner button', async () => {
    renderWithProvider(<Example />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit trade' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close dialog' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
