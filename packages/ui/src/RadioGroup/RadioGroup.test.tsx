import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { RadioGroup } from './RadioGroup';

const options = [
  { value: 'long', label: 'Long', description: 'You bought first' },
  { value: 'short', label: 'Short' },
  { value: 'hedge', label: 'Hedged', disabled: true },
  { value: 'spread', label: 'Spread' },
];

describe('RadioGroup', () => {
  it('is a labelled, described radiogroup; options are named and described', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(
      <RadioGroup
        ref={ref}
        label="Direction"
        description="Of the first fill"
        error="Pick a direction"
        required
        options={options}
        className="x"
      />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Direction' });
    expect(group).toBe(ref.current);
    expect(group).toHaveAccessibleDescription('Of the first fill Pick a direction');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radio', { name: 'Long' })).toHaveAccessibleDescription('You bought first');
    expect(container.querySelector('[data-component="RadioGroup"]')).toHaveClass('x');
    await expectNoAxeViolations(container);
  });

  it('tabs to the checked radio and moves with arrow keys, skipping disabled options', async () => {
    const onValueChange = vi.fn();
    renderWithProvider(
      <RadioGroup label="Direction" options={options} defaultValue="short" onValueChange={onValueChange} />,
    );
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Short' })).toHaveFocus();
    // Radix checks on the focus that follows an arrow key held down (users release it later).
    await userEvent.keyboard('{ArrowDown>}');
    await userEvent.keyboard('{/ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Spread' })).toBeChecked();
    expect(onValueChange).toHaveBeenLastCalledWith('spread');
    await userEvent.click(screen.getByText('Long'));
    expect(screen.getByRole('radio', { name: 'Long' })).toBeChecked();
  });

  it('mirrors horizontal arrow keys in RTL', async () => {
    renderWithProvider(
      <RadioGroup label="الاتجاه" orientation="horizontal" options={options} defaultValue="long" />,
      { locale: 'ar' },
    );
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft>}');
    await userEvent.keyboard('{/ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'Short' })).toBeChecked();
  });
});
