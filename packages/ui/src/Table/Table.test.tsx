import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { renderWithProvider } from '../test/render';
import { makeTrades } from '../test/trades';
import type { SampleTrade } from '../test/trades';
import { sortRows } from './sorting';
import { Table } from './Table';
import type { TableColumn } from './types';

const columns: TableColumn<SampleTrade>[] = [
  { id: 'symbol', header: 'Symbol', value: (r) => r.symbol, sortable: true, hideable: false },
  { id: 'side', header: 'Side', value: (r) => r.side },
  { id: 'opened', header: 'Opened', value: (r) => r.opened, sortable: true, sortDescendingFirst: true },
  { id: 'qty', header: 'Qty', value: (r) => r.qty, numeric: true, sortable: true },
  { id: 'pnl', header: 'P&L', value: (r) => r.pnl, numeric: true, sortable: true },
  { id: 'r', header: 'R', value: (r) => r.r, numeric: true, defaultHidden: true },
];
const id = (r: SampleTrade) => r.id;
const bodyRows = () => screen.getAllByRole('row').slice(1);
const cellText = (row: HTMLElement, column: string) =>
  row.querySelector(`[data-column="${column}"]`)?.textContent ?? '';

// Big lists and axe are slow on a loaded CI machine: these tests get room.
const slow = { timeout: 30_000 };

