import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { makeJournalTrades } from '../test/journalTrades';
import { renderWithProvider } from '../test/render';
import { PnlValue } from './PnlValue';
import { TradeTable } from './TradeTable';

const slow = { timeout: 30_000 };
const trades = makeJournalTrades(50);

describe('TradeTable', () => {
  it('shows trades with signed P&L, hooks for white-label, and no axe violations', slow, async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(
      <TradeTable ref={ref} className="partner" trades={trades.slice(0, 5)} />,
    );
    const table = screen.getByRole('table', { name: 'Trades' });
    expect(ref.current).toHaveAttribute('data-component', 'TradeTable');
    expect(ref.current).toHaveClass('partner');
    for (const name of ['Symbol', 'Side', 'Opened', 'Qty', 'Entry', 'Exit', 'Net P&L', 'R', 'Tags'])
      expect(within(table).getByRole('columnheader', { name: new RegExp(name) })).toBeInTheDocument();
    // Closed is chosen in the column picker.
    expect(within(table).queryByRole('columnheader', { name: /Closed/ })).toBeNull();
    // Newest first by default.
    expect(screen.getByRole('columnheader', { name: /Opened/ })).toHaveAttribute('aria-sort', 'descending');
    const lossCell = container.querySelector('[data-column="pnl"] [data-trend="down"]')!;
    expect(lossCell).toHaveTextContent(/^Loss/);
    expect(lossCell.textContent).toMatch(/-/);
    await expectNoAxeViolations(container);
  });

  it('shows symbols as isolated left-to-right text with the full symbol as title', () => {
    const long = { ...trades[0]!, symbol: 'SPY241220C00510000' };
    renderWithProvider(<TradeTable trades={[long]} />, { locale: 'ar' });
    const symbol = document.querySelector('[data-column="symbol"] [data-part="symbol"]');
    expect(symbol).toHaveAttribute('dir', 'ltr');
    expect(symbol).toHaveAttribute('title', 'SPY241220C00510000');
    expect(symbol).toHaveTextContent(/^SPY241220C00510000$/);
  });

  it('gives prices and quantities room never to be cut, with a crypto price’s eight decimals', () => {
    const pepe = { ...trades[0]!, quantity: '2500000', entryPrice: '0.00012345', exitPrice: '18240.125' };
    const { container } = renderWithProvider(<TradeTable trades={[pepe]} />);
    const cols = container.querySelector<HTMLElement>('[style*="--_table-cols"]')!.style;
    const tracks = cols.getPropertyValue('--_table-cols').split(/ (?=minmax)/);
    const ids = ['symbol', 'side', 'opened', 'qty', 'entry', 'exit', 'pnl', 'r', 'tags'];
    const min = (id: string) => parseFloat(/minmax\(([\d.]+)rem/.exec(tracks[ids.indexOf(id)]!)![1]!);
    expect(min('qty')).toBeGreaterThanOrEqual(7);
    expect(min('entry')).toBeGreaterThanOrEqual(8);
    expect(min('exit')).toBeGreaterThanOrEqual(8);
    expect(min('r')).toBeGreaterThanOrEqual(6.5);
    expect(container.querySelector('td[data-column="entry"]')).toHaveTextContent('0.00012345');
    expect(container.querySelector('td[data-column="exit"]')).toHaveTextContent('18,240.125');
    expect(container.querySelector('td[data-column="qty"]')).toHaveTextContent('2,500,000');
  });

  it('opens a trade on click and on Enter', async () => {
    const onOpenTrade = vi.fn();
    renderWithProvider(<TradeTable trades={trades.slice(0, 3)} onOpenTrade={onOpenTrade} />);
    const rows = screen.getAllByRole('row').slice(1);
    await userEvent.click(rows[0]!);
    expect(onOpenTrade).toHaveBeenCalledTimes(1);
    rows[1]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onOpenTrade).toHaveBeenCalledTimes(2);
    expect(typeof onOpenTrade.mock.calls[1]![0]).toBe('string');
  });

  it('sorts by net P&L from the header', async () => {
    renderWithProvider(<TradeTable trades={trades.slice(0, 10).filter((r) => r.netPnl !== null)} />);
    await userEvent.click(within(screen.getByRole('columnheader', { name: /Net P&L/ })).getByRole('button'));
    expect(screen.getByRole('columnheader', { name: /Net P&L/ })).toHaveAttribute('aria-sort', 'descending');
    const values = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('[data-column="pnl"] [data-part="pnl"]')?.getAttribute('data-trend'));
    expect(values[0]).not.toBe('down');
  });

  it('asks for the next page as the scroll nears the end, once per approach (onEndReached)', () => {
    const onEndReached = vi.fn();
    const table = (n: number, loading = false) => (
      <TradeTable trades={trades.slice(0, n)} onEndReached={onEndReached} loading={loading} />
    );
    const { container, rerender } = renderWithProvider(table(40, true));
    expect(onEndReached).not.toHaveBeenCalled(); // never while loading
    // jsdom has no layout: give the viewport the sizes a browser would (44px rows, 480px high).
    const viewport = container.querySelector<HTMLElement>('[data-part="viewport"]')!;
    const layout = (rows: number, scrollTop: number) => {
      Object.defineProperty(viewport, 'clientHeight', { configurable: true, value: 480 });
      Object.defineProperty(viewport, 'scrollHeight', { configurable: true, value: 44 * (rows + 1) });
      Object.defineProperty(viewport, 'scrollTop', { configurable: true, value: scrollTop });
    };
    layout(40, 0);
    rerender(table(40));
    expect(onEndReached).not.toHaveBeenCalled(); // the end is 31 rows away
    layout(40, 44 * 41 - 480 - 44 * 3); // 3 rows from the end (threshold 5)
    act(() => void fireEvent.scroll(viewport));
    expect(onEndReached).toHaveBeenCalledTimes(1);
    act(() => void fireEvent.scroll(viewport));
    expect(onEndReached).toHaveBeenCalledTimes(1); // still near: not again
    // The next page arrives: the end is far again, and nearing it asks again.
    layout(80, 44 * 41 - 480 - 44 * 3);
    rerender(table(80));
    expect(onEndReached).toHaveBeenCalledTimes(1);
    layout(80, 44 * 81 - 480);
    act(() => void fireEvent.scroll(viewport));
    expect(onEndReached).toHaveBeenCalledTimes(2);
  });

  it('asks for the next page at once when the rows do not fill the viewport', () => {
    const onEndReached = vi.fn();
    renderWithProvider(<TradeTable trades={trades.slice(0, 3)} onEndReached={onEndReached} />);
    expect(onEndReached).toHaveBeenCalledTimes(1);
  });

  it('lets the user show the Closed column', async () => {
    renderWithProvider(<TradeTable trades={trades.slice(0, 3)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Closed' }));
    expect(screen.getByRole('columnheader', { name: /Closed/ })).toBeInTheDocument();
  });
});

describe('PnlValue', () => {
  it('shows a currency Intl does not know (USDT) as the number and its code', () => {
    renderWithProvider(<PnlValue value={-12.5} currency="USDT" />);
    expect(screen.getByText(/-12\.50 USDT/)).toBeInTheDocument();
  });
});
