import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const StatRoot = styled.dl`
  display: flex;
  flex-direction: column;
  gap: ${t.space[1]};
  margin: 0;
  min-inline-size: 0;
`;

export const StatLabel = styled.dt`
  font-size: ${t.font.size.sm};
  color: ${t.color.textMuted};
`;

export const StatValue = styled.dd`
  margin: 0;
  font-size: ${t.font.size['2xl']};
  font-weight: ${t.font.weight.semibold};
  line-height: ${t.font.lineHeight.tight};
  font-variant-numeric: tabular-nums;
  overflow-wrap: anywhere;
  &[data-trend='up'] {
    color: ${t.color.positiveText};
  }
  &[data-trend='down'] {
    color: ${t.color.negativeText};
  }
  &[data-size='sm'] {
    font-size: ${t.font.size.lg};
  }
`;

export const StatDelta = styled.dd`
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${t.space[1]};
  margin: 0;
  font-size: ${t.font.size.sm};
  font-variant-numeric: tabular-nums;
  color: ${t.color.textMuted};

  & > [data-part='change'] {
    display: inline-flex;
    align-items: center;
    gap: 0.125rem;
    font-weight: ${t.font.weight.semibold};
  }
  &[data-tone='positive'] > [data-part='change'] {
    color: ${t.color.positiveText};
  }
  &[data-tone='negative'] > [data-part='change'] {
    color: ${t.color.negativeText};
  }
`;
