import { vars as t } from '@journalkit/theme';
import styled from 'styled-components';

/** Below this width (a dashboard card) each label gets its own line above its bar and value. */
const narrow = '@container jk-breakdown (max-width: 32rem)';

export const Root = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  min-inline-size: 0;
  container: jk-breakdown / inline-size;
`;

export const Toolbar = styled.div`
  display: flex;
  justify-content: flex-end;
`;

/* Label | bar | value; the label column takes what its labels need, up to 40 %. */
export const List = styled.ul`
  display: grid;
  grid-template-columns: fit-content(40%) minmax(6rem, 1fr) max-content;
  align-items: center;
  gap: ${t.space[2]} ${t.space[3]};
  margin: 0;
  padding: 0;
  list-style: none;
  ${narrow} {
    grid-template-columns: minmax(3rem, 1fr) minmax(0, max-content);
    row-gap: ${t.space[3]};
  }
`;

export const Row = styled.li`
  display: grid;
  grid-column: 1 / -1;
  grid-template-columns: subgrid;
  align-items: center;
  ${narrow} {
    row-gap: ${t.space[1]};
    & > [data-part='label'] {
      grid-column: 1 / -1;
    }
  }
`;

/**
 * Wraps between words only, at most two lines; what does not fit (or a single word longer than the
 * column) ends in an ellipsis. The full text stays in the DOM for screen readers and in a title.
 */
export const Label = styled.span`
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  line-clamp: 2;
  overflow: hidden;
  text-overflow: ellipsis;
  overflow-wrap: normal;
  word-break: normal;
  font-size: ${t.font.size.sm};
  color: ${t.color.text};
`;

export const Track = styled.span`
  display: flex;
  block-size: 1rem;
  border-radius: ${t.radius.sm};
  background: ${t.color.surfaceSunken};
  overflow: hidden;

  & > [data-part='half'] {
    display: flex;
    flex: 1 1 50%;
  }
  & > [data-part='half'][data-side='negative'] {
    justify-content: flex-end;
    border-inline-end: 1px solid ${t.color.borderStrong};
  }
`;

export const Bar = styled.span`
  display: block;
  inline-size: var(--_size, 0%);
  background: ${t.color.accent};
  &[data-tone='positive'] {
    background: ${t.color.positive};
  }
  &[data-tone='negative'] {
    background: ${t.color.negative};
  }
`;

/* In a very narrow card the trade count goes under the amount. */
export const Value = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: flex-end;
  gap: 0 0.25rem;
  font-size: ${t.font.size.sm};
  font-variant-numeric: tabular-nums;
  font-weight: ${t.font.weight.semibold};
  text-align: end;
  &[data-tone='positive'] {
    color: ${t.color.positiveText};
  }
  &[data-tone='negative'] {
    color: ${t.color.negativeText};
  }
  & > [data-part='amount'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    white-space: nowrap;
  }
  & > [data-part='count'] {
    font-weight: ${t.font.weight.regular};
    color: ${t.color.textMuted};
  }
`;
