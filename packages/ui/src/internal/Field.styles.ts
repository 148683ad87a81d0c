import { vars as t } from '@journalkit/theme';
import styled, { css } from 'styled-components';
import { visuallyHidden } from './styles';

export const FieldRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  min-inline-size: 0;
`;

export const FieldLabel = styled.label`
  font-size: ${t.font.size.sm};
  font-weight: ${t.font.weight.medium};
  color: ${t.color.text};
  &[data-hidden='true'] {
    ${visuallyHidden}
  }
`;

export const RequiredMark = styled.span`
  color: ${t.color.negativeText};
  margin-inline-start: ${t.space[1]};
`;

export const FieldDescription = styled.p`
  margin: 0;
  font-size: ${t.font.size.sm};
  color: ${t.color.textMuted};
`;

/**
 * A message led by an icon (errors): the icon keeps its size when the text wraps and sits on the
 * first line (a line-high box, the 1em glyph centred in it), the text wraps beside it.
 */
export const iconMessage = css`
  display: flex;
  align-items: flex-start;
  gap: ${t.space[2]};
  & > svg {
    flex: none;
    inline-size: 1em;
    block-size: 1.5em;
    block-size: 1lh;
  }
  & > [data-part='message'] {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
`;

export const FieldError = styled.p`
  ${iconMessage}
  margin: 0;
  font-size: ${t.font.size.sm};
  color: ${t.color.negativeText};
`;

/** The bordered box shared by text inputs, textareas, selects. */
export const controlBox = css`
  display: flex;
  align-items: center;
  gap: ${t.space[3]};
  min-block-size: ${t.control.height.md};
  padding-inline: ${t.control.paddingInline.md};
  background-color: ${t.component.input.background};
  border: ${t.borderWidth.strong} solid ${t.component.input.border};
  border-radius: ${t.component.input.radius};
  color: ${t.color.text};
  transition: border-color ${t.duration.fast} ${t.easing.standard};

  &:hover:not([data-disabled]) {
    border-color: ${t.component.input.borderHover};
  }
  &:focus-within {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: 0;
    border-color: ${t.component.focusRing.color};
  }
  &[data-invalid] {
    border-color: ${t.color.negativeText};
  }
  &[data-disabled] {
    background-color: ${t.color.surfaceSunken};
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  &[data-size='sm'] {
    min-block-size: ${t.control.height.sm};
    padding-inline: ${t.control.paddingInline.sm};
    font-size: ${t.font.size.sm};
  }
  &[data-size='lg'] {
    min-block-size: ${t.control.height.lg};
    padding-inline: ${t.control.paddingInline.lg};
  }
`;

/** The bare native element inside `controlBox`. */
export const bareInput = css`
  flex: 1;
  min-inline-size: 0;
  block-size: 100%;
  padding: 0;
  border: 0;
  outline: 0;
  background: transparent;
  color: inherit;
  font: inherit;
  &::placeholder {
    color: ${t.component.input.placeholder};
    opacity: 1;
  }
  &:disabled {
    cursor: not-allowed;
  }
`;
