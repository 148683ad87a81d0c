import { createRef } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { novemberDays } from './fixtures';
import { PnLCalendar } from './PnLCalendar';

describe('PnLCalendar', () => {
  it('labels each day with its signed P&L, trades and win rate, tinted by intensity', async () => {
    const ref = createRef<HTMLDivElement>();
    const onSelectDay = vi.fn();
    const { container } = renderWithProvider(
      <PnLCalendar
        ref={ref}
        className="mine"
        month="2026-11"
        days={novemberDays}
        currency="USD"
        onSelectDay={onSelectDay}
      />,
    );
    expect(ref.current).toHaveAttribute('data-component', 'PnLCalendar');
    expect(ref.current).toHaveClass('mine');
    const grid = screen.getByRole('grid', { name: 'November 2026' });
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent('Sun');
    const day = screen.getByRole('button', {
      name: 'Wednesday, November 4, 2026: Profit +$1,240.10, 6 trades, win rate 83.33%',
    });
    expect(day).toHaveAttribute('data-level', '4');
    expect(day).toHaveTextContent('4+$1,240.10');
    expect(screen.getByRole('button', { name: /November 5, 2026: Loss -\$640.25/ })).toHaveAttribute(
      'data-tone',
      'negative',
    );
    expect(screen.getByRole('button', { name: 'Saturday, November 7, 2026: no trades' })).toBeInTheDocument();
    await userEvent.click(day);
    expect(onSelectDay).toHaveBeenCalledWith('2026-11-04', novemberDays[2]);
    expect(grid).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('moves with the arrow keys (mirrored in RTL) and pages months', async () => {
    const onMonthChange = vi.fn();
    renderWithProvider(
      <PnLCalendar
        defaultMonth="2026-11-01"
        days={novemberDays}
        currency="USD"
        onMonthChange={onMonthChange}
      />,
      { locale: 'ar' },
    );
    const first = document.querySelector<HTMLElement>('[data-date="2026-11-01"]')!;
    expect(first).toHaveAttribute('tabindex', '0');
    first.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAttribute('data-date', '2026-11-02');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-date', '2026-11-09');
    await userEvent.keyboard('{PageDown}');
    expect(onMonthChange).toHaveBeenCalledWith('2026-12-01');
    expect(document.activeElement).toHaveAttribute('data-date', '2026-12-09');
  });

  it('starts weeks on the locale’s first day and navigates with the buttons', async () => {
    renderWithProvider(<PnLCalendar defaultMonth="2026-11" days={novemberDays} currency="EUR" />, {
      locale: 'de',
    });
    expect(screen.getAllByRole('columnheader')[0]).toHaveAttribute('abbr', 'Montag');
    await userEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.getByRole('grid', { name: 'Dezember 2026' })).toBeInTheDocument();
  });

  it('renders each amount in full and compact (the browser shows the longest that fits), in full in the name', () => {
    renderWithProvider(
      <PnLCalendar
        month="2026-11-01"
        days={[{ date: '2026-11-02', tradeCount: 1, netPnl: '123456.00', winRate: 1 }]}
        currency="USD"
      />,
    );
    const day = screen.getByRole('button', { name: /Profit \+\$123,456\.00/ });
    expect(day.querySelector('[data-fit="full"]')).toHaveTextContent(/^\+\$123,456\.00$/);
    expect(day.querySelector('[data-fit="compact"]')).toHaveTextContent(/^\+\$123K$/);
    expect(day.querySelector('[data-fit="arrow"] svg')).toHaveAttribute('data-icon', 'ArrowUp');
    // No layout here: everything "fits", so the full amount is shown and no title is needed.
    expect(document.querySelector('[data-component="PnLCalendar"]')).toHaveAttribute('data-fit', 'full');
    expect(day).not.toHaveAttribute('title');
  });
});
