import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { controlBox } from '../internal/Field.styles';

export const Nav = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${t.space[3]} ${t.space[5]};
  font-size: ${t.font.size.sm};
  & svg[data-mirror-rtl]:dir(rtl) {
    transform: scaleX(-1);
  }
`;

export const Group = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${t.space[2]};
  &[data-part='size'] {
    gap: ${t.space[3]};
  }
`;

export const Pages = styled.ul`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${t.space[1]};
  margin: 0;
  padding: 0;
  list-style: none;
  & [aria-current='page'] {
    background-color: ${t.color.accentSubtle};
    color: ${t.color.accentText};
  }
  & [data-part='page'] {
    min-inline-size: ${t.control.height.sm};
    padding-inline: ${t.space[2]};
    font-variant-numeric: tabular-nums;
  }
  & [data-part='gap'] {
    display: inline-block;
    min-inline-size: 1.5rem;
    color: ${t.color.textMuted};
    text-align: center;
  }
`;

export const Range = styled.p`
  margin: 0;
  color: ${t.color.textMuted};
  font-variant-numeric: tabular-nums;
`;

/** "Rows per page" with a native select: light, and every platform's own picker. */
export const PageSize = styled.div`
  display: flex;
  align-items: center;
  gap: ${t.space[3]};
  & > label {
    color: ${t.color.textMuted};
    white-space: nowrap;
  }
  & > [data-part='control'] {
    position: relative;
    display: inline-flex;
    align-items: center;
  }
  & select {
    ${controlBox}
    min-block-size: ${t.control.height.sm};
    padding-inline: ${t.control.paddingInline.sm} calc(${t.control.paddingInline.sm} + 1.25rem);
    font: inherit;
    font-size: ${t.font.size.sm};
    font-variant-numeric: tabular-nums;
    appearance: none;
    cursor: pointer;
  }
  & select:focus-visible {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: 0;
    border-color: ${t.component.focusRing.color};
  }
  & select:disabled {
    background-color: ${t.color.surfaceSunken};
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  & [data-part='control'] > svg {
    position: absolute;
    inset-inline-end: ${t.control.paddingInline.sm};
    color: ${t.color.textMuted};
    pointer-events: none;
  }
`;
