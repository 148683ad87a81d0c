import { vars as t } from '@journalkit/theme';
import { Dialog as RadixDialog } from 'radix-ui';
import styled, { keyframes } from 'styled-components';

const fade = keyframes`from { opacity: 0; }`;
// Physical directions for the slide, flipped per side and direction below.
const fromLeft = keyframes`from { transform: translateX(-100%); }`;
const fromRight = keyframes`from { transform: translateX(100%); }`;

export const Overlay = styled(RadixDialog.Overlay)`
  position: fixed;
  inset: 0;
  z-index: ${t.z.overlay};
  background-color: ${t.component.dialog.backdrop};
  animation: ${fade} ${t.duration.normal} ${t.easing.enter};
`;

export const Content = styled(RadixDialog.Content)`
  position: fixed;
  inset-block: 0;
  z-index: ${t.z.modal};
  display: flex;
  flex-direction: column;
  inline-size: min(calc(100vw - 3rem), var(--_drawer-width, 28rem));
  max-block-size: 100dvh;
  background-color: ${t.component.dialog.background};
  color: ${t.color.text};
  box-shadow: ${t.component.dialog.shadow};
  animation: ${t.duration.slow} ${t.easing.enter};
  &:focus-visible {
    outline: none;
  }
  &[data-size='sm'] {
    --_drawer-width: 20rem;
  }
  &[data-size='lg'] {
    --_drawer-width: 40rem;
  }
  &[data-side='start'] {
    inset-inline-start: 0;
    border-start-end-radius: ${t.component.dialog.radius};
    border-end-end-radius: ${t.component.dialog.radius};
    animation-name: ${fromLeft};
  }
  &[data-side='end'] {
    inset-inline-end: 0;
    border-start-start-radius: ${t.component.dialog.radius};
    border-end-start-radius: ${t.component.dialog.radius};
    animation-name: ${fromRight};
  }
  &[data-side='start']:dir(rtl) {
    animation-name: ${fromRight};
  }
  &[data-side='end']:dir(rtl) {
    animation-name: ${fromLeft};
  }
  @media (prefers-reduced-motion: reduce) {
    animation-name: ${fade} !important;
  }
`;

export const Header = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${t.space[2]};
  padding: ${t.component.dialog.padding};
  /* Room for the close button in the corner. */
  padding-inline-end: calc(${t.space[5]} + ${t.control.height.sm} + ${t.space[3]});
  padding-block-end: ${t.space[4]};
`;

export const Title = styled(RadixDialog.Title)`
  margin: 0;
  font-family: ${t.font.family.heading};
  font-size: ${t.font.size.xl};
  font-weight: ${t.font.weight.semibold};
  line-height: ${t.font.lineHeight.tight};
`;

export const Description = styled(RadixDialog.Description)`
  margin: 0;
  color: ${t.color.textMuted};
  font-size: ${t.font.size.sm};
`;

export const Body = styled.div`
  flex: 1;
  display: flex;
  flex-direction: column;
  gap: ${t.space[5]};
  overflow: auto;
  padding-inline: ${t.component.dialog.padding};
  padding-block: ${t.space[2]} ${t.component.dialog.padding};
`;

export const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: ${t.space[3]};
  padding: ${t.space[5]} ${t.component.dialog.padding};
  border-block-start: ${t.borderWidth.default} solid ${t.color.border};
`;

export const CloseCorner = styled.div`
  position: absolute;
  inset-block-start: ${t.space[5]};
  inset-inline-end: ${t.space[5]};
`;
