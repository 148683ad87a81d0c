import type { ReactNode } from 'react';
import { AlertIcon } from '../icons/icons';
import { FieldDescription, FieldError, FieldLabel, FieldRoot, RequiredMark } from './Field.styles';
import type { FieldProps } from './Field';
import { LabelRow } from './GroupFrame.styles';
import { joinIds, useJkId } from './ids';

/** Ids for a control that is a group (radiogroup, slider thumbs, a date range): named by its label. */
export function useGroupIds(
  id: string | undefined,
  { description, error }: Pick<FieldProps, 'description' | 'error'>,
) {
  const groupId = useJkId(id);
  const labelId = `${groupId}-label`;
  const descriptionId = description ? `${groupId}-description` : undefined;
  const errorId = error ? `${groupId}-error` : undefined;
  return { groupId, labelId, descriptionId, errorId, describedBy: joinIds(descriptionId, errorId) };
}

interface GroupFrameProps extends FieldProps {
  component: string;
  className?: string | undefined;
  required?: boolean | undefined;
  ids: ReturnType<typeof useGroupIds>;
  /** Shown at the end of the label row (a slider's current value). */
  labelEnd?: ReactNode;
  children: ReactNode;
}

/**
 * FieldFrame's layout for controls a `<label for>` cannot name: the label is a plain element with
 * an id, and the control points at it with `aria-labelledby`.
 */
export function GroupFrame({
  component,
  className,
  label,
  hideLabel,
  description,
  error,
  required,
  ids,
  labelEnd,
  children,
}: GroupFrameProps) {
  const labelNode = (
    <FieldLabel as="span" id={ids.labelId} data-part="label" data-hidden={hideLabel || undefined}>
      {label}
      {required && <RequiredMark aria-hidden>*</RequiredMark>}
    </FieldLabel>
  );
  return (
    <FieldRoot className={className} data-component={component} data-invalid={error ? true : undefined}>
      {labelEnd ? (
        <LabelRow data-part="label-row">
          {labelNode}
          {labelEnd}
        </LabelRow>
      ) : (
        labelNode
      )}
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
    </FieldRoot>
  );
}
