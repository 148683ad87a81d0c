import { vars as t } from '@journalkit/theme';
import { Slider as RadixSlider } from 'radix-ui';
import styled from 'styled-components';
import { focusRing } from '../internal/styles';

export const Root = styled(RadixSlider.Root)`
  --_thumb: 1.25rem;
  --_track: 0.375rem;
  position: relative;
  display: flex;
  align-items: center;
  inline-size: 100%;
  block-size: var(--_thumb);
  touch-action: none;
  user-select: none;
  &[data-size='sm'] {
    --_thumb: 1rem;
    --_track: 0.25rem;
  }
  &[data-disabled] {
    cursor: not-allowed;
  }
`;

export const Track = styled(RadixSlider.Track)`
  position: relative;
  flex-grow: 1;
  block-size: var(--_track);
  overflow: hidden;
  border-radius: 9999px;
  background-color: ${t.component.progress.track};
`;

export const Range = styled(RadixSlider.Range)`
  position: absolute;
  block-size: 100%;
  border-radius: inherit;
  background-color: ${t.color.accent};
  [data-disabled] & {
    background-color: ${t.color.textDisabled};
  }
  [data-invalid] & {
    background-color: ${t.color.negative};
  }
`;

export const Thumb = styled(RadixSlider.Thumb)`
  display: block;
  inline-size: var(--_thumb);
  block-size: var(--_thumb);
  border: ${t.borderWidth.strong} solid ${t.color.accent};
  border-radius: 50%;
  background-color: ${t.color.surface};
  box-shadow: ${t.shadow.sm};
  cursor: grab;
  transition: transform ${t.duration.fast} ${t.easing.standard};
  ${focusRing}
  &:hover {
    transform: scale(1.08);
  }
  &:active {
    cursor: grabbing;
  }
  [data-invalid] & {
    border-color: ${t.color.negative};
  }
  &[data-disabled] {
    border-color: ${t.color.textDisabled};
    cursor: not-allowed;
    transform: none;
  }
`;
