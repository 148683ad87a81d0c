import { vars as t } from '@journalkit/theme';
import styled, { css } from 'styled-components';
import { focusRing } from '../internal/styles';

/** One colour family per tone: [solid, hover, active, on-solid, text, subtle]. */
const tones = {
  accent: ['accent', 'accentHover', 'accentActive', 'onAccent', 'accentText', 'accentSubtle'],
  neutral: ['inverseSurface', 'text', 'text', 'inverseText', 'text', 'surfaceHover'],
  positive: ['positive', 'positiveHover', 'positiveActive', 'onPositive', 'positiveText', 'positiveSubtle'],
  negative: ['negative', 'negativeHover', 'negativeActive', 'onNegative', 'negativeText', 'negativeSubtle'],
} as const;

const toneRules = Object.entries(tones).map(
  ([tone, [solid, hover, active, on, text, subtle]]) => css`
    &[data-tone='${tone}'] {
      --_btn-solid: ${t.color[solid]};
      --_btn-solid-hover: ${t.color[hover]};
      --_btn-solid-active: ${t.color[active]};
      --_btn-on-solid: ${t.color[on]};
      --_btn-text: ${t.color[text]};
      --_btn-subtle: ${t.color[subtle]};
    }
  `,
);

/** Shared by Button and IconButton. Everything varies through data attributes: static CSS. */
export const buttonBase = css`
  ${toneRules}
  position: relative;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: ${t.component.button.gap};
  block-size: ${t.control.height.md};
  padding-inline: ${t.control.paddingInline.md};
  border: ${t.borderWidth.default} solid transparent;
  border-radius: ${t.component.button.radius};
  font: inherit;
  font-size: ${t.font.size.sm};
  font-weight: ${t.component.button.fontWeight};
  line-height: 1;
  white-space: nowrap;
  text-decoration: none;
  cursor: pointer;
  user-select: none;
  transition:
    background-color ${t.duration.fast} ${t.easing.standard},
    border-color ${t.duration.fast} ${t.easing.standard};
  ${focusRing}

  &[data-size='sm'] {
    block-size: ${t.control.height.sm};
    padding-inline: ${t.control.paddingInline.sm};
    font-size: ${t.font.size.xs};
  }
  &[data-size='lg'] {
    block-size: ${t.control.height.lg};
    padding-inline: ${t.control.paddingInline.lg};
    font-size: ${t.font.size.md};
  }
  &[data-full-width='true'] {
    inline-size: 100%;
  }

  &[data-variant='solid'] {
    background-color: var(--_btn-solid);
    color: var(--_btn-on-solid);
  }
  &[data-variant='solid']:hover:not([data-disabled]) {
    background-color: var(--_btn-solid-hover);
  }
  &[data-variant='solid']:active:not([data-disabled]) {
    background-color: var(--_btn-solid-active);
  }
  &[data-variant='soft'] {
    background-color: var(--_btn-subtle);
    color: var(--_btn-text);
  }
  &[data-variant='outline'] {
    background-color: transparent;
    border-color: ${t.color.borderStrong};
    color: var(--_btn-text);
  }
  &[data-variant='ghost'] {
    background-color: transparent;
    color: var(--_btn-text);
  }
  &:is([data-variant='soft'], [data-variant='outline'], [data-variant='ghost']):hover:not([data-disabled]) {
    background-color: ${t.color.surfaceHover};
  }
  &:is([data-variant='soft'], [data-variant='outline'], [data-variant='ghost']):active:not([data-disabled]) {
    background-color: ${t.color.surfaceActive};
  }

  &[data-disabled] {
    cursor: not-allowed;
    background-color: ${t.color.surfaceSunken};
    border-color: ${t.color.border};
    color: ${t.color.textDisabled};
  }
  &[data-loading] {
    cursor: progress;
  }
  &[data-loading] > [data-part='label'] {
    opacity: 0;
  }
  & > [data-part='spinner'] {
    position: absolute;
    inset-inline-start: calc(50% - 0.5em);
  }
  & svg[data-mirror-rtl]:dir(rtl) {
    transform: scaleX(-1);
  }
`;

export const StyledButton = styled.button`
  ${buttonBase}
`;

export const ButtonLabel = styled.span`
  display: inline-flex;
  align-items: center;
  gap: inherit;
`;
