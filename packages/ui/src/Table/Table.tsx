import { forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import type {
  ComponentPropsWithoutRef,
  CSSProperties,
  ForwardedRef,
  KeyboardEvent,
  MouseEvent,
  ReactElement,
  ReactNode,
  RefAttributes,
} from 'react';
import { table as tableStrings } from '../i18n/locales/table/en';
import { useT } from '../i18n/useT';
import { devWarn } from '../internal/dev';
import { useControllableState } from '../internal/useControllableState';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { useJournalkit } from '../provider/context';
import { TableColumnPicker } from './ColumnPicker';
import { sortRows } from './sorting';
import { Frame, LoadingBar, StyledTable, TableRoot, Toolbar, Viewport } from './Table.styles';
import { StaticBody, TableBody } from './TableBody';
import { TableHeader } from './TableHeader';
import type { TableColumn, TableSort } from './types';

export const tableVariants = defineVariants({
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
  selectionMode: { values: ['none', 'single', 'multiple'], default: 'none' },
});

const rowHeights = { sm: 36, md: 44, lg: 52 } as const;
const SELECT_COLUMN_REM = 3;

export interface TableProps<Row> extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onClick'> {
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  /** A stable id per row: React keys, selection and focus follow it across sorts. */
  getRowId: (row: Row, index: number) => string;
  /** Names a row for its selection checkbox ("Select EURUSD 12 Mar"); default "row 3". */
  getRowLabel?: (row: Row) => string;
  /** Controlled sort (`null`: unsorted). */
  sort?: TableSort;
  defaultSort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
  /** The rows arrive sorted (by the server); the table only shows and reports the sort. */
  manualSorting?: boolean;
  visibleColumnIds?: readonly string[];
  defaultVisibleColumnIds?: readonly string[];
  onVisibleColumnIdsChange?: (ids: string[]) => void;
  /** Show the "Columns" menu in the toolbar. */
  columnPicker?: boolean;
  /** Your own toolbar content (filters, actions), before the column picker. */
  toolbar?: ReactNode;
  selectionMode?: VariantValue<typeof tableVariants, 'selectionMode'>;
  selectedRowIds?: readonly string[];
  defaultSelectedRowIds?: readonly string[];
  onSelectedRowIdsChange?: (ids: string[]) => void;
  /** Click or Enter on a row (open a trade). Links and buttons inside cells keep their own. */
  onRowClick?: (row: Row, event: MouseEvent | KeyboardEvent) => void;
  /** Skeleton rows when there are none yet; a progress bar over existing rows. */
  loading?: boolean;
  /** Shown when there are no rows (default: an EmptyState saying so). */
  empty?: ReactNode;
  size?: VariantValue<typeof tableVariants, 'size'>;
  /** Row height in px (overrides `size`); rows are one line, so the window can be computed. */
  rowHeight?: number;
  /** Height of the scrolling area, any CSS length (default 32rem). */
  maxHeight?: string;
  /** Rows rendered beyond the visible ones on each side (default 8). */
  overscan?: number;
  /**
   * Load the next page: called when the scroll comes within `endReachedThreshold` rows of the
   * end, or when the rows do not fill the viewport. Once per approach, again after rows are added
   * or `loading` ends; never while `loading` or without rows.
   */
  onEndReached?: () => void;
  /** Rows from the end at which `onEndReached` is called (default 5). */
  endReachedThreshold?: number;
}

