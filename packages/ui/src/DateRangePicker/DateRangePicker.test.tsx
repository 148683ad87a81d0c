import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { DateRangePicker } from './DateRangePicker';

describe('DateRangePicker', () => {
  it('opens a named calendar dialog; two picks make a range shown in the locale', async () => {
    const ref = createRef<HTMLButtonElement>();
    const onValueChange = vi.fn();
    const { baseElement } = renderWithProvider(
      <DateRangePicker
        ref={ref}
        label="Period"
        description="Trades closed in this period"
        defaultValue={{ start: '2025-03-03', end: '2025-03-07' }}
        onValueChange={onValueChange}
        className="x"
      />,
    );
    const trigger = screen.getByRole('button', { name: 'Period' });
    expect(trigger).toBe(ref.current);
    // The open calendar is checked by axe in the Calendar test and in Chromium (Storybook).
    await expectNoAxeViolations(baseElement);
    expect(trigger).toHaveTextContent('Mar 3 – 7, 2025');
    expect(trigger).toHaveAccessibleDescription('Trades closed in this period');
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Choose a date range' });
    expect(within(dialog).getAllByRole('grid')).toHaveLength(2);
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAccessibleName('Monday, March 3, 2025');
    expect(dialog.querySelectorAll('td[data-in-range]')).toHaveLength(3);
    // Start a new range on the 10th, end it a week later (picking backwards swaps the ends).
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(within(dialog).getByText('Select the last day')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2025-02-24', end: '2025-03-10' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveTextContent('Feb 24 – Mar 10, 2025');
  }, 15_000);

  it('applies presets, clears, and shows a placeholder', async () => {
    const onValueChange = vi.fn();
    renderWithProvider(
      <DateRangePicker
        label="Period"
        presets={[{ label: 'Q1', range: { start: '2025-01-01', end: '2025-03-31' } }]}
        onValueChange={onValueChange}
      />,
      { locale: 'de' },
    );
    const trigger = screen.getByRole('button', { name: 'Period' });
    expect(trigger).toHaveTextContent('Select dates');
    await userEvent.click(trigger);
    await userEvent.click(screen.getByText('Q1'));
    expect(onValueChange).toHaveBeenLastCalledWith({ start: '2025-01-01', end: '2025-03-31' });
    expect(trigger).toHaveTextContent(/01\.01\.\s–\s31\.03\.2025/);
    await userEvent.click(trigger);
    await userEvent.click(screen.getByText('Clear'));
    expect(onValueChange).toHaveBeenLastCalledWith(null);
  }, 15_000);
});
