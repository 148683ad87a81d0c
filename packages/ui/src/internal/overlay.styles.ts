import { vars as t } from '@journalkit/theme';
import { css, keyframes } from 'styled-components';

const appear = keyframes`from { opacity: 0; transform: scale(0.97); } to { opacity: 1; transform: none; }`;

/**
 * The floating surface of Popover, Menu, Select, Combobox and the date pickers: raised surface,
 * border, shadow, a quick scale-in from the side it opens on (`--_origin`, set per component to the
 * Radix transform-origin variable).
 */
export const floatingPanel = css`
  z-index: ${t.z.popover};
  box-sizing: border-box;
  border: ${t.borderWidth.default} solid ${t.color.border};
  border-radius: ${t.radius.lg};
  background-color: ${t.color.surfaceRaised};
  color: ${t.color.text};
  box-shadow: ${t.shadow.lg};
  font-size: ${t.font.size.sm};
  transform-origin: var(--_origin, center);
  animation: ${appear} ${t.duration.fast} ${t.easing.enter};
  &:focus-visible {
    outline: none;
  }
  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;

/**
 * One row of a menu or listbox. Highlight (keyboard or pointer) is `data-highlighted`; the selected
 * or checked indicator sits in the start gutter so labels line up.
 */
export const listItem = css`
  position: relative;
  display: flex;
  align-items: center;
  gap: ${t.space[3]};
  min-block-size: ${t.control.height.sm};
  padding-block: ${t.space[1]};
  padding-inline: ${t.space[7]} ${t.space[3]};
  border-radius: ${t.radius.sm};
  color: ${t.color.text};
  line-height: ${t.font.lineHeight.tight};
  cursor: pointer;
  user-select: none;
  outline: none;
  &[data-highlighted] {
    background-color: ${t.color.surfaceHover};
  }
  &[data-disabled] {
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  & > [data-part='indicator'] {
    position: absolute;
    inset-inline-start: ${t.space[2]};
    display: inline-flex;
    color: ${t.color.accentText};
  }
  & svg[data-mirror-rtl]:dir(rtl) {
    transform: scaleX(-1);
  }
`;

/** A group heading inside a menu or listbox. */
export const listLabel = css`
  padding-block: ${t.space[2]} ${t.space[1]};
  padding-inline: ${t.space[7]} ${t.space[3]};
  color: ${t.color.textMuted};
  font-size: ${t.font.size.xs};
  font-weight: ${t.font.weight.semibold};
`;

export const listSeparator = css`
  block-size: ${t.borderWidth.default};
  margin-block: ${t.space[1]};
  margin-inline: ${t.space[2]};
  background-color: ${t.color.border};
`;
