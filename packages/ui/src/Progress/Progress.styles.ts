import { vars as t } from '@journalkit/theme';
import { Progress as RadixProgress } from 'radix-ui';
import styled, { css, keyframes } from 'styled-components';

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`;
const spin = keyframes`to { transform: rotate(360deg); }`;

export const ProgressRoot = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  min-inline-size: 0;
  --_progress-fill: ${t.component.progress.fill};
  &[data-tone='positive'] {
    --_progress-fill: ${t.color.positive};
  }
  &[data-tone='negative'] {
    --_progress-fill: ${t.color.negative};
  }
  &[data-variant='ring'] {
    flex-direction: row;
    align-items: center;
    gap: ${t.space[3]};
  }
`;

export const ProgressHeader = styled.div`
  display: flex;
  justify-content: space-between;
  gap: ${t.space[3]};
  font-size: ${t.font.size.sm};
  & > [data-part='value'] {
    color: ${t.color.textMuted};
    font-variant-numeric: tabular-nums;
  }
`;

export const Track = styled(RadixProgress.Root)`
  position: relative;
  overflow: hidden;
  inline-size: 100%;
  block-size: ${t.component.progress.thickness};
  border-radius: 9999px;
  background-color: ${t.component.progress.track};
  &[data-size='sm'] {
    block-size: 0.25rem;
  }
  &[data-size='lg'] {
    block-size: 0.75rem;
  }
`;

export const Indicator = styled(RadixProgress.Indicator)`
  block-size: 100%;
  inline-size: 100%;
  border-radius: inherit;
  background-color: var(--_progress-fill);
  transform: translateX(calc((var(--_progress, 0) - 1) * 100%));
  transition: transform ${t.duration.slow} ${t.easing.standard};
  &:dir(rtl) {
    transform: translateX(calc((1 - var(--_progress, 0)) * 100%));
  }
  &[data-state='indeterminate'] {
    inline-size: 40%;
    animation: ${slide} 1.4s ${t.easing.standard} infinite;
  }
  &[data-state='indeterminate']:dir(rtl) {
    animation-direction: reverse;
  }
  @media (prefers-reduced-motion: reduce) {
    transition: none;
    &[data-state='indeterminate'] {
      animation-duration: 4s;
    }
  }
`;

const ringSize = css`
  --_ring-size: 3rem;
  &[data-size='sm'] {
    --_ring-size: 2rem;
  }
  &[data-size='lg'] {
    --_ring-size: 4.5rem;
  }
`;

export const Ring = styled(RadixProgress.Root)`
  ${ringSize}
  position: relative;
  display: inline-grid;
  place-items: center;
  flex-shrink: 0;
  inline-size: var(--_ring-size);
  block-size: var(--_ring-size);
  & > svg {
    position: absolute;
    inset: 0;
    transform: rotate(-90deg);
  }
  & circle[data-part='track'] {
    stroke: ${t.component.progress.track};
  }
  & circle[data-part='indicator'] {
    stroke: var(--_progress-fill);
    transition: stroke-dashoffset ${t.duration.slow} ${t.easing.standard};
  }
  &[data-state='indeterminate'] > svg {
    animation: ${spin} 1.2s linear infinite;
  }
  &:dir(rtl) > svg {
    transform: rotate(-90deg) scaleY(-1);
  }
  & > [data-part='value'] {
    font-size: calc(var(--_ring-size) * 0.26);
    font-weight: ${t.font.weight.semibold};
    font-variant-numeric: tabular-nums;
  }
`;