function TableInner<Row>(
  {
    columns,
    rows,
    getRowId,
    getRowLabel,
    sort: sortProp,
    defaultSort = null,
    onSortChange,
    manualSorting = false,
    visibleColumnIds: visibleProp,
    defaultVisibleColumnIds,
    onVisibleColumnIdsChange,
    columnPicker = false,
    toolbar,
    selectionMode = 'none',
    selectedRowIds,
    defaultSelectedRowIds = [],
    onSelectedRowIdsChange,
    onRowClick,
    loading = false,
    empty,
    size = 'md',
    rowHeight: rowHeightProp,
    maxHeight,
    overscan = 8,
    onEndReached,
    endReachedThreshold = 5,
    style,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    'aria-describedby': ariaDescribedBy,
    ...rest
  }: TableProps<Row>,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const t = useT(tableStrings);
  const { locale } = useJournalkit();
  if (!ariaLabel && !ariaLabelledBy)
    devWarn('Table needs an accessible name: pass aria-label or aria-labelledby.');

  const [sort, setSort] = useControllableState<TableSort>({
    value: sortProp,
    defaultValue: defaultSort,
    onChange: onSortChange,
  });
  const [visibleIds, setVisibleIds] = useControllableState<readonly string[]>({
    value: visibleProp,
    defaultValue: defaultVisibleColumnIds ?? columns.filter((c) => !c.defaultHidden).map((c) => c.id),
    onChange: onVisibleColumnIdsChange && ((ids) => onVisibleColumnIdsChange([...ids])),
  });
  const [selectedIds, setSelectedIds] = useControllableState<readonly string[]>({
    value: selectedRowIds,
    defaultValue: defaultSelectedRowIds,
    onChange: onSelectedRowIdsChange && ((ids) => onSelectedRowIdsChange([...ids])),
  });
  const [activeIndex, setActiveIndex] = useState(0);

  const visibleColumns = useMemo(() => {
    const shown = new Set(visibleIds);
    return columns.filter((c) => shown.has(c.id));
  }, [columns, visibleIds]);

  // Sorting 100k rows is the costly part: redo it only when the rows, the sort or the locale
  // change (not when a caller re-creates equivalent column objects on every render).
  const columnsRef = useRef(columns);
  columnsRef.current = columns;
  const sortKey = sort ? `${sort.columnId}:${sort.direction}` : '';
  const displayed = useMemo(
    () => (manualSorting ? rows : sortRows(rows, columnsRef.current, sort, locale)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the sort's content
    [rows, sortKey, locale, manualSorting],
  );

  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const allSelected = useMemo<boolean | 'mixed'>(() => {
    if (selected.size === 0 || rows.length === 0) return false;
    let hits = 0;
    rows.forEach((r, i) => selected.has(getRowId(r, i)) && hits++);
    return hits === rows.length ? true : hits > 0 ? 'mixed' : false;
  }, [rows, selected, getRowId]);

  const toggle = (id: string) =>
    setSelectedIds((prev) => {
      if (selectionMode === 'single') return prev.includes(id) ? [] : [id];
      return prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id];
    });
  const selectAll = () => setSelectedIds(allSelected === true ? [] : rows.map((r, i) => getRowId(r, i)));

  const interactive = Boolean(onRowClick) || selectionMode !== 'none';
  const hasSortable = visibleColumns.some((c) => c.sortable);
  const rowHeight = rowHeightProp ?? rowHeights[size];
  const multiple = selectionMode === 'multiple';
  const tracks = visibleColumns.map(
    (c) => `minmax(${c.minWidth ?? (c.numeric ? 6 : 8)}rem, ${c.grow ?? 1}fr)`,
  );
  const minRem = visibleColumns.reduce((sum, c) => sum + (c.minWidth ?? (c.numeric ? 6 : 8)), 0);
  const rootStyle = {
    ...style,
    '--_row-height': `${rowHeight}px`,
    ...(maxHeight && { '--_table-height': maxHeight }),
  } as CSSProperties;
  const tableStyle = {
    '--_table-cols': [...(multiple ? [`${SELECT_COLUMN_REM}rem`] : []), ...tracks].join(' '),
    '--_table-min': `${minRem + (multiple ? SELECT_COLUMN_REM : 0)}rem`,
  } as CSSProperties;
  const viewportFocusable = !interactive && !hasSortable;
  const cellRole = interactive ? 'gridcell' : 'cell';
  const colCount = visibleColumns.length + (multiple ? 1 : 0);
  // State, not a ref: the body's virtualizer must re-render once the scroll element exists.
  const [viewport, setViewport] = useState<HTMLDivElement | null>(null);

  const endReached = useRef(onEndReached);
  endReached.current = onEndReached;
  const watchEnd = Boolean(onEndReached) && !loading && rows.length > 0;
  useEffect(() => {
    if (!viewport || !watchEnd) return;
    let near = false;
    const check = () => {
      const rest = viewport.scrollHeight - viewport.scrollTop - viewport.clientHeight;
      const now = rest <= endReachedThreshold * rowHeight;
      if (now && !near) endReached.current?.();
      near = now;
    };
    check();
    viewport.addEventListener('scroll', check, { passive: true });
    return () => viewport.removeEventListener('scroll', check);
  }, [viewport, watchEnd, rows.length, rowHeight, endReachedThreshold]);

  return (
    <TableRoot ref={ref} {...rest} style={rootStyle} data-component="Table" data-size={size}>
      {(toolbar || columnPicker) && (
        <Toolbar data-part="toolbar">
          {toolbar}
          {columnPicker && (
            <TableColumnPicker
              columns={columns}
              visibleColumnIds={visibleIds}
              onVisibleColumnIdsChange={setVisibleIds}
            />
          )}
        </Toolbar>
      )}
      <Frame data-part="frame">
        {loading && <LoadingBar data-part="loading-bar" aria-hidden />}
        <Viewport
          ref={setViewport}
          data-part="viewport"
          {...(viewportFocusable && {
            tabIndex: 0,
            role: 'region',
            'aria-label': ariaLabel,
            'aria-labelledby': ariaLabelledBy,
          })}
        >
          <StyledTable
            role={interactive ? 'grid' : 'table'}
            aria-label={ariaLabel}
            aria-labelledby={ariaLabelledBy}
            aria-describedby={ariaDescribedBy}
            aria-rowcount={displayed.length + 1}
            aria-busy={loading || undefined}
            aria-multiselectable={multiple || undefined}
            data-part="table"
            style={tableStyle}
          >
            <TableHeader
              columns={visibleColumns}
              sort={sort}
              onSortChange={setSort}
              selectionMode={selectionMode}
              allSelected={allSelected}
              onSelectAll={selectAll}
              hasRows={rows.length > 0}
            />
            {displayed.length > 0 ? (
              <TableBody
                rows={displayed}
                columns={visibleColumns}
                getRowId={getRowId}
                getRowLabel={getRowLabel}
                viewport={viewport}
                rowHeight={rowHeight}
                overscan={overscan}
                interactive={interactive}
                selectionMode={selectionMode}
                isSelected={(id) => selected.has(id)}
                onToggle={toggle}
                onSelectAll={selectAll}
                onRowClick={onRowClick}
                activeIndex={activeIndex}
                onActiveIndexChange={setActiveIndex}
              />
            ) : (
              <StaticBody loading={loading} empty={empty} colCount={colCount} cellRole={cellRole} />
            )}
          </StyledTable>
        </Viewport>
      </Frame>
      <VisuallyHidden role="status" data-part="status">
        {loading ? t('table.loading') : ''}
      </VisuallyHidden>
    </TableRoot>
  );
}

/**
 * A data table for large lists: virtualized (only the visible window of rows is in the DOM, so
 * 100k rows scroll smoothly), sticky header, sortable columns (`aria-sort`, keyboard), column
 * choice, row selection and row click by mouse or keyboard (↑ ↓ PageUp PageDown Home End, Enter,
 * Space, Ctrl/⌘+A), empty and loading states, numeric columns aligned to the end.
 *
 *   <Table aria-label="Trades" columns={columns} rows={trades} getRowId={(t) => t.id}
 *          defaultSort={{ columnId: 'opened', direction: 'descending' }} onRowClick={openTrade} />
 *
 * Rows are one line of fixed height (`size` or `rowHeight`). Sort and selection are controlled
 * (`sort`/`onSortChange`, `selectedRowIds`/`onSelectedRowIdsChange`) or not (`default…`).
 */
export const Table = forwardRef(TableInner) as <Row>(
  props: TableProps<Row> & RefAttributes<HTMLDivElement>,
) => ReactElement | null;
