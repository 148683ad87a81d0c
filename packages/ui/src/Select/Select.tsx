import { Select as RadixSelect } from 'radix-ui';
import { forwardRef, Fragment } from 'react';
import { select as selectStrings } from '../i18n/locales/select/en';
import { useT } from '../i18n/useT';
import { CheckIcon, ChevronDownIcon } from '../icons/icons';
import { FieldFrame, useFieldIds } from '../internal/Field';
import type { FieldProps } from '../internal/Field';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { JournalkitPortal } from '../provider/Portal';
import * as S from './Select.styles';

export const selectVariants = defineVariants({
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

export interface SelectOption {
  /** Never an empty string (Radix reserves it for "no value"). */
  value: string;
  /** Visible text, already translated; also what typing matches. */
  label: string;
  disabled?: boolean;
}

export interface SelectGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectProps extends FieldProps {
  /** Options, or groups of options (rendered with a heading and separators). */
  options: readonly (SelectOption | SelectGroup)[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** Shown until a value is chosen. Default: "Select an option" (translated). */
  placeholder?: string;
  size?: VariantValue<typeof selectVariants, 'size'>;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  id?: string;
  className?: string;
}

const isGroup = (o: SelectOption | SelectGroup): o is SelectGroup => 'options' in o;

function Option({ option }: { option: SelectOption }) {
  return (
    <S.Item value={option.value} disabled={option.disabled} data-part="option">
      <RadixSelect.ItemIndicator data-part="indicator">
        <CheckIcon />
      </RadixSelect.ItemIndicator>
      <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
    </S.Item>
  );
}

/**
 * Pick one value from a short list (Radix Select, the WAI-ARIA select-only combobox): Space, Enter
 * and the arrow keys open it, typing jumps to a match, Escape closes. For long or searchable lists
 * use Combobox. `ref` reaches the trigger button; `className` the field root.
 */
export const Select = forwardRef<HTMLButtonElement, SelectProps>(function Select(
  {
    label,
    hideLabel,
    description,
    error,
    options,
    value,
    defaultValue,
    onValueChange,
    placeholder,
    size = 'md',
    name,
    required,
    disabled,
    open,
    defaultOpen,
    onOpenChange,
    id,
    className,
  },
  ref,
) {
  const t = useT(selectStrings);
  const ids = useFieldIds(id, { description, error });
  return (
    <FieldFrame
      component="Select"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      ids={ids}
    >
      <RadixSelect.Root
        {...(value !== undefined && { value })}
        {...(defaultValue !== undefined && { defaultValue })}
        {...(onValueChange && { onValueChange })}
        {...(open !== undefined && { open })}
        {...(defaultOpen !== undefined && { defaultOpen })}
        {...(onOpenChange && { onOpenChange })}
        {...(name !== undefined && { name })}
        required={required}
        disabled={disabled}
      >
        <S.Trigger
          ref={ref}
          id={ids.controlId}
          aria-describedby={ids.describedBy}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          data-part="trigger"
          data-size={size}
          data-invalid={error ? true : undefined}
          data-disabled={disabled || undefined}
        >
          <span data-part="value">
            <RadixSelect.Value placeholder={placeholder ?? t('select.placeholder')} />
          </span>
          <RadixSelect.Icon data-part="icon">
            <ChevronDownIcon />
          </RadixSelect.Icon>
        </S.Trigger>
        <JournalkitPortal>
          <S.Content position="popper" sideOffset={4} collisionPadding={8} data-component="Select.Content">
            <RadixSelect.ScrollUpButton asChild>
              <S.ScrollButton data-part="scroll-up">
                <ChevronDownIcon />
              </S.ScrollButton>
            </RadixSelect.ScrollUpButton>
            <S.Viewport data-part="viewport">
              {options.map((o, i) =>
                isGroup(o) ? (
                  <Fragment key={`g-${o.label}`}>
                    {i > 0 && <S.Separator />}
                    <RadixSelect.Group>
                      <S.GroupLabel>{o.label}</S.GroupLabel>
                      {o.options.map((opt) => (
                        <Option key={opt.value} option={opt} />
                      ))}
                    </RadixSelect.Group>
                  </Fragment>
                ) : (
                  <Option key={o.value} option={o} />
                ),
              )}
            </S.Viewport>
            <RadixSelect.ScrollDownButton asChild>
              <S.ScrollButton data-part="scroll-down">
                <ChevronDownIcon />
              </S.ScrollButton>
            </RadixSelect.ScrollDownButton>
          </S.Content>
        </JournalkitPortal>
      </RadixSelect.Root>
    </FieldFrame>
  );
});