describe('Table', () => {
  it('renders 100k rows as a window: only a few rows in the DOM, the count announced', slow, async () => {
    const rows = makeTrades(100_000);
    const ref = createRef<HTMLDivElement>();
    const { container } = renderWithProvider(
      <Table ref={ref} className="partner" aria-label="Trades" columns={columns} rows={rows} getRowId={id} />,
    );
    const table = screen.getByRole('table', { name: 'Trades' });
    expect(table).toHaveAttribute('aria-rowcount', '100001');
    const rendered = bodyRows();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
    expect(cellText(rendered[0]!, 'symbol')).toBe(rows[0]!.symbol);
    expect(ref.current).toHaveAttribute('data-component', 'Table');
    expect(ref.current).toHaveClass('partner');
    // Numeric columns are aligned to the end; defaultHidden columns are not shown.
    expect(screen.getByRole('columnheader', { name: 'P&L' })).toHaveAttribute('data-align', 'end');
    expect(screen.queryByRole('columnheader', { name: 'R' })).toBeNull();

    // Scrolling far down swaps the window: rows from the middle, still only a window.
    const viewport = container.querySelector<HTMLElement>('[data-part="viewport"]')!;
    // jsdom has no layout: give the viewport the sizes a browser would.
    Object.defineProperty(viewport, 'clientHeight', { configurable: true, value: 480 });
    Object.defineProperty(viewport, 'scrollHeight', { configurable: true, value: 44 * 100_001 });
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, value: 44 * 50_000 });
    act(() => void fireEvent.scroll(viewport));
    const scrolled = bodyRows();
    expect(scrolled.length).toBeLessThan(40);
    const indexes = scrolled.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...indexes)).toBeGreaterThan(49_000);
    await expectNoAxeViolations(container);
  });

  it('sorts from the keyboard and reports aria-sort', slow, async () => {
    const rows = makeTrades(500);
    rows[3] = { ...rows[3]!, pnl: Number.NaN };
    const onSortChange = vi.fn();
    renderWithProvider(
      <Table aria-label="Trades" columns={columns} rows={rows} getRowId={id} onSortChange={onSortChange} />,
    );
    const pnlButton = within(screen.getByRole('columnheader', { name: 'P&L' })).getByRole('button');
    await userEvent.tab(); // Symbol
    await userEvent.tab(); // Opened
    await userEvent.tab(); // Qty
    await userEvent.tab(); // P&L
    expect(pnlButton).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: 'P&L' })).toHaveAttribute('aria-sort', 'ascending');
    expect(onSortChange).toHaveBeenLastCalledWith({ columnId: 'pnl', direction: 'ascending' });
    const min = Math.min(...rows.filter((r) => !Number.isNaN(r.pnl)).map((r) => r.pnl));
    expect(bodyRows()[0]!.getAttribute('data-row-id')).toBe(rows.find((r) => r.pnl === min)!.id);

    await userEvent.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: 'P&L' })).toHaveAttribute('aria-sort', 'descending');
    const max = Math.max(...rows.filter((r) => !Number.isNaN(r.pnl)).map((r) => r.pnl));
    expect(bodyRows()[0]!.getAttribute('data-row-id')).toBe(rows.find((r) => r.pnl === max)!.id);

    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: 'P&L' })).not.toHaveAttribute('aria-sort');
    expect(bodyRows()[0]!.getAttribute('data-row-id')).toBe('t1');
    expect(onSortChange).toHaveBeenLastCalledWith(null);

    // A column that sorts newest first.
    await userEvent.click(within(screen.getByRole('columnheader', { name: 'Opened' })).getByRole('button'));
    expect(screen.getByRole('columnheader', { name: 'Opened' })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows()[0]!.getAttribute('data-row-id')).toBe('t500');
  });

  it('follows a controlled sort and only requests changes', async () => {
    const rows = makeTrades(50);
    const onSortChange = vi.fn();
    const { rerender } = renderWithProvider(
      <Table
        aria-label="Trades"
        columns={columns}
        rows={rows}
        getRowId={id}
        sort={null}
        onSortChange={onSortChange}
      />,
    );
    await userEvent.click(within(screen.getByRole('columnheader', { name: 'Qty' })).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith({ columnId: 'qty', direction: 'ascending' });
    expect(screen.getByRole('columnheader', { name: 'Qty' })).not.toHaveAttribute('aria-sort');
    rerender(
      <Table
        aria-label="Trades"
        columns={columns}
        rows={rows}
        getRowId={id}
        sort={{ columnId: 'qty', direction: 'descending' }}
        manualSorting
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Qty' })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows()[0]!.getAttribute('data-row-id')).toBe('t1'); // manual: the caller sorts
  });

  it('moves between rows, selects with Space and opens with Enter, by keyboard alone', slow, async () => {
    const rows = makeTrades(100_000);
    const onRowClick = vi.fn();
    const onSelectedRowIdsChange = vi.fn();
    const { container } = renderWithProvider(
      <Table
        aria-label="Trades"
        columns={columns}
        rows={rows}
        getRowId={id}
        getRowLabel={(r) => `${r.symbol} ${r.id}`}
        selectionMode="multiple"
        onSelectedRowIdsChange={onSelectedRowIdsChange}
        onRowClick={onRowClick}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Trades' });
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    screen.getAllByRole('row')[1]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    const second = bodyRows().find((r) => r.getAttribute('data-row-id') === 't2')!;
    expect(second).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(onSelectedRowIdsChange).toHaveBeenLastCalledWith(['t2']);
    expect(screen.getByRole('checkbox', { name: `Select ${rows[1]!.symbol} t2` })).toBeChecked();
    await userEvent.keyboard('{Enter}');
    expect(onRowClick).toHaveBeenCalledWith(rows[1], expect.anything());

    await userEvent.keyboard('{End}');
    const last = container.querySelector('[data-row-id="t100000"]');
    expect(last).toHaveFocus();
    expect(last).toHaveAttribute('aria-rowindex', '100001');
    expect(bodyRows().length).toBeLessThan(40);
    await userEvent.keyboard('{Home}');
    expect(container.querySelector('[data-row-id="t1"]')).toHaveFocus();

    // Select all from the header, then the mouse: a click opens the row, the checkbox selects.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all rows' }));
    expect(onSelectedRowIdsChange.mock.lastCall![0]).toHaveLength(100_000);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all rows' }));
    expect(onSelectedRowIdsChange).toHaveBeenLastCalledWith([]);
    await userEvent.click(within(bodyRows()[2]!).getAllByRole('gridcell')[1]!);
    expect(onRowClick).toHaveBeenLastCalledWith(rows[2], expect.anything());
    await expectNoAxeViolations(container);
  });

  it('lets the user choose columns', slow, async () => {
    const onVisible = vi.fn();
    renderWithProvider(
      <Table
        aria-label="Trades"
        columns={columns}
        rows={makeTrades(10)}
        getRowId={id}
        columnPicker
        onVisibleColumnIdsChange={onVisible}
      />,
    );
    const button = screen.getByRole('button', { name: 'Columns' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Choose columns' });
    expect(within(panel).getByRole('checkbox', { name: 'Symbol' })).toBeDisabled(); // hideable: false
    expect(within(panel).getByRole('checkbox', { name: 'Side' })).toHaveFocus();
    await userEvent.keyboard(' '); // hide Side
    expect(onVisible).toHaveBeenLastCalledWith(['symbol', 'opened', 'qty', 'pnl']);
    expect(screen.queryByRole('columnheader', { name: 'Side' })).toBeNull();
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'R' }));
    expect(screen.getByRole('columnheader', { name: 'R' })).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Choose columns' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('shows an empty state, and skeleton rows with a status while loading', slow, async () => {
    const { rerender, container } = renderWithProvider(
      <Table aria-label="Trades" columns={columns} rows={[]} getRowId={id} />,
    );
    expect(screen.getByRole('heading', { name: 'Nothing to show' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
    rerender(<Table aria-label="Trades" columns={columns} rows={[]} getRowId={id} loading />);
    expect(screen.getByRole('table')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading rows…');
    expect(container.querySelectorAll('[data-part="skeleton-row"]')).toHaveLength(5);
    await expectNoAxeViolations(container);
  });

  it('translates its strings and lays out right to left', () => {
    renderWithProvider(
      <Table aria-label="الصفقات" columns={columns} rows={[]} getRowId={id} columnPicker />,
      {
        locale: 'ar',
        resources: { ar: { table: { empty: 'لا يوجد ما يُعرض', columns: 'الأعمدة' } } },
      },
    );
    expect(screen.getByRole('heading', { name: 'لا يوجد ما يُعرض' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'الأعمدة' })).toBeInTheDocument();
    expect(screen.getByRole('table').closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });

  it('sorts stably by type, in the locale, with empty values last in both directions', () => {
    type R = { id: string; v: string | number | null };
    const rows: R[] = [
      { id: 'a', v: 10 },
      { id: 'b', v: null },
      { id: 'c', v: 2 },
      { id: 'd', v: 10 },
      { id: 'e', v: Number.NaN },
    ];
    const cols: TableColumn<R>[] = [{ id: 'v', header: 'V', value: (r) => r.v }];
    const ids = (s: readonly R[]) => s.map((r) => r.id).join('');
    expect(ids(sortRows(rows, cols, { columnId: 'v', direction: 'ascending' }, 'en'))).toBe('cadbe');
    expect(ids(sortRows(rows, cols, { columnId: 'v', direction: 'descending' }, 'en'))).toBe('adcbe');
    const names: R[] = ['item10', 'Item2', 'äpfel', 'zebra'].map((v) => ({ id: v, v }));
    expect(ids(sortRows(names, cols, { columnId: 'v', direction: 'ascending' }, 'de'))).toBe(
      'äpfelItem2item10zebra',
    );
    expect(sortRows(rows, cols, null, 'en')).toBe(rows);
  });
});
