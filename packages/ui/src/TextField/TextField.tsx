import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { FieldFrame, useFieldIds } from '../internal/Field';
import type { FieldProps } from '../internal/Field';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { Adornment, Input, InputBox } from './TextField.styles';

export const textFieldVariants = defineVariants({
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

export interface TextFieldProps
  extends FieldProps, Omit<ComponentPropsWithoutRef<'input'>, 'size' | 'children'> {
  size?: VariantValue<typeof textFieldVariants, 'size'>;
  /** Inside the box before the text (a currency symbol, an icon). Mirrors in RTL. */
  startAdornment?: ReactNode;
  endAdornment?: ReactNode;
}

/** A labelled single-line text input. `ref` reaches the `<input>`; `className` the field root. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  {
    label,
    hideLabel,
    description,
    error,
    size = 'md',
    startAdornment,
    endAdornment,
    className,
    id,
    required,
    disabled,
    ...rest
  },
  ref,
) {
  const ids = useFieldIds(id, { description, error });
  return (
    <FieldFrame
      component="TextField"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      ids={ids}
    >
      <InputBox
        data-part="control"
        data-size={size}
        data-invalid={error ? true : undefined}
        data-disabled={disabled || undefined}
      >
        {startAdornment && <Adornment data-part="start">{startAdornment}</Adornment>}
        <Input
          ref={ref}
          id={ids.controlId}
          required={required}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          data-part="input"
          {...rest}
        />
        {endAdornment && <Adornment data-part="end">{endAdornment}</Adornment>}
      </InputBox>
    </FieldFrame>
  );
});
