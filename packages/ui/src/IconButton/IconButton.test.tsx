import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CloseIcon } from '../icons/icons';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { IconButton } from './IconButton';

describe('IconButton', () => {
  it('is named by its label and shows it as a tooltip on focus', async () => {
    const { baseElement } = renderWithProvider(
      <IconButton label="Delete trade" className="x">
        <CloseIcon />
      </IconButton>,
    );
    const button = screen.getByRole('button', { name: 'Delete trade' });
    expect(button).toHaveAttribute('data-component', 'IconButton');
    expect(button).toHaveClass('x');
    await userEvent.tab();
    expect(button).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Delete trade');
    await expectNoAxeViolations(baseElement);
  });
});
