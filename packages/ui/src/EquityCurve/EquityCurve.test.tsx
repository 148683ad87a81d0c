import { createRef } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { toSeries } from './chart';
import { EquityCurve } from './EquityCurve';
import { threePoints } from './fixtures';

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
});
