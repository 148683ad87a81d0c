import { Tooltip as RadixTooltip } from 'radix-ui';
import { forwardRef } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { JournalkitPortal } from '../provider/Portal';
import { TooltipArrow, TooltipContent } from './Tooltip.styles';

export interface TooltipProps {
  /** The tip. Supplementary only: never the sole place for essential information. */
  content: ReactNode;
  /** One focusable element (a Button, IconButton, Link…); it gets aria-describedby. */
  children: ReactElement;
  side?: 'top' | 'right' | 'bottom' | 'left';
  align?: 'start' | 'center' | 'end';
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** ms before showing on hover. Default 400. */
  delayDuration?: number;
  className?: string;
}

/**
 * A hint shown on hover and keyboard focus, dismissed with Escape (Radix Tooltip). Rendered in a
 * themed portal so it keeps the tenant, colour mode and direction.
 */
export const Tooltip = forwardRef<HTMLDivElement, TooltipProps>(function Tooltip(
  {
    content,
    children,
    side = 'top',
    align = 'center',
    open,
    defaultOpen,
    onOpenChange,
    delayDuration,
    className,
  },
  ref,
) {
  // Each tooltip brings its own Radix provider, so the theme provider (and a Button-only bundle)
  // does not pay for the positioning engine.
  return (
    <RadixTooltip.Provider delayDuration={delayDuration ?? 400} skipDelayDuration={200}>
      <RadixTooltip.Root
        {...(open !== undefined && { open })}
        {...(defaultOpen !== undefined && { defaultOpen })}
        {...(onOpenChange && { onOpenChange })}
      >
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <JournalkitPortal>
          <TooltipContent
            ref={ref}
            side={side}
            align={align}
            sideOffset={6}
            collisionPadding={8}
            className={className}
            data-component="Tooltip"
          >
            {content}
            <TooltipArrow data-part="arrow" width={10} height={5} />
          </TooltipContent>
        </JournalkitPortal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
});
