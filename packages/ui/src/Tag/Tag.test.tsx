import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Tag } from './Tag';

describe('Tag', () => {
  it('has a translated remove button', async () => {
    const onRemove = vi.fn();
    const { container } = renderWithProvider(<Tag onRemove={onRemove}>breakout</Tag>);
    await userEvent.click(screen.getByRole('button', { name: 'Remove breakout' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(screen.getByText('breakout').closest('[data-component="Tag"]')).toHaveAttribute(
      'data-removable',
      'true',
    );
    await expectNoAxeViolations(container);
  });

  it('uses tenant strings for the remove label', () => {
    renderWithProvider(<Tag onRemove={() => {}}>EURUSD</Tag>, {
      strings: { en: { tag: { remove: 'Drop {{label}}' } } },
    });
    expect(screen.getByRole('button', { name: 'Drop EURUSD' })).toBeInTheDocument();
  });
});
