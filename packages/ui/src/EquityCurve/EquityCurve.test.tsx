import { createRef } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { tickLabel, toSeries } from './chart';
import { createFormatters } from '../intl/formatters';
import { EquityCurve } from './EquityCurve';
import { allWinners, makeIntradayEquity, threePoints } from './fixtures';

describe('EquityCurve', () => {
  it('summarises the curve for screen readers and lists the points in a hidden table', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(
      <EquityCurve ref={ref} className="mine" data={threePoints} currency="USD" />,
    );
    expect(ref.current).toHaveAttribute('data-component', 'EquityCurve');
    expect(ref.current).toHaveClass('mine');
    expect(
      screen.getByRole('img', {
        name: 'Equity curve of 3 closed trades, Nov 2, 2026 to Nov 4, 2026: from $250.00 to $750.50, maximum drawdown $400.00',
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Equity by closed trade' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toHaveTextContent('-$400.00-$150.00$400.00');
    expect(rows[3]).toHaveTextContent('+$900.50');
    await expectNoAxeViolations(container);
  });

  it('shows an empty state and a loading state', () => {
    const { rerender } = renderWithProvider(<EquityCurve data={[]} currency="USD" />);
    expect(screen.getByRole('heading', { name: 'No closed trades yet' })).toBeInTheDocument();
    rerender(<EquityCurve data={[]} currency="USD" loading />);
    expect(screen.getByText('Loading equity curve')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('gives trades closing in the same second distinct, increasing times', () => {
    const same = threePoints.map((p) => ({ ...p, closedAt: '2026-11-02T15:30:00.000Z' }));
    expect(toSeries(same).map((p) => p.time)).toEqual([1793633400, 1793633401, 1793633402]);
    expect(toSeries(threePoints)[1]).toMatchObject({ equity: -150, drawdown: -400 });
  });

  it('labels intraday ticks with the time of day, so a day never repeats along the axis', () => {
    const { date } = createFormatters('en-US');
    const day = Date.UTC(2024, 3, 8) / 1000;
    const labels = [0, 3, 6].map((h) => tickLabel(date, day + 14 * 3600 + h * 3600, 3));
    expect(labels).toEqual(['2:00 PM', '5:00 PM', '8:00 PM']);
    expect(tickLabel(date, day, 2)).toBe('Apr 8');
    expect(tickLabel(date, day, 1)).toBe('Apr');
    expect(tickLabel(date, day, 0)).toBe('2024');
    expect(tickLabel(createFormatters('de-DE').date, day + 14 * 3600, 3)).toBe('14:00');
    // Four trades a day: distinct times, several within one day.
    const times = toSeries(makeIntradayEquity(2, 4)).map((p) => p.time);
    expect(new Set(times.map((s) => Math.floor(s / 86400))).size).toBe(2);
  });

  it('shows local wall-clock times and a zero drawdown as 0, never -0', () => {
    const offset = -new Date(Date.parse(threePoints[0]!.closedAt)).getTimezoneOffset() * 60;
    expect(toSeries(threePoints, { local: true })[0]!.time).toBe(toSeries(threePoints)[0]!.time + offset);
    for (const p of toSeries(allWinners)) expect(Object.is(p.drawdown, -0)).toBe(false);
    renderWithProvider(<EquityCurve data={allWinners} currency="USD" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/maximum drawdown \$0\.00$/);
    expect(document.body.textContent).not.toMatch(/-\$0\.00/);
  });
});
