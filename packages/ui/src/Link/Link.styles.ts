import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const StyledLink = styled.a`
  color: ${t.color.accentText};
  text-decoration-line: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.2em;
  border-radius: ${t.radius.sm};
  cursor: pointer;
  ${focusRing}
  &[data-tone='neutral'] {
    color: ${t.color.text};
  }
  &[data-underline='hover']:not(:hover, :focus-visible) {
    text-decoration-line: none;
  }
  &:hover {
    text-decoration-thickness: 2px;
  }
  & > svg {
    display: inline-block;
    vertical-align: -0.125em;
    margin-inline-start: 0.25em;
  }
  & > svg[data-mirror-rtl]:dir(rtl) {
    transform: scaleX(-1);
  }
`;
