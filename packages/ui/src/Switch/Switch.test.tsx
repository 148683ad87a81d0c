import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Switch } from './Switch';

describe('Switch', () => {
  it('is a labelled switch toggled by click and keyboard', async () => {
    const onCheckedChange = vi.fn();
    const { container } = renderWithProvider(<Switch label="Show fees" onCheckedChange={onCheckedChange} />);
    const sw = screen.getByRole('switch', { name: 'Show fees' });
    expect(sw).not.toBeChecked();
    await userEvent.click(sw);
    expect(sw).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(onCheckedChange).toHaveBeenCalledTimes(2);
    expect(container.querySelector('[data-component="Switch"]')).toHaveAttribute(
      'data-label-position',
      'end',
    );
    await expectNoAxeViolations(container);
  });
});
