import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const DetailRoot = styled.article`
  display: grid;
  gap: 1.5rem;
  min-inline-size: 0;
`;

export const Header = styled.header`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.75rem;

  & h2 {
    min-inline-size: 0;
    max-inline-size: 100%;
    margin: 0;
    font-size: 1.5rem;
    color: ${t.color.text};
  }
`;

export const Facts = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
  gap: 1rem;
  margin: 0;

  & dt {
    font-size: 0.8125rem;
    color: ${t.color.textMuted};
  }
  & dd {
    margin: 0;
    font-weight: 600;
    color: ${t.color.text};
    font-variant-numeric: tabular-nums;
  }
`;

export const Section = styled.section`
  display: grid;
  gap: 0.5rem;

  & h3 {
    margin: 0;
    font-size: 1rem;
    color: ${t.color.text};
  }
`;

/** The executions table scrolls sideways inside the detail on narrow screens (a focusable region). */
export const ExecScroll = styled.div`
  overflow-x: auto;
  max-inline-size: 100%;
  ${focusRing}
`;

export const ExecTable = styled.table`
  inline-size: 100%;
  white-space: nowrap;
  border-collapse: collapse;
  font-size: 0.875rem;
  color: ${t.color.text};

  & th,
  & td {
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    text-align: start;
    border-block-end: 1px solid ${t.color.border};
  }
  & th[data-numeric],
  & td[data-numeric] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
