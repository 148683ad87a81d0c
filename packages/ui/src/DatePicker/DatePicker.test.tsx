import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Calendar } from './Calendar';
import { DatePicker } from './DatePicker';
import { addMonths, edgeOfWeek, firstDayOfWeek, monthWeeks } from './dates';
import { parseDate } from './parseDate';

describe('dates', () => {
  it('does calendar arithmetic, weeks from the locale and locale-order parsing', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(edgeOfWeek('2025-03-12', 1, -1)).toBe('2025-03-10');
    expect(edgeOfWeek('2025-03-12', 7, 1)).toBe('2025-03-15');
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('de')).toBe(1);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
    const weeks = monthWeeks('2025-03-01', 1);
    expect(weeks[0]).toEqual([null, null, null, null, null, '2025-03-01', '2025-03-02']);
    expect(weeks.at(-1)![0]).toBe('2025-03-31');
    expect(parseDate('14.3.2025', 'de')).toBe('2025-03-14');
    expect(parseDate('3/14/25', 'en-US')).toBe('2025-03-14');
    expect(parseDate('١٤‏/٣‏/٢٠٢٥', 'ar-EG')).toBe('2025-03-14');
    expect(parseDate('2025-02-30', 'en')).toBeNull();
    expect(parseDate('31/02/2025', 'en-GB')).toBeNull();
    expect(parseDate('soon', 'en')).toBeNull();
  });
});

describe('Calendar', () => {
  it('is a labelled grid in the locale, moving by day, week, month and year from the keyboard', async () => {
    const onSelect = vi.fn();
    const { container } = renderWithProvider(
      <Calendar defaultFocusedDate="2025-03-14" selected="2025-03-14" onSelect={onSelect} autoFocus />,
      { locale: 'de' },
    );
    const grid = screen.getByRole('grid', { name: 'März 2025' });
    expect(within(grid).getAllByRole('columnheader')[0]).toHaveTextContent('Mo');
    // Day buttons are found by date (role queries over 40 buttons are slow in jsdom), names checked.
    const day = document.activeElement!;
    expect(day).toHaveAttribute('data-date', '2025-03-14');
    expect(day).toHaveAccessibleName('Freitag, 14. März 2025');
    expect(day.closest('td')).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('Samstag, 15. März 2025');
    await userEvent.keyboard('{ArrowDown}{Home}');
    expect(document.activeElement).toHaveAccessibleName('Montag, 17. März 2025');
    await userEvent.keyboard('{PageDown}');
    expect(screen.getByRole('grid', { name: 'April 2025' })).toBeInTheDocument();
    expect(document.activeElement).toHaveAttribute('data-date', '2025-04-17');
    await userEvent.keyboard('{Shift>}{PageUp}{/Shift}');
    expect(document.activeElement).toHaveAttribute('data-date', '2024-04-17');
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('2024-04-17');
    await expectNoAxeViolations(container);
  }, 15_000);

  it('starts weeks on the locale’s day and mirrors arrows in RTL; disabled days are not picked', async () => {
    const onSelect = vi.fn();
    renderWithProvider(
      <Calendar defaultFocusedDate="2025-03-14" max="2025-03-14" onSelect={onSelect} autoFocus />,
      { locale: 'ar-EG' },
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers[0]).toHaveAttribute('abbr', 'السبت');
    await userEvent.keyboard('{ArrowLeft}');
    // Clamped to max: the focus stays on the 14th.
    expect(document.activeElement).toHaveAttribute('data-date', '2025-03-14');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toHaveAttribute('data-date', '2025-03-12');
    await userEvent.click(document.querySelector('[data-date="2025-03-20"]')!);
    expect(onSelect).not.toHaveBeenCalled();
    expect(document.querySelector('[data-date="2025-03-20"]')).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('DatePicker', () => {
  it('types a date in the locale format, or picks it from the calendar dialog', async () => {
    const ref = createRef<HTMLInputElement>();
    const onValueChange = vi.fn();
    const { baseElement } = renderWithProvider(
      <DatePicker ref={ref} label="Trade date" onValueChange={onValueChange} className="x" />,
      { locale: 'en-GB' },
    );
    const input = screen.getByRole('textbox', { name: 'Trade date' });
    expect(input).toBe(ref.current);
    // The calendar itself is checked by axe in the Calendar test above.
    await expectNoAxeViolations(baseElement);
    expect(input).toHaveAccessibleDescription('For example 31/12/2025');
    await userEvent.type(input, '14/03/2025{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('2025-03-14');
    expect(input).toHaveValue('14/03/2025');
    await userEvent.clear(input);
    await userEvent.type(input, '31/02/2025');
    await userEvent.tab();
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(/Enter a date like 31\/12\/2025/);
    const button = screen.getByRole('button', { name: 'Change date, Friday, 14 March 2025 selected' });
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Choose a date' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toHaveAccessibleName('Friday, 14 March 2025');
    await userEvent.keyboard('{ArrowLeft}{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('2025-03-13');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(input).toHaveValue('13/03/2025');
    expect(input).toBeValid();
  }, 15_000);
});
