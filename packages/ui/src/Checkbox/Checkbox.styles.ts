import { vars as t } from '@journalkit/theme';
import { Checkbox as RadixCheckbox } from 'radix-ui';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const ChoiceRoot = styled.div`
  display: grid;
  grid-template-columns: auto 1fr;
  column-gap: ${t.space[3]};
  row-gap: ${t.space[1]};
  align-items: start;
`;

export const ChoiceLabel = styled.label`
  grid-column: 2;
  font-size: ${t.font.size.sm};
  line-height: 1.25rem;
  color: ${t.color.text};
  cursor: pointer;
  &[data-disabled] {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
`;

export const ChoiceDescription = styled.p`
  grid-column: 2;
  margin: 0;
  font-size: ${t.font.size.sm};
  color: ${t.color.textMuted};
`;

export const Box = styled(RadixCheckbox.Root)`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  inline-size: 1.25rem;
  block-size: 1.25rem;
  padding: 0;
  border: ${t.borderWidth.strong} solid ${t.component.checkbox.border};
  border-radius: ${t.component.checkbox.radius};
  background-color: ${t.color.surface};
  color: ${t.color.onAccent};
  cursor: pointer;
  ${focusRing}
  &[data-state='checked'],
  &[data-state='indeterminate'] {
    background-color: ${t.component.checkbox.checked};
    border-color: ${t.component.checkbox.checked};
  }
  &[data-invalid] {
    border-color: ${t.color.negativeText};
  }
  &:disabled {
    cursor: not-allowed;
    background-color: ${t.color.surfaceSunken};
    border-color: ${t.color.border};
    color: ${t.color.textDisabled};
  }
  &[data-state='indeterminate'] svg[data-icon='Check'],
  &[data-state='checked'] svg[data-icon='Minus'] {
    display: none;
  }
  & svg {
    inline-size: 0.875rem;
    block-size: 0.875rem;
    stroke-width: 3;
  }
`;
