import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Select } from './Select';

const options = [
  { value: 'breakout', label: 'Breakout' },
  { value: 'pullback', label: 'Pullback' },
  { value: 'reversal', label: 'Reversal', disabled: true },
  { value: 'range', label: 'Range' },
];

describe('Select', () => {
  it('is a labelled, described combobox with a translated placeholder', async () => {
    const ref = createRef<HTMLButtonElement>();
    const { container } = renderWithProvider(
      <Select
        ref={ref}
        label="Setup"
        description="How you entered"
        error="Choose a setup"
        required
        options={options}
        className="x"
      />,
      { locale: 'de', resources: { de: { select: { placeholder: 'Bitte wählen' } } } },
    );
    const trigger = screen.getByRole('combobox', { name: /Setup/ });
    expect(trigger).toBe(ref.current);
    expect(trigger).toHaveTextContent('Bitte wählen');
    expect(trigger).toHaveAttribute('aria-invalid', 'true');
    expect(trigger).toHaveAccessibleDescription('How you entered Choose a setup');
    expect(container.querySelector('[data-component="Select"]')).toHaveClass('x');
    await expectNoAxeViolations(container);
  });

  it('opens from the keyboard, skips disabled options and selects with Enter', async () => {
    const onValueChange = vi.fn();
    const { baseElement } = renderWithProvider(
      <Select label="Setup" options={options} defaultValue="pullback" onValueChange={onValueChange} />,
    );
    const trigger = screen.getByRole('combobox', { name: 'Setup' });
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    const listbox = screen.getByRole('listbox');
    expect(listbox.closest('[data-part="portal"]')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Pullback' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: 'Reversal' })).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(baseElement);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenCalledWith('range');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(trigger).toHaveTextContent('Range');
    expect(trigger).toHaveFocus();
  });

  it('renders groups with headings', async () => {
    renderWithProvider(
      <Select
        label="Instrument"
        defaultOpen
        options={[
          { label: 'Forex', options: [{ value: 'eurusd', label: 'EURUSD' }] },
          { label: 'Indices', options: [{ value: 'spx', label: 'S&P 500' }] },
        ]}
      />,
    );
    expect(screen.getByRole('group', { name: 'Indices' })).toContainElement(
      screen.getByRole('option', { name: 'S&P 500' }),
    );
  });
});
