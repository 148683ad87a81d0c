import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const Root = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  min-inline-size: 0;
`;

export const Toolbar = styled.div`
  display: flex;
  justify-content: flex-end;
`;

export const List = styled.ul`
  display: grid;
  grid-template-columns: minmax(4rem, max-content) minmax(6rem, 1fr) max-content;
  align-items: center;
  gap: ${t.space[2]} ${t.space[3]};
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Row = styled.li`
  display: grid;
  grid-column: 1 / -1;
  grid-template-columns: subgrid;
  align-items: center;
`;

export const Label = styled.span`
  font-size: ${t.font.size.sm};
  color: ${t.color.text};
  overflow-wrap: anywhere;
`;

export const Track = styled.span`
  display: flex;
  block-size: 1rem;
  border-radius: ${t.radius.sm};
  background: ${t.color.surfaceSunken};
  overflow: hidden;

  & > [data-part='half'] {
    display: flex;
    flex: 1 1 50%;
  }
  & > [data-part='half'][data-side='negative'] {
    justify-content: flex-end;
    border-inline-end: 1px solid ${t.color.borderStrong};
  }
`;

export const Bar = styled.span`
  display: block;
  inline-size: var(--_size, 0%);
  background: ${t.color.accent};
  &[data-tone='positive'] {
    background: ${t.color.positive};
  }
  &[data-tone='negative'] {
    background: ${t.color.negative};
  }
`;

export const Value = styled.span`
  display: inline-flex;
  align-items: center;
  justify-content: flex-end;
  gap: 0.25rem;
  font-size: ${t.font.size.sm};
  font-variant-numeric: tabular-nums;
  font-weight: ${t.font.weight.semibold};
  text-align: end;
  &[data-tone='positive'] {
    color: ${t.color.positiveText};
  }
  &[data-tone='negative'] {
    color: ${t.color.negativeText};
  }
  & > [data-part='count'] {
    font-weight: ${t.font.weight.regular};
    color: ${t.color.textMuted};
  }
`;
