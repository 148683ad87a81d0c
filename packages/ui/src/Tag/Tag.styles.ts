import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';
import { toneVariables } from '../Badge/Badge.styles';
import { focusRing } from '../internal/styles';

export const TagRoot = styled.span`
  ${toneVariables}
  display: inline-flex;
  align-items: center;
  gap: ${t.space[2]};
  max-inline-size: 100%;
  min-block-size: 1.75rem;
  padding-inline: ${t.space[3]};
  border: ${t.borderWidth.default} solid ${t.component.tag.border};
  border-radius: ${t.component.tag.radius};
  background-color: ${t.component.tag.background};
  color: ${t.color.text};
  font-size: ${t.font.size.sm};
  line-height: 1.25;

  &[data-tone]:not([data-tone='neutral']) {
    background-color: var(--_tone-subtle);
    border-color: transparent;
    color: var(--_tone-text);
  }
  &[data-removable='true'] {
    padding-inline-end: ${t.space[1]};
  }
`;

export const TagLabel = styled.span`
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

export const RemoveButton = styled.button`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  inline-size: 1.5rem;
  block-size: 1.5rem;
  padding: 0;
  border: 0;
  border-radius: ${t.radius.sm};
  background: transparent;
  color: inherit;
  cursor: pointer;
  ${focusRing}
  &:hover {
    background-color: ${t.color.surfaceHover};
  }
`;
