import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const CardRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[5]};
  padding: ${t.component.card.padding};
  border-radius: ${t.component.card.radius};
  background-color: ${t.component.card.background};
  border: ${t.borderWidth.default} solid ${t.component.card.border};
  color: ${t.color.text};
  min-inline-size: 0;

  &[data-variant='elevated'] {
    border-color: transparent;
    box-shadow: ${t.component.card.shadow};
  }
  &[data-variant='filled'] {
    background-color: ${t.color.surfaceSunken};
    border-color: transparent;
  }
  &[data-padding='sm'] {
    padding: ${t.space[4]};
    gap: ${t.space[3]};
  }
  &[data-padding='none'] {
    padding: 0;
  }
  &[data-interactive='true'] {
    cursor: pointer;
    transition: border-color ${t.duration.fast} ${t.easing.standard};
    ${focusRing}
  }
  &[data-interactive='true']:hover {
    border-color: ${t.color.borderStrong};
  }
`;

export const CardHeader = styled.div`
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: ${t.space[4]};
`;

export const CardHeading = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[1]};
  min-inline-size: 0;
`;

export const CardTitle = styled.h3`
  margin: 0;
  font-family: ${t.font.family.heading};
  font-size: ${t.font.size.lg};
  font-weight: ${t.font.weight.semibold};
  line-height: ${t.font.lineHeight.tight};
  overflow-wrap: anywhere;
`;

export const CardDescription = styled.p`
  margin: 0;
  font-size: ${t.font.size.sm};
  color: ${t.color.textMuted};
`;

export const CardActions = styled.div`
  display: flex;
  gap: ${t.space[2]};
  flex-shrink: 0;
`;

export const CardFooter = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${t.space[3]};
  justify-content: flex-end;
  padding-block-start: ${t.space[4]};
  border-block-start: ${t.borderWidth.default} solid ${t.color.border};
`;
