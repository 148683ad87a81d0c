import { vars as t } from '@journalkit/theme';
import styled, { css } from 'styled-components';

const families = ['accent', 'secondary', 'positive', 'negative', 'warning', 'info'] as const;
const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}` as Capitalize<(typeof families)[number]>;

/** Sets --_tone-* for every [data-tone]; reused by Tag and other tinted components. */
export const toneVariables = css`
  &[data-tone='neutral'] {
    --_tone-solid: ${t.color.inverseSurface};
    --_tone-on-solid: ${t.color.inverseText};
    --_tone-text: ${t.color.text};
    --_tone-subtle: ${t.color.surfaceActive};
  }
  ${families.map(
    (f) => css`
      &[data-tone='${f}'] {
        --_tone-solid: ${t.color[f]};
        --_tone-on-solid: ${t.color[`on${cap(f)}`]};
        --_tone-text: ${t.color[`${f}Text`]};
        --_tone-subtle: ${t.color[`${f}Subtle`]};
      }
    `,
  )}
`;

export const BadgeRoot = styled.span`
  ${toneVariables}
  display: inline-flex;
  align-items: center;
  gap: ${t.space[1]};
  max-inline-size: 100%;
  padding: 0.125rem ${t.space[3]};
  border: ${t.borderWidth.default} solid transparent;
  border-radius: ${t.component.badge.radius};
  font-size: ${t.component.badge.fontSize};
  font-weight: ${t.font.weight.semibold};
  line-height: 1.25rem;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  vertical-align: middle;

  &[data-variant='soft'] {
    background-color: var(--_tone-subtle);
    color: var(--_tone-text);
  }
  &[data-variant='solid'] {
    background-color: var(--_tone-solid);
    color: var(--_tone-on-solid);
  }
  &[data-variant='outline'] {
    border-color: currentColor;
    color: var(--_tone-text);
  }
  &[data-size='md'] {
    font-size: ${t.font.size.sm};
    padding-block: 0.25rem;
  }
  & svg {
    flex-shrink: 0;
  }
`;
