import { vars as t } from '@journalkit/theme';
import { Tooltip as RadixTooltip } from 'radix-ui';
import styled, { keyframes } from 'styled-components';

const fadeIn = keyframes`from { opacity: 0; transform: scale(0.96); } to { opacity: 1; transform: none; }`;

export const TooltipContent = styled(RadixTooltip.Content)`
  z-index: ${t.z.tooltip};
  max-inline-size: 20rem;
  padding: ${t.space[2]} ${t.space[3]};
  border-radius: ${t.component.tooltip.radius};
  background-color: ${t.component.tooltip.background};
  color: ${t.component.tooltip.text};
  font-size: ${t.component.tooltip.fontSize};
  line-height: ${t.font.lineHeight.tight};
  box-shadow: ${t.shadow.md};
  transform-origin: var(--radix-tooltip-content-transform-origin);
  animation: ${fadeIn} ${t.duration.fast} ${t.easing.enter};
`;

export const TooltipArrow = styled(RadixTooltip.Arrow)`
  fill: ${t.component.tooltip.background};
`;
