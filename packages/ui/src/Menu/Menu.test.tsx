import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../Button/Button';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Menu } from './Menu';

function Example({ onSelect }: { onSelect: (a: string) => void }) {
  const [fees, setFees] = useState(true);
  const [density, setDensity] = useState('compact');
  return (
    <Menu.Root>
      <Menu.Trigger asChild>
        <Button>Actions</Button>
      </Menu.Trigger>
      <Menu.Content className="x">
        <Menu.Item onSelect={() => onSelect('edit')}>Edit</Menu.Item>
        <Menu.Item disabled>Share</Menu.Item>
        <Menu.Separator />
        <Menu.CheckboxItem checked={fees} onCheckedChange={setFees}>
          Fees
        </Menu.CheckboxItem>
        <Menu.RadioGroup value={density} onValueChange={setDensity}>
          <Menu.RadioItem value="compact">Compact</Menu.RadioItem>
          <Menu.RadioItem value="comfortable">Comfortable</Menu.RadioItem>
        </Menu.RadioGroup>
        <Menu.Item tone="negative" onSelect={() => onSelect('delete')}>
          Delete
        </Menu.Item>
      </Menu.Content>
    </Menu.Root>
  );
}

describe('Menu', () => {
  it('opens from the keyboard, moves with arrows past disabled items, activates and returns focus', async () => {
    const onSelect = vi.fn();
    const { baseElement } = renderWithProvider(<Example onSelect={onSelect} />);
    const trigger = screen.getByRole('button', { name: 'Actions' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    expect(menu).toHaveClass('x');
    expect(menu).toHaveAttribute('data-component', 'Menu.Content');
    expect(screen.getByRole('menuitem', { name: 'Edit' })).toHaveFocus();
    expect(screen.getByRole('menuitemcheckbox', { name: 'Fees' })).toBeChecked();
    expect(screen.getByRole('menuitemradio', { name: 'Compact' })).toBeChecked();
    await expectNoAxeViolations(baseElement);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Fees' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(trigger);
    expect(screen.getByRole('menuitemcheckbox', { name: 'Fees' })).not.toBeChecked();
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Comfortable' }));
    await userEvent.click(trigger);
    expect(screen.getByRole('menuitemradio', { name: 'Comfortable' })).toBeChecked();
    await userEvent.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('delete');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger).toHaveFocus();
  });
});
