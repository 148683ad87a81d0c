import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const Root = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[6]};
  min-inline-size: 0;
`;

export const Section = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
`;

export const Heading = styled.h3`
  margin: 0;
  font-size: ${t.font.size.md};
  font-weight: ${t.font.weight.semibold};
  color: ${t.color.text};
`;

export const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
  gap: ${t.space[5]} ${t.space[4]};
`;
