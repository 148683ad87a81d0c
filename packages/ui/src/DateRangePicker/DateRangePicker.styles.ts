import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const Body = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${t.space[4]};
`;

export const Presets = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${t.space[1]};
  min-inline-size: 9rem;
  margin: 0;
  padding: 0;
  padding-inline-end: ${t.space[4]};
  border-inline-end: ${t.borderWidth.default} solid ${t.color.border};
  list-style: none;
  & button {
    inline-size: 100%;
    justify-content: flex-start;
  }
`;
