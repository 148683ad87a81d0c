import { screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { makeJournalTradeDetail } from '../test/journalTrades';
import { renderWithProvider } from '../test/render';
import { TradeDetail } from './TradeDetail';

describe('TradeDetail', () => {
  it('shows the header figures, the fills and the journal slot', async () => {
    const ref = createRef<HTMLElement>();
    const { container } = renderWithProvider(
      <TradeDetail ref={ref} className="partner" trade={makeJournalTradeDetail()}>
        <p>Journal goes here</p>
      </TradeDetail>,
    );
    expect(ref.current).toHaveAttribute('data-component', 'TradeDetail');
    expect(ref.current).toHaveClass('partner');
    expect(screen.getByRole('heading', { level: 2, name: 'EURUSD' })).toBeInTheDocument();
    // The symbol is left-to-right text in every language (RTL would reorder or cut it from its start).
    expect(within(screen.getByRole('heading', { level: 2 })).getByText('EURUSD')).toHaveAttribute(
      'dir',
      'ltr',
    );
    expect(screen.getByText('Long')).toBeInTheDocument();
    expect(screen.getByText('1 h 47 min')).toBeInTheDocument();
    expect(screen.getByText('+$357.00')).toBeInTheDocument();
    const fills = screen.getByRole('table');
    expect(within(fills).getAllByRole('row')).toHaveLength(4);
    expect(within(fills).getByRole('columnheader', { name: 'Fees' })).toBeInTheDocument();
    expect(within(fills).getAllByText('Opens')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Executions' })).toBeInTheDocument();
    expect(screen.getByText('Journal goes here')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows an open trade without exit figures', async () => {
    const trade = {
      ...makeJournalTradeDetail(),
      status: 'open' as const,
      closedAt: null,
      exitPrice: null,
      netPnl: null,
      rMultiple: null,
      holdingSeconds: null,
    };
    const { container } = renderWithProvider(<TradeDetail trade={trade} />);
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getAllByText('—').length).toBeGreaterThanOrEqual(4);
    await expectNoAxeViolations(container);
  });
});
