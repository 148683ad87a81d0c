import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const TradeTableRoot = styled.div`
  display: block;
  min-inline-size: 0;
`;

export const PnlRoot = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 0.25rem;
  font-weight: 600;
  font-variant-numeric: tabular-nums;

  &[data-trend='up'] {
    color: ${t.color.positiveText};
  }
  &[data-trend='down'] {
    color: ${t.color.negativeText};
  }
`;

export const TagList = styled.span`
  display: inline-flex;
  gap: 0.25rem;
  overflow: hidden;
`;
