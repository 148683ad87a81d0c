import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { bareInput, controlBox } from '../internal/Field.styles';

export const InputBox = styled.div`
  ${controlBox}
`;

export const Input = styled.input`
  ${bareInput}
`;

export const Adornment = styled.span`
  display: inline-flex;
  align-items: center;
  color: ${t.color.textMuted};
  font-size: ${t.font.size.sm};
`;
