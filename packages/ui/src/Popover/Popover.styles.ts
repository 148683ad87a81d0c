import { vars as t } from '@journalkit/theme';
import { Popover as RadixPopover } from 'radix-ui';
import styled from 'styled-components';
import { floatingPanel } from '../internal/overlay.styles';

export const Content = styled(RadixPopover.Content)`
  ${floatingPanel}
  --_origin: var(--radix-popover-content-transform-origin);
  position: relative;
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  inline-size: max-content;
  max-inline-size: min(calc(100vw - 1rem), var(--_popover-width, 20rem));
  max-block-size: var(--radix-popover-content-available-height);
  overflow: auto;
  padding: ${t.space[5]};
  &[data-size='sm'] {
    --_popover-width: 15rem;
  }
  &[data-size='lg'] {
    --_popover-width: 28rem;
  }
  &[data-close-button] {
    padding-inline-end: ${t.space[8]};
  }
`;

export const Arrow = styled(RadixPopover.Arrow)`
  fill: ${t.color.surfaceRaised};
  stroke: ${t.color.border};
`;

export const Title = styled(RadixPopover.Title)`
  margin: 0;
  font-size: ${t.font.size.md};
  font-weight: ${t.font.weight.semibold};
  line-height: ${t.font.lineHeight.tight};
`;

export const Description = styled(RadixPopover.Description)`
  margin: 0;
  color: ${t.color.textMuted};
`;

export const CloseCorner = styled.div`
  position: absolute;
  inset-block-start: ${t.space[2]};
  inset-inline-end: ${t.space[2]};
`;
