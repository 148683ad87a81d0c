import styled from 'styled-components';
import { Button } from '../Button/Button';

export const Square = styled(Button)`
  aspect-ratio: 1;
  padding-inline: 0;
  & svg {
    font-size: 1.25em;
  }
`;
