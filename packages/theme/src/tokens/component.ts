/**
 * Tier 3 — component tokens. Each is a reference to a semantic or base token, emitted as its own
 * custom property (`--jk-button-radius: var(--jk-radius-control)`) so a partner can restyle one
 * component with plain CSS without touching the rest. Components read these through `vars`.
 */
const ref = (name: string) => `var(--jk-${name})`;

export const componentTokens = {
  button: {
    radius: ref('radius-control'),
    fontWeight: ref('font-weight-semibold'),
    gap: ref('space-3'),
  },
  input: {
    radius: ref('radius-control'),
    background: ref('color-surface'),
    border: ref('color-border-strong'),
    borderHover: ref('color-text-muted'),
    placeholder: ref('color-text-muted'),
  },
  card: {
    radius: ref('radius-lg'),
    padding: ref('space-6'),
    background: ref('color-surface'),
    border: ref('color-border'),
    shadow: ref('shadow-sm'),
  },
  dialog: {
    radius: ref('radius-xl'),
    padding: ref('space-7'),
    background: ref('color-surface-raised'),
    shadow: ref('shadow-lg'),
    backdrop: ref('color-overlay'),
  },
  tooltip: {
    background: ref('color-inverse-surface'),
    text: ref('color-inverse-text'),
    radius: ref('radius-sm'),
    fontSize: ref('font-size-sm'),
  },
  badge: { radius: ref('radius-sm'), fontSize: ref('font-size-xs') },
  tag: { radius: ref('radius-md'), background: ref('color-surface-sunken'), border: ref('color-border') },
  avatar: { background: ref('color-accent-subtle'), text: ref('color-accent-text') },
  progress: { track: ref('color-surface-active'), fill: ref('color-accent'), thickness: '0.5rem' },
  switch: { trackOff: ref('color-border-strong'), trackOn: ref('color-accent'), thumb: ref('color-surface') },
  checkbox: { radius: ref('radius-sm'), border: ref('color-border-strong'), checked: ref('color-accent') },
  skeleton: { base: ref('color-surface-active'), highlight: ref('color-surface-hover') },
  focusRing: { color: ref('color-focus'), width: ref('outline-width'), offset: ref('outline-offset') },
  table: {
    radius: ref('radius-lg'),
    border: ref('color-border'),
    headerBackground: ref('color-surface-sunken'),
    headerText: ref('color-text-muted'),
    rowBackground: ref('color-surface'),
    rowHover: ref('color-surface-hover'),
    rowSelected: ref('color-accent-subtle'),
    cellPaddingInline: ref('space-4'),
  },
  appShell: {
    headerBackground: ref('color-surface'),
    headerBorder: ref('color-border'),
    headerHeight: '3.5rem',
    navCurrent: ref('color-accent'),
  },
} as const;

export type ComponentTokens = {
  [C in keyof typeof componentTokens]: Record<keyof (typeof componentTokens)[C], string>;
};
