import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Checkbox } from './Checkbox';

describe('Checkbox', () => {
  it('toggles by click and Space, and is described', async () => {
    const onCheckedChange = vi.fn();
    const { container } = renderWithProvider(
      <Checkbox
        label="Followed my plan"
        description="Counts toward discipline score"
        onCheckedChange={onCheckedChange}
        className="x"
      />,
    );
    const box = screen.getByRole('checkbox', { name: 'Followed my plan' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription('Counts toward discipline score');
    await userEvent.click(screen.getByText('Followed my plan'));
    expect(box).toBeChecked();
    box.focus();
    await userEvent.keyboard(' ');
    expect(box).not.toBeChecked();
    expect(onCheckedChange).toHaveBeenLastCalledWith(false);
    expect(container.querySelector('[data-component="Checkbox"]')).toHaveClass('x');
    await expectNoAxeViolations(container);
  });

  it('supports indeterminate and disabled', () => {
    renderWithProvider(<Checkbox label="Select all" checked="indeterminate" disabled />);
    const box = screen.getByRole('checkbox', { name: 'Select all' });
    expect(box).toHaveAttribute('aria-checked', 'mixed');
    expect(box).toBeDisabled();
  });
});
