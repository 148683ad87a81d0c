import type { ReactNode } from 'react';
import { AlertIcon } from '../icons/icons';
import { joinIds, useJkId } from './ids';
import { FieldDescription, FieldError, FieldLabel, FieldRoot, RequiredMark } from './Field.styles';

/** Props every labelled form control shares (TextField, TextArea, Select, Combobox, DatePicker …). */
export interface FieldProps {
  /** Visible label; required for accessibility (use `hideLabel` to hide it visually). */
  label: ReactNode;
  hideLabel?: boolean;
  /** Help text under the label, linked with aria-describedby. */
  description?: ReactNode;
  /** Error message; marks the control invalid and is announced with it. */
  error?: ReactNode;
}

export function useFieldIds(
  id: string | undefined,
  { description, error }: Pick<FieldProps, 'description' | 'error'>,
) {
  const controlId = useJkId(id);
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return { controlId, descriptionId, errorId, describedBy: joinIds(descriptionId, errorId) };
}

interface FieldFrameProps extends FieldProps {
  component: string;
  className?: string | undefined;
  required?: boolean | undefined;
  ids: ReturnType<typeof useFieldIds>;
  children: ReactNode;
  footer?: ReactNode;
}

/** Label, description, control, error: the layout of every form field. */
export function FieldFrame({
  component,
  className,
  label,
  hideLabel,
  description,
  error,
  required,
  ids,
  children,
  footer,
}: FieldFrameProps) {
  return (
    <FieldRoot className={className} data-component={component} data-invalid={error ? true : undefined}>
      <FieldLabel
        id={`${ids.controlId}-label`}
        htmlFor={ids.controlId}
        data-part="label"
        data-hidden={hideLabel || undefined}
      >
        {label}
        {required && <RequiredMark aria-hidden>*</RequiredMark>}
      </FieldLabel>
      {description && (
        <FieldDescription id={ids.descriptionId} data-part="description">
          {description}
        </FieldDescription>
      )}
      {children}
      {error && (
        <FieldError id={ids.errorId} data-part="error">
          <AlertIcon />
          <span data-part="message">{error}</span>
        </FieldError>
      )}
      {footer}
    </FieldRoot>
  );
}
