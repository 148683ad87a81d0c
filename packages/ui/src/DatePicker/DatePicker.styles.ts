import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { bareInput, controlBox } from '../internal/Field.styles';

export const InputBox = styled.div`
  ${controlBox}
  padding-inline-end: ${t.space[1]};
`;

export const Input = styled.input`
  ${bareInput}
  font-variant-numeric: tabular-nums;
`;

/** The trigger of DateRangePicker: the whole box is one button. */
export const TriggerBox = styled.button`
  ${controlBox}
  inline-size: 100%;
  font: inherit;
  text-align: start;
  cursor: pointer;
  &:focus-visible {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: 0;
    border-color: ${t.component.focusRing.color};
  }
  &:focus-within {
    outline: none;
  }
  &:disabled {
    cursor: not-allowed;
  }
  & > [data-part='value'] {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  &[data-placeholder] > [data-part='value'] {
    color: ${t.component.input.placeholder};
  }
  &:disabled > [data-part='value'] {
    color: ${t.color.textDisabled};
  }
  & > [data-part='icon'] {
    display: inline-flex;
    color: ${t.color.textMuted};
  }
`;

export const PanelFooter = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${t.space[3]};
  padding-block-start: ${t.space[3]};
  border-block-start: ${t.borderWidth.default} solid ${t.color.border};
  & > [data-part='hint'] {
    color: ${t.color.textMuted};
    font-size: ${t.font.size.sm};
  }
  & > [data-part='actions'] {
    display: flex;
    gap: ${t.space[2]};
    margin-inline-start: auto;
  }
`;
