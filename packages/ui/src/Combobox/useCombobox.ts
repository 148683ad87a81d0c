import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { useControllableState } from '../internal/useControllableState';

export interface ComboboxItem {
  /** Unique within the list. */
  value: string;
  /** Visible text, already translated; what the default filter matches and the input shows. */
  label: string;
  /** A second line (exchange, account number…). */
  description?: string;
  disabled?: boolean;
}

/** Why the input text changed: the user typed, picked an item, cleared it, or left the field. */
export type ComboboxInputReason = 'input' | 'select' | 'clear' | 'revert';

export interface ComboboxStateOptions {
  items: readonly ComboboxItem[];
  value?: string | null | undefined;
  defaultValue?: string | null | undefined;
  onValueChange?: ((value: string | null, item: ComboboxItem | null) => void) | undefined;
  inputValue?: string | undefined;
  defaultInputValue?: string | undefined;
  onInputChange?: ((text: string, reason: ComboboxInputReason) => void) | undefined;
  open?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** `false` when `items` are already filtered (async search through `onInputChange`). */
  filter?: ((item: ComboboxItem, text: string) => boolean) | false | undefined;
  locale: string;
}

const fold = (s: string, locale: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase(locale);

/** State and keyboard handling of the WAI-ARIA combobox with list autocomplete. */
export function useCombobox(o: ComboboxStateOptions) {
  const [value, setValue] = useControllableState<string | null>({
    value: o.value,
    defaultValue: o.defaultValue ?? null,
    onChange: (v) => o.onValueChange?.(v, o.items.find((i) => i.value === v) ?? null),
  });
  const selectedItem = o.items.find((i) => i.value === value);
  // Remember the label of the selection even when async `items` no longer contain it.
  const selectedLabel = useRef<string>(selectedItem?.label ?? '');
  if (selectedItem) selectedLabel.current = selectedItem.label;
  if (value === null) selectedLabel.current = '';

  const [text, setTextState] = useControllableState({
    value: o.inputValue,
    defaultValue: o.defaultInputValue ?? selectedItem?.label ?? '',
  });
  const setText = (next: string, reason: ComboboxInputReason) => {
    setTextState(next);
    o.onInputChange?.(next, reason);
  };
  const [open, setOpenState] = useControllableState({
    value: o.open,
    defaultValue: o.defaultOpen ?? false,
    onChange: o.onOpenChange,
  });
  // Filter only by what was typed since opening: reopening shows the whole list again.
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);

  const { filter, locale, items } = o;
  const visible = useMemo(() => {
    if (filter === false || !query) return items;
    const q = fold(query, locale);
    return items.filter((i) => (filter ? filter(i, query) : fold(i.label, locale).includes(q)));
  }, [filter, query, items, locale]);

  const enabledIndex = useCallback(
    (from: number, step: 1 | -1) => {
      const n = visible.length;
      for (let k = 0; k < n; k++) {
        const i = (((from + step * k) % n) + n) % n;
        if (!visible[i]?.disabled) return i;
      }
      return -1;
    },
    [visible],
  );

  // Keep the highlight on a real, enabled row when the list changes under it (async results).
  useEffect(() => {
    if (active >= visible.length || (active >= 0 && visible[active]?.disabled)) setActive(enabledIndex(0, 1));
  }, [visible, active, enabledIndex]);

  const setOpen = (next: boolean, highlight?: 'first' | 'last' | 'selected') => {
    if (next && !open) {
      setQuery(null);
      const sel = items.findIndex((i) => i.value === value);
      setActive(
        highlight === 'last'
          ? enabledIndex(items.length - 1, -1)
          : highlight === 'first' || (highlight === 'selected' && sel < 0)
            ? enabledIndex(0, 1)
            : highlight === 'selected'
              ? sel
              : -1,
      );
    }
    if (!next && open) {
      setQuery(null);
      setActive(-1);
      // Leaving without picking: an emptied field clears the value, anything else reverts.
      if (text === '' && value !== null) setValue(null);
      else if (text !== selectedLabel.current) setText(selectedLabel.current, 'revert');
    }
    setOpenState(next);
  };

  const select = (item: ComboboxItem | undefined) => {
    if (!item || item.disabled) return;
    selectedLabel.current = item.label;
    setValue(item.value);
    setText(item.label, 'select');
    setQuery(null);
    setActive(-1);
    setOpenState(false);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.target.value;
    setText(next, next ? 'input' : 'clear');
    setQuery(next);
    if (!open) setOpenState(true);
    setActive(next ? 0 : -1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const move = (step: 1 | -1) => {
      e.preventDefault();
      if (!open) return setOpen(true, e.altKey ? undefined : step === 1 ? 'selected' : 'last');
      if (e.altKey) return;
      setActive((a) => enabledIndex(a < 0 ? (step === 1 ? 0 : visible.length - 1) : a + step, step));
    };
    if (e.key === 'ArrowDown') move(1);
    else if (e.key === 'ArrowUp') move(-1);
    else if (e.key === 'Enter' && open) {
      e.preventDefault();
      if (active >= 0) select(visible[active]);
      else setOpen(false);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else if (text) {
        e.preventDefault();
        setText('', 'clear');
        setValue(null);
      }
    }
  };

  // An active index of 0 after typing may point at a disabled row: fix it before showing it.
  const activeIndex = active >= 0 && visible[active]?.disabled ? enabledIndex(active, 1) : active;

  return { value, text, open, setOpen, visible, activeIndex, setActive, select, onChange, onKeyDown };
}
