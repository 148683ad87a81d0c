import { vars as t } from '@journalkit/theme';
import { Dialog as RadixDialog } from 'radix-ui';
import styled, { keyframes } from 'styled-components';

const fade = keyframes`from { opacity: 0; }`;
const rise = keyframes`from { opacity: 0; transform: translate(-50%, -48%) scale(0.98); }`;

export const Overlay = styled(RadixDialog.Overlay)`
  position: fixed;
  inset: 0;
  z-index: ${t.z.overlay};
  background-color: ${t.component.dialog.backdrop};
  animation: ${fade} ${t.duration.normal} ${t.easing.enter};
`;

export const Content = styled(RadixDialog.Content)`
  position: fixed;
  inset-block-start: 50%;
  left: 50%;
  transform: translate(-50%, -50%);
  z-index: ${t.z.modal};
  display: flex;
  flex-direction: column;
  gap: ${t.space[5]};
  inline-size: min(calc(100vw - 2rem), 32rem);
  max-block-size: calc(100dvh - 2rem);
  overflow: auto;
  padding: ${t.component.dialog.padding};
  border-radius: ${t.component.dialog.radius};
  background-color: ${t.component.dialog.background};
  color: ${t.color.text};
  box-shadow: ${t.component.dialog.shadow};
  animation: ${rise} ${t.duration.normal} ${t.easing.enter};
  &:focus-visible {
    outline: none;
  }
  &[data-size='sm'] {
    inline-size: min(calc(100vw - 2rem), 24rem);
  }
  &[data-size='lg'] {
    inline-size: min(calc(100vw - 2rem), 48rem);
  }
`;

export const Title = styled(RadixDialog.Title)`
  margin: 0;
  padding-inline-end: ${t.space[7]};
  font-family: ${t.font.family.heading};
  font-size: ${t.font.size.xl};
  font-weight: ${t.font.weight.semibold};
  line-height: ${t.font.lineHeight.tight};
`;

export const Description = styled(RadixDialog.Description)`
  margin: 0;
  margin-block-start: calc(-1 * ${t.space[3]});
  color: ${t.color.textMuted};
  font-size: ${t.font.size.sm};
`;

export const Footer = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: ${t.space[3]};
`;

export const CloseCorner = styled.div`
  position: absolute;
  inset-block-start: ${t.space[4]};
  inset-inline-end: ${t.space[4]};
`;
