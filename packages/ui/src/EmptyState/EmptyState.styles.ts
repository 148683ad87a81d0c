import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const EmptyRoot = styled.div`
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: ${t.space[3]};
  padding: ${t.space[8]} ${t.space[6]};
  text-align: center;
  color: ${t.color.text};

  &[data-variant='card'] {
    border: ${t.borderWidth.default} dashed ${t.color.borderStrong};
    border-radius: ${t.radius.lg};
    background-color: ${t.color.surface};
  }
`;

export const EmptyIcon = styled.div`
  display: inline-flex;
  padding: ${t.space[4]};
  border-radius: 9999px;
  background-color: ${t.color.surfaceSunken};
  color: ${t.color.textMuted};
  font-size: 1.75rem;
  &[data-tone='negative'] {
    background-color: ${t.color.negativeSubtle};
    color: ${t.color.negativeText};
  }
`;

export const EmptyTitle = styled.h3`
  margin: 0;
  font-family: ${t.font.family.heading};
  font-size: ${t.font.size.lg};
  font-weight: ${t.font.weight.semibold};
`;

export const EmptyDescription = styled.p`
  margin: 0;
  max-inline-size: 42ch;
  font-size: ${t.font.size.sm};
  color: ${t.color.textMuted};
`;

export const EmptyActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  gap: ${t.space[3]};
  margin-block-start: ${t.space[2]};
`;
