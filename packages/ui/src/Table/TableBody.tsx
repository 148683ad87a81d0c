import { defaultRangeExtractor, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { Range, Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { table as tableStrings } from '../i18n/locales/table/en';
import { useT } from '../i18n/useT';
import type { Formatters } from '../intl/formatters';
import { useFormatters } from '../intl/useFormatters';
import { Num } from '../internal/Num';
import { EmptyState } from '../EmptyState/EmptyState';
import { Skeleton } from '../Skeleton/Skeleton';
import { Body, BodyRow, DataCell, RowCheckbox, StaticRow } from './Table.styles';
import type { TableColumn, TableValue } from './types';

export type SelectionMode = 'none' | 'single' | 'multiple';

export interface TableBodyProps<Row> {
  rows: readonly Row[];
  columns: readonly TableColumn<Row>[];
  getRowId: (row: Row, index: number) => string;
  getRowLabel: ((row: Row) => string) | undefined;
  viewport: HTMLDivElement | null;
  rowHeight: number;
  overscan: number;
  interactive: boolean;
  selectionMode: SelectionMode;
  isSelected: (id: string) => boolean;
  onToggle: (id: string) => void;
  onSelectAll: () => void;
  onRowClick: ((row: Row, event: MouseEvent | KeyboardEvent) => void) | undefined;
  activeIndex: number;
  onActiveIndexChange: (index: number) => void;
}

/** Rows measured as zero high (no layout yet: server render, jsdom, a hidden tab) get this. */
const FALLBACK_VIEWPORT = 480;
const INTERACTIVE = 'a, button, input, select, textarea, label, [role="button"], [role="checkbox"]';

export function alignOf(column: TableColumn<unknown>): 'start' | 'center' | 'end' {
  return column.align ?? (column.numeric ? 'end' : 'start');
}

function formatValue(value: TableValue, f: Formatters): ReactNode {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return <Num>{f.number(value)}</Num>;
  if (value instanceof Date) return f.date(value);
  return String(value);
}

/** The virtual window of body rows, with roving focus (one row is tabbable) and keyboard. */
export function TableBody<Row>({
  rows,
  columns,
  getRowId,
  getRowLabel,
  viewport,
  rowHeight,
  overscan,
  interactive,
  selectionMode,
  isSelected,
  onToggle,
  onSelectAll,
  onRowClick,
  activeIndex,
  onActiveIndexChange,
}: TableBodyProps<Row>) {
  const t = useT(tableStrings);
  const f = useFormatters();
  const count = rows.length;
  const active = interactive ? Math.min(Math.max(activeIndex, 0), count - 1) : -1;
  // The focusable row always stays rendered, even when scrolled far away, so Tab can reach it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (active >= 0 && !indexes.includes(active)) indexes.push(active);
      return indexes.sort((a, b) => a - b);
    },
    [active],
  );
  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count,
    getScrollElement: () => viewport,
    estimateSize: () => rowHeight,
    overscan,
    // The sticky header row sits above the body inside the same scroll container.
    scrollMargin: rowHeight,
    scrollPaddingStart: rowHeight,
    getItemKey: (i) => getRowId(rows[i]!, i),
    rangeExtractor,
    initialRect: { width: 0, height: FALLBACK_VIEWPORT },
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_VIEWPORT }),
      ),
  });

  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusPending = useRef(false);
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    bodyRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
  }, [active]);

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), count - 1);
    focusPending.current = true;
    onActiveIndexChange(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (next === active) {
      focusPending.current = false;
      bodyRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus({ preventScroll: true });
    }
  };

  const activate = (row: Row, id: string, event: MouseEvent | KeyboardEvent) => {
    if (onRowClick) onRowClick(row, event);
    else if (selectionMode !== 'none') onToggle(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row, id: string) => {
    if (event.target !== event.currentTarget) return; // keys inside a cell's own control
    const page = Math.max(1, Math.floor((viewport?.clientHeight || FALLBACK_VIEWPORT) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) moveTo(target);
    else if (event.key === 'Enter') activate(row, id, event);
    else if (event.key === ' ') {
      if (selectionMode !== 'none') onToggle(id);
      else activate(row, id, event);
    } else if (
      event.key.toLowerCase() === 'a' &&
      (event.ctrlKey || event.metaKey) &&
      selectionMode === 'multiple'
    )
      onSelectAll();
    else return;
    event.preventDefault();
  };

  const cellRole = interactive ? 'gridcell' : 'cell';
  return (
    <Body ref={bodyRef} role="rowgroup" data-part="body" style={{ blockSize: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]!;
        const id = String(item.key);
        const selected = selectionMode !== 'none' && isSelected(id);
        return (
          <BodyRow
            key={id}
            role="row"
            aria-rowindex={item.index + 2}
            aria-selected={selectionMode === 'none' ? undefined : selected}
            tabIndex={interactive ? (item.index === active ? 0 : -1) : undefined}
            data-index={item.index}
            data-row-id={id}
            data-interactive={interactive || undefined}
            style={{ transform: `translateY(${item.start - rowHeight}px)` }}
            onFocus={interactive ? () => item.index !== active && onActiveIndexChange(item.index) : undefined}
            onKeyDown={interactive ? (e) => onKeyDown(e, item.index, row, id) : undefined}
            onClick={
              interactive
                ? (e) => {
                    const hit = (e.target as Element).closest(INTERACTIVE);
                    if (hit && e.currentTarget.contains(hit)) return; // a link or button in a cell
                    activate(row, id, e);
                  }
                : undefined
            }
          >
            {selectionMode === 'multiple' && (
              <DataCell role={cellRole} data-part="select-cell">
                <RowCheckbox
                  type="checkbox"
                  tabIndex={-1}
                  checked={selected}
                  onChange={() => onToggle(id)}
                  aria-label={t('table.selectRow', {
                    label: getRowLabel?.(row) ?? t('table.rowNumber', { index: item.index + 1 }),
                  })}
                />
              </DataCell>
            )}
            {columns.map((column) => (
              <DataCell
                key={column.id}
                role={cellRole}
                data-column={column.id}
                data-align={alignOf(column as TableColumn<unknown>)}
                data-numeric={column.numeric || undefined}
              >
                <span data-part="cell-content">
                  {column.cell
                    ? column.cell(row, { index: item.index, selected })
                    : formatValue(column.value?.(row), f)}
                </span>
              </DataCell>
            ))}
          </BodyRow>
        );
      })}
    </Body>
  );
}

/** The body without rows: skeleton rows while loading, else the empty state across all columns. */
export function StaticBody({
  loading,
  empty,
  colCount,
  cellRole,
}: {
  loading: boolean;
  empty: ReactNode;
  colCount: number;
  cellRole: 'cell' | 'gridcell';
}) {
  const t = useT(tableStrings);
  return (
    <tbody role="rowgroup" data-part="body">
      {loading ? (
        Array.from({ length: 5 }, (_, i) => (
          <StaticRow key={i} role="row" aria-hidden data-part="skeleton-row">
            {Array.from({ length: colCount }, (_, j) => (
              <DataCell key={j} role={cellRole}>
                <Skeleton width="70%" />
              </DataCell>
            ))}
          </StaticRow>
        ))
      ) : (
        <StaticRow role="row" data-part="empty-row">
          <DataCell role={cellRole} aria-colspan={colCount} data-part="empty-cell">
            {empty ?? <EmptyState title={t('table.empty')} titleAs="h3" />}
          </DataCell>
        </StaticRow>
      )}
    </tbody>
  );
}
