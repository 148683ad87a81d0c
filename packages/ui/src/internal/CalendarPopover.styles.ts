import { vars as t } from '@journalkit/theme';
import { Popover } from 'radix-ui';
import styled from 'styled-components';
import { floatingPanel } from './overlay.styles';

/** The date pickers' popover surface: scrolls inside the viewport's free height. */
export const Panel = styled(Popover.Content)`
  ${floatingPanel}
  --_origin: var(--radix-popover-content-transform-origin);
  display: flex;
  flex-direction: column;
  gap: ${t.space[3]};
  max-inline-size: calc(100vw - 1rem);
  max-block-size: var(--radix-popover-content-available-height);
  overflow: auto;
  padding: ${t.space[4]};
`;
