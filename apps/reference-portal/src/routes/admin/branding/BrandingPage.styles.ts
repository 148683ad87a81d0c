import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
  gap: ${t.space[6]};
  align-items: start;
`;

const section = `
  display: flex;
  flex-direction: column;
  gap: ${t.space[5]};
  min-inline-size: 0;
  & > h2 {
    margin: 0;
    font-family: ${t.font.family.heading};
    font-size: ${t.font.size.xl};
    font-weight: ${t.font.weight.semibold};
  }
`;

export const Panel = styled.section`
  ${section}
  padding: ${t.space[6]};
  border: ${t.borderWidth.default} solid ${t.color.border};
  border-radius: ${t.radius.lg};
  background-color: ${t.color.surface};
`;

export const Previews = styled.section`
  ${section}
  position: sticky;
  inset-block-start: calc(${t.component.appShell.headerHeight} + ${t.space[4]});
`;

export const Note = styled.div`
  padding: ${t.space[4]};
  border-radius: ${t.radius.md};
  border-inline-start: 4px solid ${t.color.info};
  background-color: ${t.color.infoSubtle};
  font-size: ${t.font.size.sm};
  &[data-tone='negative'] {
    border-inline-start-color: ${t.color.negative};
    background-color: ${t.color.negativeSubtle};
  }
  & > h3 {
    margin: 0 0 ${t.space[2]};
    font-size: ${t.font.size.sm};
    font-weight: ${t.font.weight.semibold};
  }
  & > p {
    margin: 0 0 ${t.space[2]};
  }
  & > ul {
    margin: 0;
    padding-inline-start: ${t.space[5]};
    display: flex;
    flex-direction: column;
    gap: ${t.space[1]};
  }
  & code {
    font-family: ${t.font.family.mono};
  }
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${t.space[3]};
`;

export const Status = styled.p`
  margin: 0;
  min-block-size: 1.5em;
  font-size: ${t.font.size.sm};
  color: ${t.color.textMuted};
  &[data-tone='negative'] {
    color: ${t.color.negativeText};
  }
`;
