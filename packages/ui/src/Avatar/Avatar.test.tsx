import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Avatar, initials } from './Avatar';

describe('Avatar', () => {
  it('is an image named by the person, showing initials without a picture', async () => {
    const { container } = renderWithProvider(<Avatar name="Ada Lovelace" size="lg" />);
    const img = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(img).toHaveTextContent('AL');
    expect(img).toHaveAttribute('data-size', 'lg');
    await expectNoAxeViolations(container);
  });

  it('takes initials from any script', () => {
    expect(initials('  محمد   علي ')).toBe('مع');
    expect(initials('Cher')).toBe('C');
    expect(initials('')).toBe('');
  });

  it('can be decorative', () => {
    renderWithProvider(<Avatar name="Grace Hopper" decorative />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
