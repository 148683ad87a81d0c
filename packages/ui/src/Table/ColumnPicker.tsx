import { DropdownMenu } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { Button } from '../Button/Button';
import { CheckIcon } from '../icons/icons';
import { useT } from '../i18n/useT';
import { MenuCheckboxItem, MenuContent, MenuItemIndicator, MenuLabel } from '../internal/menuStyles';
import { JournalkitPortal } from '../provider/Portal';
import type { TableColumn } from './types';

/** What the picker needs of a column (any `TableColumn` fits). */
export type TableColumnChoice = Pick<TableColumn<never>, 'id' | 'header' | 'label' | 'hideable'>;

export interface TableColumnPickerProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onChange'> {
  columns: readonly TableColumnChoice[];
  /** Ids of the visible columns. */
  visibleColumnIds: readonly string[];
  onVisibleColumnIdsChange: (ids: string[]) => void;
}

const labelOf = (c: TableColumnChoice) => c.label ?? (typeof c.header === 'string' ? c.header : c.id);

/**
 * "Columns" menu button: one checkbox item per column (Radix DropdownMenu, portalled with the
 * tenant's scope). Columns with `hideable: false` stay checked and disabled; the last visible
 * column cannot be hidden. `Table` renders one with `columnPicker`; use this for your own toolbar.
 */
export const TableColumnPicker = forwardRef<HTMLButtonElement, TableColumnPickerProps>(
  function TableColumnPicker({ columns, visibleColumnIds, onVisibleColumnIdsChange, ...rest }, ref) {
    const t = useT();
    const visible = new Set(visibleColumnIds);
    const toggle = (id: string, on: boolean) => {
      const next = columns.map((c) => c.id).filter((c) => (c === id ? on : visible.has(c)));
      if (next.length > 0) onVisibleColumnIdsChange(next);
    };
    return (
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <Button ref={ref} variant="outline" tone="neutral" size="sm" {...rest} data-part="column-picker">
            {t('table.columns')}
          </Button>
        </DropdownMenu.Trigger>
        <JournalkitPortal>
          <MenuContent align="end" sideOffset={4} data-component="Table.ColumnPicker">
            <MenuLabel>{t('table.chooseColumns')}</MenuLabel>
            {columns.map((column) => {
              const checked = visible.has(column.id);
              const locked = column.hideable === false || (checked && visible.size === 1);
              return (
                <MenuCheckboxItem
                  key={column.id}
                  checked={checked}
                  disabled={locked}
                  onCheckedChange={(on) => toggle(column.id, on === true)}
                  onSelect={(e) => e.preventDefault()}
                  data-column={column.id}
                >
                  <MenuItemIndicator>
                    <CheckIcon />
                  </MenuItemIndicator>
                  {labelOf(column)}
                </MenuCheckboxItem>
              );
            })}
          </MenuContent>
        </JournalkitPortal>
      </DropdownMenu.Root>
    );
  },
);
