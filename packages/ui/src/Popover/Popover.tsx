import { Popover as RadixPopover } from 'radix-ui';
import { forwardRef } from 'react';
import type { ComponentPropsWithoutRef } from 'react';
import { CloseIcon } from '../icons/icons';
import { Square } from '../IconButton/IconButton.styles';
import { useT } from '../i18n/useT';
import { defineVariants } from '../internal/variants';
import type { VariantValue } from '../internal/variants';
import { JournalkitPortal } from '../provider/Portal';
import {
  Arrow,
  CloseCorner,
  Content as StyledContent,
  Description as StyledDescription,
  Title as StyledTitle,
} from './Popover.styles';

export const popoverVariants = defineVariants({
  size: { values: ['sm', 'md', 'lg'], default: 'md' },
});

export interface PopoverContentProps extends ComponentPropsWithoutRef<typeof RadixPopover.Content> {
  /** Maximum width: sm 15rem, md 20rem, lg 28rem. */
  size?: VariantValue<typeof popoverVariants, 'size'>;
  /** An arrow pointing at the trigger. */
  arrow?: boolean;
  /** A corner button that closes the popover (Escape and an outside click always do). */
  closeButton?: boolean;
}

/**
 * The floating panel, portalled with the tenant's theme. It is a non-modal dialog: give it a
 * `Popover.Title` (or an `aria-label`) so it has a name; focus moves into it and Escape returns
 * focus to the trigger.
 */
const Content = forwardRef<HTMLDivElement, PopoverContentProps>(function PopoverContent(
  { size = 'md', arrow, closeButton, sideOffset = 6, collisionPadding = 8, children, ...rest },
  ref,
) {
  const t = useT();
  return (
    <JournalkitPortal>
      <StyledContent
        ref={ref}
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        {...rest}
        data-component="Popover.Content"
        data-size={size}
        data-close-button={closeButton || undefined}
      >
        {children}
        {closeButton && (
          <CloseCorner data-part="close">
            <RadixPopover.Close asChild>
              <Square
                aria-label={t('common.close')}
                variant="ghost"
                tone="neutral"
                size="sm"
                data-component="IconButton"
              >
                <CloseIcon />
              </Square>
            </RadixPopover.Close>
          </CloseCorner>
        )}
        {arrow && <Arrow data-part="arrow" width={14} height={7} />}
      </StyledContent>
    </JournalkitPortal>
  );
});

const Title = forwardRef<HTMLHeadingElement, ComponentPropsWithoutRef<typeof RadixPopover.Title>>(
  function PopoverTitle(props, ref) {
    return <StyledTitle ref={ref} {...props} data-component="Popover.Title" />;
  },
);

const Description = forwardRef<
  HTMLParagraphElement,
  ComponentPropsWithoutRef<typeof RadixPopover.Description>
>(function PopoverDescription(props, ref) {
  return <StyledDescription ref={ref} {...props} data-component="Popover.Description" />;
});

/**
 * Rich, interactive content anchored to a trigger (Radix Popover): filters, quick settings, a
 * definition with a link. For plain hints use Tooltip; for actions use Menu.
 *
 *   <Popover.Root>
 *     <Popover.Trigger asChild><Button variant="outline">Filters</Button></Popover.Trigger>
 *     <Popover.Content>
 *       <Popover.Title>Filters</Popover.Title>
 *       …
 *     </Popover.Content>
 *   </Popover.Root>
 */
export const Popover = {
  Root: RadixPopover.Root,
  Trigger: RadixPopover.Trigger,
  Anchor: RadixPopover.Anchor,
  Close: RadixPopover.Close,
  Content,
  Title,
  Description,
};

export type PopoverRootProps = ComponentPropsWithoutRef<typeof RadixPopover.Root>;
