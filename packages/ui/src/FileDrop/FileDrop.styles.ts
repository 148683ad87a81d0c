import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { iconMessage } from '../internal/Field.styles';
import { visuallyHidden } from '../internal/styles';

export const Zone = styled.label`
  position: relative;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: ${t.space[2]};
  min-block-size: 9rem;
  padding: ${t.space[6]};
  border: 2px dashed ${t.color.borderStrong};
  border-radius: ${t.radius.lg};
  background-color: ${t.color.surface};
  color: ${t.color.text};
  text-align: center;
  cursor: pointer;
  transition:
    border-color ${t.duration.fast} ${t.easing.standard},
    background-color ${t.duration.fast} ${t.easing.standard};
  &:hover {
    border-color: ${t.color.accent};
  }
  &:has(input:focus-visible) {
    outline: ${t.component.focusRing.width} solid ${t.component.focusRing.color};
    outline-offset: ${t.component.focusRing.offset};
  }
  [data-state='over'] > & {
    border-style: solid;
    border-color: ${t.color.accent};
    background-color: ${t.color.accentSubtle};
  }
  [data-invalid] > & {
    border-color: ${t.color.negativeText};
  }
  [data-disabled] > & {
    border-color: ${t.color.border};
    background-color: ${t.color.surfaceSunken};
    color: ${t.color.textDisabled};
    cursor: not-allowed;
  }
  & > [data-part='icon'] {
    display: inline-flex;
    color: ${t.color.textMuted};
    font-size: 1.75rem;
  }
  [data-state='over'] > & > [data-part='icon'] {
    color: ${t.color.accentText};
  }
  & > [data-part='title'] {
    font-weight: ${t.font.weight.semibold};
  }
  & > [data-part='browse'] {
    color: ${t.color.accentText};
    font-size: ${t.font.size.sm};
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  [data-disabled] > & > :is([data-part='browse'], [data-part='icon']) {
    color: ${t.color.textDisabled};
  }
  & > [data-part='hint'] {
    color: ${t.color.textMuted};
    font-size: ${t.font.size.sm};
  }
  & > input {
    ${visuallyHidden}
  }
`;

export const Errors = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${t.space[1]};
  margin: 0;
  padding: 0;
  list-style: none;
  color: ${t.color.negativeText};
  font-size: ${t.font.size.sm};
  &:empty {
    display: none;
  }
  & > li {
    ${iconMessage}
  }
`;

export const Files = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  margin: 0;
  padding: 0;
  list-style: none;
  & > li {
    display: flex;
    align-items: center;
    gap: ${t.space[3]};
    min-block-size: ${t.control.height.md};
    padding-inline: ${t.space[3]} ${t.space[1]};
    border: ${t.borderWidth.default} solid ${t.color.border};
    border-radius: ${t.radius.md};
    background-color: ${t.color.surface};
    font-size: ${t.font.size.sm};
  }
  & [data-part='file-icon'] {
    display: inline-flex;
    color: ${t.color.textMuted};
  }
  & [data-part='file-name'] {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  & [data-part='file-size'] {
    color: ${t.color.textMuted};
    font-variant-numeric: tabular-nums;
  }
`;
