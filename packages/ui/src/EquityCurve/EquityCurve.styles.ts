import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

export const Root = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  min-inline-size: 0;
`;

export const Chart = styled.div`
  position: relative;
  inline-size: 100%;
  block-size: var(--_height, 20rem);
  direction: ltr;
`;
