import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const EditorRoot = styled.form`
  display: grid;
  gap: 1rem;
  min-inline-size: 0;
`;

export const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  gap: 1rem;
`;

export const ChipsGrid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
  align-items: start;
  gap: 1rem;
`;

export const ChipsRoot = styled.div`
  min-inline-size: 0;
  display: grid;
  gap: 0.5rem;
`;

export const ChipsRow = styled.div`
  display: flex;
  align-items: end;
  gap: 0.5rem;

  & > :first-child {
    flex: 1;
    min-inline-size: 0;
  }
  & input {
    min-inline-size: 0;
  }
`;

export const ChipList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 0.375rem;
  margin: 0;
  padding: 0;
  list-style: none;
`;

export const Preview = styled.div`
  min-block-size: 10rem;
  padding: 0.75rem;
  border: 1px solid ${t.color.border};
  border-radius: 0.5rem;
  color: ${t.color.text};
`;

export const Footer = styled.div`
  display: flex;
  align-items: center;
  gap: 0.75rem;

  & [data-part='status'] {
    font-size: 0.875rem;
    color: ${t.color.textMuted};
  }
  & [data-part='status'][data-state='error'] {
    color: ${t.color.negativeText};
  }
`;
