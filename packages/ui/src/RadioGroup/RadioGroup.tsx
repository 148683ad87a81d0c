import { forwardRef } from 'react';
import type { ReactNode } from 'react';
import { GroupFrame, useGroupIds } from '../internal/GroupFrame';
import type { FieldProps } from '../internal/Field';
import { joinIds } from '../internal/ids';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import * as S from './RadioGroup.styles';

export const radioGroupVariants = defineVariants({
  orientation: { values: ['vertical', 'horizontal'], default: 'vertical' },
  variant: { values: ['plain', 'card'], default: 'plain' },
});

export interface RadioOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps extends FieldProps {
  options: readonly RadioOption[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  orientation?: VariantValue<typeof radioGroupVariants, 'orientation'>;
  /** `card`: each option a bordered, clickable tile (plans, import formats). */
  variant?: VariantValue<typeof radioGroupVariants, 'variant'>;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  id?: string;
  className?: string;
}

/**
 * Pick one of a few visible options (Radix RadioGroup, role="radiogroup"): Tab enters the group at
 * the checked option, arrow keys move and check (mirrored in RTL). `ref` reaches the radiogroup,
 * `className` the field root; the label names the group.
 */
export const RadioGroup = forwardRef<HTMLDivElement, RadioGroupProps>(function RadioGroup(
  {
    label,
    hideLabel,
    description,
    error,
    options,
    value,
    defaultValue,
    onValueChange,
    orientation = 'vertical',
    variant = 'plain',
    name,
    required,
    disabled,
    id,
    className,
  },
  ref,
) {
  const ids = useGroupIds(id, { description, error });
  return (
    <GroupFrame
      component="RadioGroup"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      ids={ids}
    >
      <S.Group
        ref={ref}
        id={ids.groupId}
        {...(value !== undefined && { value })}
        {...(defaultValue !== undefined && { defaultValue })}
        {...(onValueChange && { onValueChange })}
        {...(name !== undefined && { name })}
        orientation={orientation}
        required={required}
        disabled={disabled}
        aria-labelledby={ids.labelId}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        data-part="group"
        data-variant={variant}
      >
        {options.map((option) => {
          const itemId = `${ids.groupId}-${option.value}`;
          const descriptionId = option.description ? `${itemId}-description` : undefined;
          const off = disabled || option.disabled;
          return (
            <S.Option key={option.value} data-part="option" data-disabled={off || undefined}>
              <S.Item
                id={itemId}
                value={option.value}
                disabled={option.disabled}
                aria-describedby={joinIds(descriptionId)}
                aria-invalid={error ? true : undefined}
                data-part="radio"
              >
                <S.Indicator data-part="indicator" />
              </S.Item>
              <S.OptionLabel htmlFor={itemId} data-part="option-label">
                {option.label}
              </S.OptionLabel>
              {option.description && (
                <S.OptionDescription id={descriptionId} data-part="option-description">
                  {option.description}
                </S.OptionDescription>
              )}
            </S.Option>
          );
        })}
      </S.Group>
    </GroupFrame>
  );
});
