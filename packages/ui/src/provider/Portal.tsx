import { Portal as RadixPortal } from 'radix-ui';
import type { ReactNode } from 'react';
import { scopeAttributes, useJournalkit } from './context';
import { ScopeRoot } from './ScopeRoot.styles';

export interface JournalkitPortalProps {
  children: ReactNode;
  /** Where to mount; default `document.body`. */
  container?: Element | DocumentFragment | null;
}

/**
 * Portals overlays (Dialog, Tooltip, Popover, Menu, Toast) out of the page flow while keeping the
 * tenant: the container repeats the provider's scope attributes, so the same CSS variables,
 * colour mode, direction and language apply.
 */
export function JournalkitPortal({ children, container }: JournalkitPortalProps) {
  const ctx = useJournalkit();
  return (
    <RadixPortal.Root asChild container={container}>
      <ScopeRoot {...scopeAttributes(ctx)} data-part="portal">
        {children}
      </ScopeRoot>
    </RadixPortal.Root>
  );
}
