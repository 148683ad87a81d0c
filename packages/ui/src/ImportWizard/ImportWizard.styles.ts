import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const WizardRoot = styled.section`
  display: grid;
  gap: 1.25rem;
  min-inline-size: 0;
`;

export const StepBody = styled.div`
  display: grid;
  gap: 1rem;
`;

export const MappingGrid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  gap: 1rem;

  & [data-part='mapping-row'] {
    display: grid;
    gap: 0.5rem;
  }
`;

export const Figures = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
  gap: 1rem;
  margin: 0;

  & dt {
    font-size: 0.8125rem;
    color: ${t.color.textMuted};
  }
  & dd {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 600;
    color: ${t.color.text};
  }
`;

export const ErrorTable = styled.table`
  inline-size: 100%;
  border-collapse: collapse;
  font-size: 0.875rem;
  color: ${t.color.text};

  & caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  & th,
  & td {
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    text-align: start;
    border-block-end: 1px solid ${t.color.border};
  }
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem;
`;

export const Message = styled.p`
  margin: 0;
  color: ${t.color.text};

  &[data-tone='negative'] {
    color: ${t.color.negativeText};
  }
`;
