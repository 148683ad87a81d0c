import { vars as t } from '@journalkit/theme';
import { Toast as RadixToast } from 'radix-ui';
import styled, { keyframes } from 'styled-components';

const slideIn = keyframes`from { transform: translateX(calc(100% + 1.5rem)); }`;
const slideInRtl = keyframes`from { transform: translateX(calc(-100% - 1.5rem)); }`;
const fadeOut = keyframes`to { opacity: 0; }`;

export const Viewport = styled(RadixToast.Viewport)`
  position: fixed;
  inset-block-end: 0;
  inset-inline-end: 0;
  z-index: ${t.z.toast};
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  inline-size: min(100vw, 24rem);
  max-block-size: 100dvh;
  margin: 0;
  padding: ${t.space[5]};
  list-style: none;
  outline: none;
  &:empty {
    padding: 0;
  }
`;

export const Root = styled(RadixToast.Root)`
  --_tone: ${t.color.textMuted};
  position: relative;
  display: grid;
  grid-template-columns: 1fr auto;
  column-gap: ${t.space[3]};
  row-gap: ${t.space[1]};
  align-items: start;
  padding: ${t.space[4]};
  padding-inline-start: calc(${t.space[4]} + 0.25rem);
  overflow: hidden;
  border: ${t.borderWidth.default} solid ${t.color.border};
  border-radius: ${t.radius.lg};
  background-color: ${t.color.surfaceRaised};
  color: ${t.color.text};
  box-shadow: ${t.shadow.lg};
  font-size: ${t.font.size.sm};
  &::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: 0.25rem;
    background-color: var(--_tone);
  }
  &[data-tone='info'] {
    --_tone: ${t.color.infoText};
  }
  &[data-tone='positive'] {
    --_tone: ${t.color.positiveText};
  }
  &[data-tone='warning'] {
    --_tone: ${t.color.warningText};
  }
  &[data-tone='negative'] {
    --_tone: ${t.color.negativeText};
  }
  &:has(> [data-part='icon']) {
    grid-template-columns: auto 1fr auto;
  }
  & > [data-part='icon'] {
    display: inline-flex;
    margin-block-start: 0.125rem;
    color: var(--_tone);
    font-size: 1.125rem;
  }
  &[data-state='open'] {
    animation: ${slideIn} ${t.duration.normal} ${t.easing.enter};
  }
  &[data-state='open']:dir(rtl) {
    animation-name: ${slideInRtl};
  }
  &[data-state='closed'] {
    animation: ${fadeOut} ${t.duration.fast} ${t.easing.exit} forwards;
  }
  &[data-swipe='move'] {
    transform: translateX(var(--radix-toast-swipe-move-x));
  }
  &[data-swipe='cancel'] {
    transform: none;
    transition: transform ${t.duration.fast} ${t.easing.standard};
  }
  @media (prefers-reduced-motion: reduce) {
    &[data-state='open'] {
      animation: none;
    }
  }
`;

export const Text = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[1]};
  min-inline-size: 0;
  overflow-wrap: anywhere;
`;

export const Title = styled(RadixToast.Title)`
  font-weight: ${t.font.weight.semibold};
  line-height: ${t.font.lineHeight.tight};
`;

export const Description = styled(RadixToast.Description)`
  color: ${t.color.textMuted};
`;

export const Actions = styled.div`
  display: flex;
  align-items: center;
  gap: ${t.space[1]};
  margin-block: calc(-1 * ${t.space[1]});
`;
