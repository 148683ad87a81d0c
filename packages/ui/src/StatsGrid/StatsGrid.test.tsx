import { createRef } from 'react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { emptySummary, mixedSummary, usdSummary } from './fixtures';
import { StatsGrid } from './StatsGrid';

const metric = (container: HTMLElement, key: string) =>
  container.querySelector<HTMLElement>(`[data-metric="${key}"]`)!;

describe('StatsGrid', () => {
  it('shows the summary with signed P&L, an arrow and a spoken word', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(<StatsGrid ref={ref} className="mine" summary={usdSummary} />);
    const root = screen.getByRole('group', { name: 'Performance summary' });
    expect(root).toBe(ref.current);
    expect(root).toHaveAttribute('data-component', 'StatsGrid');
    expect(root).toHaveClass('mine');
    const net = metric(container, 'netPnl');
    expect(within(net).getByRole('term')).toHaveTextContent('Net P&L, Profit');
    expect(within(net).getByRole('definition')).toHaveTextContent('+$1,744.92');
    expect(within(net).getByRole('definition')).toHaveAttribute('data-trend', 'up');
    expect(within(net).getByRole('definition').querySelector('svg')).not.toBeNull();
    expect(metric(container, 'averageLoss')).toHaveTextContent('Average loss, Loss-$182.39');
    expect(metric(container, 'winRate')).toHaveTextContent('58.33%');
    expect(metric(container, 'profitFactor')).toHaveTextContent('1.5');
    expect(metric(container, 'maxDrawdown')).toHaveTextContent('$1,210.40 (4.83%)');
    expect(metric(container, 'averageHold')).toHaveTextContent('45.2 min');
    expect(metric(container, 'averageR')).toHaveTextContent('+0.42R');
    await expectNoAxeViolations(container);
  });

  it('shows null metrics as an em dash that says "Not available"', () => {
    const { container } = renderWithProvider(<StatsGrid summary={emptySummary} />);
    const pf = metric(container, 'profitFactor');
    expect(pf).toHaveTextContent('—Not available');
    expect(within(pf).getByText('—')).toHaveAttribute('aria-hidden', 'true');
  });

  it('gives each currency its own labelled grid and formats in the locale', () => {
    renderWithProvider(<StatsGrid summary={mixedSummary} />, { locale: 'de' });
    const eur = screen.getByRole('region', { name: /EUR/ });
    expect(within(eur).getByRole('heading', { name: 'EUR' })).toBeInTheDocument();
    expect(eur.querySelector('[data-metric="netPnl"] dd')?.textContent?.replace(/\s/g, ' ')).toBe(
      '-310,20 €',
    );
  });

  it('is busy with skeletons while loading', () => {
    renderWithProvider(<StatsGrid loading />);
    expect(screen.getByRole('group', { name: 'Performance summary' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getAllByText('Loading content').length).toBe(16);
  });
});
