import { vars as t } from '@journalkit/theme';
import { css } from 'styled-components';

/** Keyboard focus outline; the only focus style components use. */
export const focusRing = css`
  &:focus-visible {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: ${t.component.focusRing.offset};
  }
`;

/** Hidden visually, still read by screen readers. */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;

export const reducedMotion = (rules: ReturnType<typeof css>) => css`
  @media (prefers-reduced-motion: reduce) {
    ${rules}
  }
`;
