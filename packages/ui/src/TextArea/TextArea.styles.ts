import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { bareInput, controlBox } from '../internal/Field.styles';

export const TextAreaBox = styled.div`
  ${controlBox}
  padding-block: ${t.space[3]};
  align-items: stretch;
`;

export const NativeTextArea = styled.textarea`
  ${bareInput}
  resize: vertical;
  line-height: ${t.font.lineHeight.normal};
  &[data-resize='none'] {
    resize: none;
  }
`;

export const Count = styled.p`
  margin: 0;
  align-self: flex-end;
  font-size: ${t.font.size.xs};
  color: ${t.color.textMuted};
  font-variant-numeric: tabular-nums;
  &[data-over='true'] {
    color: ${t.color.negativeText};
  }
`;
