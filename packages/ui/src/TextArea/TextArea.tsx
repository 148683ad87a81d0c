import { forwardRef } from 'react';
import type { ChangeEvent, ComponentPropsWithoutRef } from 'react';
import { useT } from '../i18n/useT';
import { FieldFrame, useFieldIds } from '../internal/Field';
import type { FieldProps } from '../internal/Field';
import { useControllableState } from '../internal/useControllableState';
import { Count, NativeTextArea, TextAreaBox } from './TextArea.styles';

export interface TextAreaProps
  extends FieldProps, Omit<ComponentPropsWithoutRef<'textarea'>, 'children' | 'value' | 'defaultValue'> {
  value?: string;
  defaultValue?: string;
  /** Show "n of max characters" under the box (needs `maxLength`). */
  showCount?: boolean;
  resize?: 'vertical' | 'none';
}

/** A labelled multi-line text input, e.g. a trade note. `ref` reaches the `<textarea>`. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea(
  {
    label,
    hideLabel,
    description,
    error,
    className,
    id,
    required,
    disabled,
    value: valueProp,
    defaultValue = '',
    onChange,
    showCount,
    maxLength,
    resize = 'vertical',
    rows = 4,
    ...rest
  },
  ref,
) {
  const t = useT();
  const ids = useFieldIds(id, { description, error });
  const [value, setValue] = useControllableState({ value: valueProp, defaultValue });
  const count =
    showCount && maxLength !== undefined ? (
      <Count data-part="count" data-over={value.length >= maxLength}>
        {t('field.characterCount', { count: value.length, max: maxLength })}
      </Count>
    ) : null;
  return (
    <FieldFrame
      component="TextArea"
      className={className}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      required={required}
      ids={ids}
      footer={count}
    >
      <TextAreaBox
        data-part="control"
        data-invalid={error ? true : undefined}
        data-disabled={disabled || undefined}
      >
        <NativeTextArea
          ref={ref}
          id={ids.controlId}
          required={required}
          disabled={disabled}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => {
            setValue(e.target.value);
            onChange?.(e);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          data-part="textarea"
          data-resize={resize}
          {...rest}
        />
      </TextAreaBox>
    </FieldFrame>
  );
});
