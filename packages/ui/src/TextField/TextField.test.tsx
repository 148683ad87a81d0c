import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { TextField } from './TextField';

describe('TextField', () => {
  it('labels the input, links description and error, and marks it invalid', async () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = renderWithProvider(
      <TextField
        ref={ref}
        label="Entry price"
        description="In account currency"
        error="Must be positive"
        required
        className="x"
        startAdornment="$"
      />,
    );
    const input = screen.getByRole('textbox', { name: /Entry price/ });
    expect(input).toBe(ref.current);
    expect(input).toBeRequired();
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('In account currency Must be positive');
    expect(container.querySelector('[data-component="TextField"]')).toHaveClass('x');
    await expectNoAxeViolations(container);
  });

  it('accepts typing and keeps a visually hidden label accessible', async () => {
    renderWithProvider(<TextField label="Search trades" hideLabel placeholder="Symbol" />);
    const input = screen.getByRole('textbox', { name: 'Search trades' });
    await userEvent.type(input, 'EURUSD');
    expect(input).toHaveValue('EURUSD');
  });
});
