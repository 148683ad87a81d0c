import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { TextArea } from './TextArea';

describe('TextArea', () => {
  it('is a labelled multi-line textbox with a translated character count', async () => {
    const onChange = vi.fn();
    const { container } = renderWithProvider(
      <TextArea label="Trade note" maxLength={20} showCount onChange={onChange} />,
    );
    const box = screen.getByRole('textbox', { name: 'Trade note' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(screen.getByText('0 of 20 characters')).toBeInTheDocument();
    await userEvent.type(box, 'A');
    expect(screen.getByText('1 of 20 character')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('follows a controlled value', () => {
    renderWithProvider(<TextArea label="Note" value="fixed" onChange={() => {}} error="Too short" />);
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(box).toHaveValue('fixed');
    expect(box).toHaveAccessibleDescription('Too short');
  });
});
