import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { focusRing, visuallyHidden } from '../internal/styles';

// Responsive by container query, not viewport: the shell collapses when *its* box is narrow, so it
// also works embedded in a partner's page next to their own sidebar.
const narrow = '@container jk-app-shell (max-width: 47.99rem)';
const wide = '@container jk-app-shell (min-width: 48rem)';

export const ShellRoot = styled.div`
  container: jk-app-shell / inline-size;
  display: flex;
  flex-direction: column;
  min-block-size: 100dvh;
  color: ${t.color.text};
`;

export const SkipLink = styled.a`
  ${visuallyHidden}
  &:focus {
    position: fixed;
    inset-block-start: ${t.space[2]};
    inset-inline-start: ${t.space[2]};
    z-index: ${t.z.toast};
    inline-size: auto;
    block-size: auto;
    margin: 0;
    padding: ${t.space[3]} ${t.space[4]};
    overflow: visible;
    clip: auto;
    white-space: normal;
    border-radius: ${t.radius.md};
    background-color: ${t.color.accent};
    color: ${t.color.onAccent};
    font-weight: ${t.font.weight.semibold};
    text-decoration: none;
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: ${t.component.focusRing.offset};
  }
`;

export const Header = styled.header`
  position: sticky;
  inset-block-start: 0;
  z-index: ${t.z.sticky};
  display: flex;
  align-items: center;
  gap: ${t.space[4]};
  min-block-size: ${t.component.appShell.headerHeight};
  padding-inline: ${t.space[5]};
  border-block-end: ${t.borderWidth.default} solid ${t.component.appShell.headerBorder};
  background-color: ${t.component.appShell.headerBackground};
  ${narrow} {
    gap: ${t.space[2]};
    padding-inline: ${t.space[3]};
  }
`;

export const Brand = styled.div`
  display: flex;
  align-items: center;
  flex-shrink: 0;
  min-inline-size: 0;
  & > a {
    display: inline-flex;
    align-items: center;
    gap: ${t.space[2]};
    min-inline-size: 0;
    padding: ${t.space[1]};
    border-radius: ${t.radius.sm};
    color: ${t.color.text};
    font-family: ${t.font.family.heading};
    font-size: ${t.font.size.lg};
    font-weight: ${t.font.weight.bold};
    text-decoration: none;
    ${focusRing}
  }
  & img {
    display: block;
    block-size: 2rem;
    inline-size: auto;
    max-inline-size: 10rem;
    object-fit: contain;
  }
  & [data-part='brand-name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;

export const NavList = styled.ul`
  display: flex;
  align-items: center;
  gap: ${t.space[1]};
  margin: 0;
  padding: 0;
  list-style: none;
  & [data-part='nav-link'] {
    position: relative;
    display: flex;
    align-items: center;
    gap: ${t.space[2]};
    min-block-size: ${t.control.height.md};
    padding-inline: ${t.space[3]};
    border-radius: ${t.radius.control};
    color: ${t.color.textMuted};
    font-size: ${t.font.size.sm};
    font-weight: ${t.font.weight.medium};
    text-decoration: none;
    white-space: nowrap;
    ${focusRing}
  }
  & [data-part='nav-link']:hover {
    background-color: ${t.color.surfaceHover};
    color: ${t.color.text};
  }
  /* The current page: stronger text and a bar in the brand colour (not colour alone). */
  & [data-part='nav-link'][aria-current='page'] {
    color: ${t.color.text};
    font-weight: ${t.font.weight.semibold};
  }
  & [data-part='nav-link'][aria-current='page']::after {
    content: '';
    position: absolute;
    inset-inline: ${t.space[3]};
    inset-block-end: 0;
    block-size: 3px;
    border-radius: 3px;
    background-color: ${t.component.appShell.navCurrent};
  }
  &[data-orientation='vertical'] {
    flex-direction: column;
    align-items: stretch;
  }
  &[data-orientation='vertical'] [data-part='nav-link'][aria-current='page']::after {
    inset-inline: 0 auto;
    inset-block: ${t.space[2]};
    inline-size: 3px;
    block-size: auto;
  }
`;

export const Nav = styled.nav`
  display: flex;
  min-inline-size: 0;
  overflow-x: auto;
  ${narrow} {
    display: none;
  }
`;

export const Spacer = styled.div`
  flex: 1;
`;

export const Actions = styled.div`
  display: flex;
  align-items: center;
  gap: ${t.space[2]};
`;

export const MenuButtonSlot = styled.div`
  display: flex;
  ${wide} {
    display: none;
  }
`;

export const UserButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: ${t.space[2]};
  max-inline-size: 16rem;
  min-block-size: ${t.control.height.md};
  padding-block: 0;
  padding-inline: ${t.space[1]} ${t.space[2]};
  border: 0;
  border-radius: ${t.radius.full};
  background: none;
  color: ${t.color.text};
  font: inherit;
  font-size: ${t.font.size.sm};
  font-weight: ${t.font.weight.medium};
  cursor: pointer;
  ${focusRing}
  &:hover,
  &[data-state='open'] {
    background-color: ${t.color.surfaceHover};
  }
  & [data-part='user-name'] {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  ${narrow} {
    padding-inline: ${t.space[1]};
    & [data-part='user-name'],
    & [data-part='chevron'] {
      ${visuallyHidden}
    }
  }
`;

export const UserSummary = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[1]};
  padding: ${t.space[2]} ${t.space[3]};
  & > [data-part='user-email'] {
    color: ${t.color.textMuted};
    font-size: ${t.font.size.xs};
    overflow-wrap: anywhere;
  }
`;

export const Main = styled.main`
  flex: 1;
  min-inline-size: 0;
  &:focus {
    outline: none;
  }
`;
