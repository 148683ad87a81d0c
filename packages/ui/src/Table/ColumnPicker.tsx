import { forwardRef, useEffect, useRef, useState } from 'react';
import type { ComponentPropsWithoutRef, Ref } from 'react';
import { Button } from '../Button/Button';
import { table as tableStrings } from '../i18n/locales/table/en';
import { useT } from '../i18n/useT';
import { useJkId } from '../internal/ids';
import { PickerOption, PickerPanel, PickerRoot } from './Table.styles';
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

function useMergedRef<T>(outer: Ref<T>, inner: { current: T | null }) {
  return (node: T | null) => {
    inner.current = node;
    if (typeof outer === 'function') outer(node);
    else if (outer) (outer as { current: T | null }).current = node;
  };
}

/**
 * "Columns" button opening a panel of checkboxes, one per column (a disclosure: Tab moves through
 * the boxes, Space toggles, Escape or leaving the panel closes it). Columns with `hideable: false`
 * stay checked and disabled; the last visible column cannot be hidden. Light on purpose (no menu
 * or positioning library): `Table` renders it with `columnPicker`; use it in your own toolbar too.
 */
export const TableColumnPicker = forwardRef<HTMLButtonElement, TableColumnPickerProps>(
  function TableColumnPicker(
    { columns, visibleColumnIds, onVisibleColumnIdsChange, className, ...rest },
    ref,
  ) {
    const t = useT(tableStrings);
    const [open, setOpen] = useState(false);
    const rootRef = useRef<HTMLDivElement>(null);
    const buttonRef = useRef<HTMLButtonElement | null>(null);
    const setButton = useMergedRef(ref, buttonRef);
    const panelId = useJkId();
    const visible = new Set(visibleColumnIds);

    useEffect(() => {
      if (!open) return;
      rootRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
      const outside = (event: PointerEvent) => {
        if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
      };
      document.addEventListener('pointerdown', outside);
      return () => document.removeEventListener('pointerdown', outside);
    }, [open]);

    const toggle = (id: string, on: boolean) => {
      const next = columns.map((c) => c.id).filter((c) => (c === id ? on : visible.has(c)));
      if (next.length > 0) onVisibleColumnIdsChange(next);
    };
    return (
      <PickerRoot
        ref={rootRef}
        className={className}
        data-component="Table.ColumnPicker"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !open) return;
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }}
        onBlur={(event) => {
          if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
        }}
      >
        <Button
          ref={setButton}
          variant="outline"
          tone="neutral"
          size="sm"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => setOpen((o) => !o)}
          data-part="column-picker-button"
          {...rest}
        >
          {t('table.columns')}
        </Button>
        {open && (
          <PickerPanel
            id={panelId}
            role="group"
            aria-label={t('table.chooseColumns')}
            data-part="column-picker-panel"
          >
            {columns.map((column) => {
              const checked = visible.has(column.id);
              const locked = column.hideable === false || (checked && visible.size === 1);
              return (
                <PickerOption key={column.id} data-column={column.id} data-disabled={locked || undefined}>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={locked}
                    onChange={(e) => toggle(column.id, e.target.checked)}
                  />
                  {labelOf(column)}
                </PickerOption>
              );
            })}
          </PickerPanel>
        )}
      </PickerRoot>
    );
  },
);
