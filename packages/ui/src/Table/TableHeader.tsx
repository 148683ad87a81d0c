import { useEffect, useRef } from 'react';
import { ArrowDownIcon, ArrowUpIcon } from '../icons/icons';
import type { IconProps } from '../icons/icons';
import { table as tableStrings } from '../i18n/locales/table/en';
import { useT } from '../i18n/useT';
import { nextSort } from './sorting';
import { HeaderCell, Head, RowCheckbox, SortButton } from './Table.styles';
import { alignOf } from './TableBody';
import type { SelectionMode } from './TableBody';
import type { TableColumn, TableSort } from './types';

/** Up-and-down chevrons: "sortable, not sorted". Decorative. */
function UnsortedIcon(props: IconProps) {
  return (
    <svg
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
      {...props}
    >
      <path d="m7 9 5-5 5 5M7 15l5 5 5-5" />
    </svg>
  );
}

export interface TableHeaderProps<Row> {
  columns: readonly TableColumn<Row>[];
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
  selectionMode: SelectionMode;
  /** `true`, `false` or `'mixed'` for the select-all box. */
  allSelected: boolean | 'mixed';
  onSelectAll: () => void;
  hasRows: boolean;
}

function SelectAll({
  checked,
  onChange,
  disabled,
}: {
  checked: boolean | 'mixed';
  onChange: () => void;
  disabled: boolean;
}) {
  const t = useT(tableStrings);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = checked === 'mixed';
  }, [checked]);
  return (
    <RowCheckbox
      ref={ref}
      type="checkbox"
      checked={checked === true}
      disabled={disabled}
      onChange={onChange}
      aria-label={t('table.selectAll')}
    />
  );
}

/** The sticky header row: sort buttons (`aria-sort` on the sorted column) and select-all. */
export function TableHeader<Row>({
  columns,
  sort,
  onSortChange,
  selectionMode,
  allSelected,
  onSelectAll,
  hasRows,
}: TableHeaderProps<Row>) {
  return (
    <Head role="rowgroup" data-part="header">
      <tr role="row" aria-rowindex={1}>
        {selectionMode === 'multiple' && (
          <HeaderCell role="columnheader" data-part="select-cell">
            <SelectAll checked={allSelected} onChange={onSelectAll} disabled={!hasRows} />
          </HeaderCell>
        )}
        {columns.map((column) => {
          const sortable = Boolean(column.sortable && (column.value || column.compare));
          const direction = sort?.columnId === column.id ? sort.direction : undefined;
          const Icon = direction === 'ascending' ? ArrowUpIcon : direction ? ArrowDownIcon : UnsortedIcon;
          return (
            <HeaderCell
              key={column.id}
              role="columnheader"
              scope="col"
              aria-sort={direction}
              data-column={column.id}
              data-align={alignOf(column as TableColumn<unknown>)}
              data-numeric={column.numeric || undefined}
            >
              {sortable ? (
                <SortButton
                  type="button"
                  data-part="sort-button"
                  data-sorted={direction ? true : undefined}
                  onClick={() => onSortChange(nextSort(sort, column))}
                >
                  <span>{column.header}</span>
                  <Icon data-part="sort-icon" data-state={direction ?? 'unsorted'} />
                </SortButton>
              ) : (
                column.header
              )}
            </HeaderCell>
          );
        })}
      </tr>
    </Head>
  );
}
