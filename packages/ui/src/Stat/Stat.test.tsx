import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { Stat } from './Stat';

describe('Stat', () => {
  it('shows a signed P&L with a trend word, not colour alone', async () => {
    const { container } = renderWithProvider(
      <Stat
        label="Net P&L"
        value={-1250.5}
        format="money"
        currency="USD"
        pnl
        delta={0.042}
        deltaLabel="vs last month"
      />,
    );
    const stat = container.querySelector('[data-component="Stat"]')!;
    expect(within(stat as HTMLElement).getByRole('term')).toHaveTextContent('Net P&L');
    const [value, delta] = within(stat as HTMLElement).getAllByRole('definition');
    expect(value).toHaveTextContent('-$1,250.50');
    expect(value).toHaveAttribute('data-trend', 'down');
    expect(delta).toHaveTextContent('Up+4.2%vs last month');
    expect(delta).toHaveAttribute('data-tone', 'positive');
    await expectNoAxeViolations(container);
  });

  it('inverts tone for lower-is-better figures and formats in the locale', () => {
    renderWithProvider(
      <Stat label="Max drawdown" value={0.081} format="percent" delta={0.01} lowerIsBetter />,
      { locale: 'de' },
    );
    expect(screen.getByText('8,1 %', { normalizer: (s) => s.replace(/\s/g, ' ') })).toBeInTheDocument();
    expect(
      screen.getByText(/\+1 %/, { normalizer: (s) => s.replace(/\s/g, ' ') }).closest('dd'),
    ).toHaveAttribute('data-tone', 'negative');
  });

  it('marks itself busy while loading', () => {
    const { container } = renderWithProvider(<Stat label="Win rate" value={0.5} loading />);
    expect(container.querySelector('[data-component="Stat"]')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading content')).toBeInTheDocument();
  });
});
