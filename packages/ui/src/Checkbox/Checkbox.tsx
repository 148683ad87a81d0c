import { Checkbox as RadixCheckbox } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { CheckIcon, MinusIcon } from '../icons/icons';
import { joinIds, useJkId } from '../internal/ids';
import { Box, ChoiceDescription, ChoiceLabel, ChoiceRoot } from './Checkbox.styles';

export type CheckedState = boolean | 'indeterminate';

export interface CheckboxProps extends Omit<
  ComponentPropsWithoutRef<typeof RadixCheckbox.Root>,
  'asChild' | 'children' | 'onChange'
> {
  label: ReactNode;
  description?: ReactNode;
  /** Marks the checkbox invalid (pair with a message elsewhere, e.g. a form summary). */
  invalid?: boolean;
  checked?: CheckedState;
  defaultChecked?: CheckedState;
  onCheckedChange?: (checked: CheckedState) => void;
}

/** A labelled checkbox (Radix Checkbox): Space toggles, `indeterminate` supported, form-aware. */
export const Checkbox = forwardRef<HTMLButtonElement, CheckboxProps>(function Checkbox(
  { label, description, invalid, className, id, disabled, ...rest },
  ref,
) {
  const controlId = useJkId(id);
  const descriptionId = description ? `${controlId}-description` : undefined;
  return (
    <ChoiceRoot className={className} data-component="Checkbox" data-disabled={disabled || undefined}>
      <Box
        ref={ref}
        id={controlId}
        disabled={disabled}
        aria-describedby={joinIds(descriptionId, rest['aria-describedby'])}
        aria-invalid={invalid || undefined}
        data-invalid={invalid || undefined}
        data-part="box"
        {...rest}
      >
        <RadixCheckbox.Indicator data-part="indicator">
          <CheckIcon />
          <MinusIcon />
        </RadixCheckbox.Indicator>
      </Box>
      <ChoiceLabel htmlFor={controlId} data-part="label" data-disabled={disabled || undefined}>
        {label}
      </ChoiceLabel>
      {description && (
        <ChoiceDescription id={descriptionId} data-part="description">
          {description}
        </ChoiceDescription>
      )}
    </ChoiceRoot>
  );
});
