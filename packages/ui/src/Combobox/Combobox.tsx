import { Popover } from 'radix-ui';
import { forwardRef, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { combobox as comboboxStrings } from '../i18n/locales/combobox/en';
import { useT } from '../i18n/useT';
import { CheckIcon, ChevronDownIcon } from '../icons/icons';
import { Spinner } from '../icons/Spinner';
import { FieldFrame, useFieldIds } from '../internal/Field';
import type { FieldProps } from '../internal/Field';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { JournalkitPortal } from '../provider/Portal';
import { useJournalkit } from '../provider/context';
import * as S from './Combobox.styles';
import { useCombobox } from './useCombobox';
import type { ComboboxStateOptions } from './useCombobox';

export const comboboxVariants = defineVariants({
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

export interface ComboboxProps extends FieldProps, Omit<ComboboxStateOptions, 'locale'> {
  /** Show a spinner and "Loading results…" in the list (keep showing the current items). */
  loading?: boolean;
  placeholder?: string;
  /** Shown when nothing matches. Default "No results" (translated). */
  emptyMessage?: ReactNode;
  size?: VariantValue<typeof comboboxVariants, 'size'>;
  disabled?: boolean;
  required?: boolean;
  /** Submits the selected value in a form (a hidden input). */
  name?: string;
  id?: string;
  className?: string;
}

/**
 * Type to filter a list and pick one item (WAI-ARIA combobox with list autocomplete). Down/Up open
 * and move, Enter picks, Escape closes and then clears, Alt+Down opens without moving; focus
 * stays in the input (`aria-activedescendant`). Async: pass `filter={false}`, fetch in
 * `onInputChange`, and give the results as `items` with `loading` while they come.
 * `ref` reaches the input; `className` the field root.
 */
export const Combobox = forwardRef<HTMLInputElement, ComboboxProps>(function Combobox(
  {
    label,
    hideLabel,
    description,
    error,
    loading,
    placeholder,
    emptyMessage,
    size = 'md',
    disabled,
    required,
    name,
    id,
    className,
    ...state
  },
  ref,
) {
  const t = useT(comboboxStrings);
  const { locale } = useJournalkit();
  const ids = useFieldIds(id, { description, error });
  const listboxId = `${ids.controlId}-listbox`;
  const optionId = (i: number) => `${listboxId}-${i}`;
  const cb = useCombobox({ ...state, locale });
  const anchor = useRef<HTMLDivElement>(null);
  const activeId = cb.open && cb.activeIndex >= 0 ? optionId(cb.activeIndex) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const status = loading
    ? t('combobox.loading')
    : cb.visible.length === 0
      ? (emptyMessage ?? t('combobox.noResults'))
      : null;

  return (
    <FieldFrame
      component="Combobox"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      ids={ids}
    >
      <Popover.Root open={cb.open && !disabled} onOpenChange={(o) => cb.setOpen(o)}>
        <Popover.Anchor asChild>
          <S.InputBox
            ref={anchor}
            data-part="control"
            data-size={size}
            data-invalid={error ? true : undefined}
            data-disabled={disabled || undefined}
          >
            <S.Input
              ref={ref}
              id={ids.controlId}
              role="combobox"
              type="text"
              autoComplete="off"
              spellCheck={false}
              aria-autocomplete="list"
              aria-expanded={cb.open}
              aria-controls={cb.open ? listboxId : undefined}
              aria-activedescendant={activeId}
              aria-describedby={ids.describedBy}
              aria-invalid={error ? true : undefined}
              aria-busy={loading || undefined}
              required={required}
              disabled={disabled}
              placeholder={placeholder}
              value={cb.text}
              onChange={cb.onChange}
              onKeyDown={cb.onKeyDown}
              data-part="input"
            />
            <button
              type="button"
              tabIndex={-1}
              aria-label={t('combobox.showOptions')}
              aria-expanded={cb.open}
              aria-controls={cb.open ? listboxId : undefined}
              disabled={disabled}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                cb.setOpen(!cb.open, 'selected');
                document.getElementById(ids.controlId)?.focus();
              }}
              data-part="toggle"
            >
              <ChevronDownIcon />
            </button>
          </S.InputBox>
        </Popover.Anchor>
        {name && <input type="hidden" name={name} value={cb.value ?? ''} />}
        <JournalkitPortal>
          <S.Panel
            role={undefined}
            align="start"
            sideOffset={4}
            collisionPadding={8}
            onOpenAutoFocus={(e) => e.preventDefault()}
            onCloseAutoFocus={(e) => e.preventDefault()}
            onEscapeKeyDown={(e) => e.preventDefault()}
            onInteractOutside={(e) => {
              if (anchor.current?.contains(e.target as Node)) e.preventDefault();
            }}
            data-component="Combobox.Content"
          >
            <S.Listbox
              id={listboxId}
              role="listbox"
              aria-labelledby={`${ids.controlId}-label`}
              data-part="listbox"
            >
              {cb.visible.map((item, i) => (
                <S.Option
                  key={item.value}
                  id={optionId(i)}
                  role="option"
                  aria-selected={item.value === cb.value}
                  aria-disabled={item.disabled || undefined}
                  data-highlighted={i === cb.activeIndex ? '' : undefined}
                  data-disabled={item.disabled ? '' : undefined}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => !item.disabled && i !== cb.activeIndex && cb.setActive(i)}
                  onClick={() => cb.select(item)}
                  data-part="option"
                >
                  {item.value === cb.value && (
                    <span data-part="indicator">
                      <CheckIcon />
                    </span>
                  )}
                  <span data-part="text">
                    {item.label}
                    {item.description && <span data-part="description">{item.description}</span>}
                  </span>
                </S.Option>
              ))}
            </S.Listbox>
            {status && (
              <S.Message data-part={loading ? 'loading' : 'empty'}>
                {loading && <Spinner />}
                {status}
              </S.Message>
            )}
          </S.Panel>
        </JournalkitPortal>
      </Popover.Root>
      <VisuallyHidden role="status" data-part="status">
        {cb.open && !loading && cb.visible.length > 0
          ? t('combobox.results', { count: cb.visible.length })
          : ''}
      </VisuallyHidden>
    </FieldFrame>
  );
});
