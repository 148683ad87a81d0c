import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const LabelRow = styled.div`
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: ${t.space[3]};
  & > [data-part='value'] {
    color: ${t.color.textMuted};
    font-size: ${t.font.size.sm};
    font-variant-numeric: tabular-nums;
  }
`;
