import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

/** The element that carries a tenant's variables: the provider root and every portal container. */
export const ScopeRoot = styled.div`
  color: ${t.color.text};
  font-family: ${t.font.family.body};
  font-size: ${t.font.size.md};
  line-height: ${t.font.lineHeight.normal};
  -webkit-font-smoothing: antialiased;
  -moz-osx-font-smoothing: grayscale;
  text-align: start;

  &[data-has-background='true'] {
    background-color: ${t.color.canvas};
  }

  & *,
  & *::before,
  & *::after {
    box-sizing: border-box;
  }
`;
